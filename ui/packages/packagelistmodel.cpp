#include "packagelistmodel.h"

#include <QBrush>
#include <QColor>

namespace rd::ui {

void PackageListModel::setPackages(const QList<Package> &packages)
{
    beginResetModel();
    m_packages = packages;
    endResetModel();
}

const Package *PackageListModel::packageAt(int row) const { return row >= 0 && row < m_packages.size() ? &m_packages[row] : nullptr; }

int PackageListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_packages.size(); ++i)
        if (m_packages[i].id == id)
            return i;
    return -1;
}

int PackageListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_packages.size()); }

int PackageListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString PackageListModel::stateText(Package::State state)
{
    switch (state) {
    case Package::State::Draft: return tr("draft");
    case Package::State::Built: return tr("built");
    case Package::State::Published: return tr("published");
    case Package::State::Retracted: return tr("retracted");
    }
    return {};
}

QVariant PackageListModel::data(const QModelIndex &index, int role) const
{
    const Package *p = packageAt(index.row());
    if (!p)
        return {};
    if (role == Qt::DisplayRole || role == Qt::UserRole) {
        switch (index.column()) {
        case Id: return role == Qt::UserRole ? QVariant(p->id) : QVariant(QString::number(p->id));
        case Name: return p->name;
        case State: return p->staleReason.isEmpty() ? stateText(p->state) : tr("%1, stale").arg(stateText(p->state));
        case Version: return role == Qt::UserRole ? QVariant(p->version) : QVariant(p->version ? QString::number(p->version) : QStringLiteral("—"));
        case Territories: return p->partition.territories.isEmpty() ? tr("all") : p->partition.territories.join(QLatin1String(", "));
        case Periods: return QStringLiteral("%1 – %2").arg(p->partition.periodStart.toString(Qt::ISODate), p->partition.periodEnd.toString(Qt::ISODate));
        case Created: return QStringLiteral("%1 (%2)").arg(p->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), p->createdBy);
        }
    }
    if (role == Qt::ToolTipRole && !p->staleReason.isEmpty())
        return p->staleReason;
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (!p->staleReason.isEmpty())
            return QBrush(QColor(0xa0, 0x10, 0x10));
        if (p->state == Package::State::Retracted)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (p->state == Package::State::Published)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Version))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PackageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Id");
    case Name: return tr("Name");
    case State: return tr("State");
    case Version: return tr("Version");
    case Territories: return tr("Territories");
    case Periods: return tr("Periods");
    case Created: return tr("Created");
    }
    return {};
}

} // namespace rd::ui
