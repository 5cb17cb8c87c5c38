#include "remittancemodels.h"

#include "amountformat.h"

#include <QBrush>
#include <QColor>

namespace rd::ui {

const QStringList &DashboardModel::statuses()
{
    static const QStringList all{QStringLiteral("pending"), QStringLiteral("in_progress"), QStringLiteral("sent"), QStringLiteral("succeeded"),
                                 QStringLiteral("failed"), QStringLiteral("dead_letter"), QStringLiteral("gratis"), QStringLiteral("unknown")};
    return all;
}

QString DashboardModel::statusText(const QString &status)
{
    if (status == QLatin1String("pending")) return tr("pending");
    if (status == QLatin1String("in_progress")) return tr("in progress");
    if (status == QLatin1String("sent")) return tr("sent");
    if (status == QLatin1String("succeeded")) return tr("succeeded");
    if (status == QLatin1String("failed")) return tr("failed");
    if (status == QLatin1String("dead_letter")) return tr("dead letter");
    if (status == QLatin1String("gratis")) return tr("gratis");
    if (status == QLatin1String("unknown")) return tr("unknown");
    return status;
}

void DashboardModel::setSnapshot(const MonitorSnapshot &snapshot, const QString &marketplace)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_counts.clear();
    for (const QString &hour : snapshot.hours) {
        QList<int> row(statuses().size(), 0);
        for (const auto &[name, byHour] : snapshot.counts) {
            if (!marketplace.isEmpty() && name != marketplace)
                continue;
            const auto found = byHour.find(hour);
            if (found == byHour.end())
                continue;
            for (const auto &[status, n] : found->second)
                if (const qsizetype c = statuses().indexOf(status); c >= 0)
                    row[c] += n;
        }
        m_counts << row;
    }
    endResetModel();
}

int DashboardModel::count(int row, int statusColumn) const { return m_counts.value(row).value(statusColumn); }

int DashboardModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_counts.size()); }

int DashboardModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(statuses().size()); }

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    return count(index.row(), index.column());
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return statusText(statuses().value(section));
    return m_snapshot.hours.value(section).mid(5, 11).replace(QLatin1Char('T'), QLatin1Char(' ')); // MM-dd hh:00
}

void RemittanceTableModel::setRows(const QList<RemittanceRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RemittanceTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RemittanceTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RemittanceTableModel::data(const QModelIndex &index, int role) const
{
    const RemittanceRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole || role == Qt::UserRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Id: return role == Qt::UserRole ? QVariant(r->id) : QVariant(QString::number(r->id));
        case Marketplace: return r->marketplace;
        case Account: return r->account;
        case Product: return r->product;
        case Metric: return r->metric;
        case Hour: return r->hour;
        case Value:
            if (role == Qt::UserRole)
                return r->value.toDouble(); // sorting only
            // Grouped, with the places it was reported to: a metric need not be money.
            return role == Qt::ToolTipRole ? r->value
                                           : formatAmount(r->value, r->value.contains(QLatin1Char('.'))
                                                                        ? int(r->value.size() - r->value.indexOf(QLatin1Char('.')) - 1)
                                                                        : 0);
        case Status: return role == Qt::UserRole ? r->status : DashboardModel::statusText(r->status); // filtered and sorted by the stored name
        case Attempts: return role == Qt::UserRole ? QVariant(r->attempts) : QVariant(QString::number(r->attempts));
        case Why: return QString(r->errorCode + QLatin1Char(' ') + r->note).trimmed();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (r->status == QLatin1String("failed") || r->status == QLatin1String("dead_letter") || r->status == QLatin1String("unknown"))
            return QBrush(QColor(0xa0, 0x10, 0x10));
        if (r->status == QLatin1String("succeeded"))
            return QBrush(QColor(0x1b, 0x5e, 0x20));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Value || index.column() == Attempts))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RemittanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Id");
    case Marketplace: return tr("Marketplace");
    case Account: return tr("Account");
    case Product: return tr("Product");
    case Metric: return tr("Metric");
    case Hour: return tr("Hour");
    case Value: return tr("Value");
    case Status: return tr("Status");
    case Attempts: return tr("Attempts");
    case Why: return tr("Why");
    }
    return {};
}

} // namespace rd::ui
