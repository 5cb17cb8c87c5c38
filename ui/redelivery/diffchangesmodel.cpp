#include "diffchangesmodel.h"

#include "amountformat.h"

#include <QLocale>

namespace rd::ui {

DiffChangesModel::DiffChangesModel(std::shared_ptr<const std::vector<RowChange>> changes, QObject *parent)
    : QAbstractTableModel(parent)
    , m_changes(changes ? std::move(changes) : std::make_shared<const std::vector<RowChange>>())
{
}

std::vector<qint64> DiffChangesModel::storedRowIds(std::size_t limit) const
{
    std::vector<qint64> ids;
    for (const RowChange &c : *m_changes) {
        if (ids.size() >= limit)
            break;
        if (c.rowId != 0)
            ids.push_back(c.rowId);
    }
    return ids;
}

void DiffChangesModel::setStoredRows(std::map<qint64, StoredRow> rows)
{
    m_stored = std::move(rows);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DiffChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes->size());
}

int DiffChangesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DiffChangesModel::display(const RowChange &c, const StoredRow *before, int column) const
{
    const DeliveredRow *after = c.after ? &*c.after : nullptr;
    auto text = [](const std::string &s) { return QString::fromStdString(s); };
    switch (column) {
    case Change:
        return c.kind == RowChange::Kind::Created ? tr("created") : c.kind == RowChange::Kind::Updated ? tr("updated") : tr("deleted");
    case Line:
        if (after)
            return QVariant::fromValue(qulonglong(after->line));
        return before ? QVariant(before->line) : QVariant();
    case DspId: return after ? text(after->dspId) : before ? before->dspId : QVariant();
    case Title:
        if (after && before && before->title != text(after->title)) // a retitled row shows both
            return QStringLiteral("%1 → %2").arg(before->title, text(after->title));
        return after ? text(after->title) : before ? before->title : QVariant();
    case Isrc: return after ? text(after->isrc) : before ? before->isrc : QVariant();
    case UsagesBefore: return before && before->usages ? QLocale().toString(*before->usages) : QVariant();
    case UsagesAfter: return after && after->usages ? QLocale().toString(qlonglong(*after->usages)) : QVariant();
    case RevenueBefore: return before && !before->revenue.isEmpty() ? before->revenue : QVariant();
    case RevenueAfter: return after && after->revenue ? text(after->revenue->toString()) : QVariant();
    }
    return {};
}

QVariant DiffChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RowChange &c = (*m_changes)[std::size_t(index.row())];
    if (role == KindRole)
        return int(c.kind);
    const auto stored = c.rowId != 0 ? m_stored.find(c.rowId) : m_stored.end();
    const StoredRow *before = stored != m_stored.end() ? &stored->second : nullptr;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return display(c, before, index.column());
    if (role == Qt::TextAlignmentRole && index.column() >= Line && index.column() != DspId && index.column() != Title
        && index.column() != Isrc)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DiffChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Change: return tr("Change");
    case Line: return tr("Line");
    case DspId: return tr("dsp_id");
    case Title: return tr("Title");
    case Isrc: return tr("ISRC");
    case UsagesBefore: return tr("Usages before");
    case UsagesAfter: return tr("Usages after");
    case RevenueBefore: return tr("Revenue before");
    case RevenueAfter: return tr("Revenue after");
    }
    return {};
}

} // namespace rd::ui
