#include "dsrtablemodel.h"

#include "formats/isocodes.h"
#include "amountformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace rd::ui {

DsrTableModel::DsrTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DsrTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int DsrTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DsrTableModel::statusText(const DsrRecord &record)
{
    switch (record.status) {
    case DsrRecord::Status::Importing: return tr("Importing");
    case DsrRecord::Status::Ingested: return tr("Ingested");
    case DsrRecord::Status::Failed:
        return record.statusReason == QLatin1String("interrupted") ? tr("Failed (interrupted)") : tr("Failed");
    }
    return QString();
}

QVariant DsrTableModel::display(const DsrRecord &r, int column) const
{
    const QLocale locale;
    switch (column) {
    case Id: return r.id;
    case Status: return statusText(r);
    case Version: return locale.toString(r.version);
    case Service: return r.dsp;
    case Offer: return r.society.isEmpty() ? r.offer : tr("%1 (%2)").arg(r.offer, r.society);
    case Territory: return r.territory;
    case Period:
        // A calendar month (the usual DSR period) reads as the month; any other span as its two dates.
        if (r.periodStart.day() == 1 && r.periodEnd.addDays(1).day() == 1 && r.periodStart.addMonths(1) == r.periodEnd.addDays(1))
            return locale.toString(r.periodStart, QStringLiteral("MMM yyyy"));
        return tr("%1 – %2").arg(locale.toString(r.periodStart, QLocale::ShortFormat),
                                 locale.toString(r.periodEnd, QLocale::ShortFormat));
    case Currency: return r.currency;
    case Rows: return locale.toString(r.rows);
    case Usages: return locale.toString(r.usages);
    case Revenue: return formatAmount(r.revenue); // 2 decimals, half to even; the tooltip is exact
    case Warnings: return locale.toString(r.reportWarnings());
    case Errors: return locale.toString(r.errorCount);
    case ImportedAt: return locale.toString(r.importedAt.toLocalTime(), QLocale::ShortFormat);
    case FileName: return r.fileName;
    }
    return {};
}

QVariant DsrTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const DsrRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(r, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Id: case Version: case Rows: case Usages: case Revenue: case Warnings: case Errors:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Status: return r.statusReason.isEmpty() ? QVariant() : QVariant(r.statusReason);
        case Version: return r.version > 1 ? tr("Re-delivered: version %1 applies").arg(r.version) : tr("As first imported");
        case Offer: return r.fileName;
        case Period: return tr("%1 to %2").arg(r.periodStart.toString(Qt::ISODate), r.periodEnd.toString(Qt::ISODate));
        case Territory: return iso::territoryName(r.territory);
        case Currency: return iso::currencyName(r.currency);
        case Revenue: return tr("Exact: %1 %2").arg(r.revenue, r.currency);
        case FileName: return r.path;
        default: return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Status && r.status == DsrRecord::Status::Failed)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (index.column() == Errors && r.errorCount > 0)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case SortRole:
        switch (index.column()) {
        case Id: return r.id;
        case Version: return r.version;
        case Period: return r.periodStart;
        case Rows: return r.rows;
        case Usages: return r.usages;
        case Revenue: return r.revenue; // compared as exact decimals by the proxy
        case Warnings: return r.reportWarnings();
        case Errors: return r.errorCount;
        case ImportedAt: return r.importedAt;
        default: return display(r, index.column());
        }
    case IdRole: return r.id;
    case StatusRole: return static_cast<int>(r.status);
    default: return {};
    }
}

QVariant DsrTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("ID");
    case Status: return tr("Status");
    case Version: return tr("Version");
    case Service: return tr("Service");
    case Offer: return tr("Offer");
    case Territory: return tr("Territory");
    case Period: return tr("Period");
    case Currency: return tr("Currency");
    case Rows: return tr("Rows");
    case Usages: return tr("Usages");
    case Revenue: return tr("Revenue");
    case Warnings: return tr("Warnings");
    case Errors: return tr("Errors");
    case ImportedAt: return tr("Imported");
    case FileName: return tr("File");
    }
    return {};
}

void DsrTableModel::setRecords(QList<DsrRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

const DsrRecord *DsrTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int DsrTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).id == id)
            return i;
    return -1;
}

} // namespace rd::ui
