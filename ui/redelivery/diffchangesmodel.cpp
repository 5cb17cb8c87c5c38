#include "diffchangesmodel.h"

#include "amountformat.h"

#include <QLocale>

namespace rd::ui {
namespace {

constexpr int kMaxRevenueDecimals = 10;

// The places an exact decimal text carries, capped for display.
int decimalsOf(const std::string &text)
{
    const auto point = text.find('.');
    return point == std::string::npos ? 0 : std::min(int(text.size() - point - 1), kMaxRevenueDecimals);
}

} // namespace

DiffChangesModel::DiffChangesModel(std::shared_ptr<const std::vector<RowChange>> changes, QObject *parent)
    : QAbstractTableModel(parent)
    , m_changes(changes ? std::move(changes) : std::make_shared<const std::vector<RowChange>>())
{
    for (const RowChange &c : *m_changes)
        if (c.after && c.after->revenue)
            m_revenueDecimals = std::max(m_revenueDecimals, decimalsOf(c.after->revenue->toString()));
}

void DiffChangesModel::setCurrency(const QString &currency)
{
    m_currency = currency;
    emit headerDataChanged(Qt::Horizontal, RevenueBefore, RevenueAfter);
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
    for (const auto &[id, row] : m_stored)
        m_revenueDecimals = std::max(m_revenueDecimals, decimalsOf(row.revenue.toStdString()));
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
    case UsagesBefore: return before && before->usages ? formatCount(*before->usages) : QVariant();
    case UsagesAfter: return after && after->usages ? formatCount(qint64(*after->usages)) : QVariant();
    case RevenueBefore: return before && !before->revenue.isEmpty() ? formatAmount(before->revenue, m_revenueDecimals) : QVariant();
    case RevenueAfter: return after && after->revenue ? formatAmount(text(after->revenue->toString()), m_revenueDecimals) : QVariant();
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
    if (role == Qt::ToolTipRole && index.column() == RevenueBefore)
        return before ? before->revenue : QVariant();
    if (role == Qt::ToolTipRole && index.column() == RevenueAfter)
        return c.after && c.after->revenue ? QString::fromStdString(c.after->revenue->toString()) : QVariant();
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
    case RevenueBefore: return m_currency.isEmpty() ? tr("Revenue before") : tr("Revenue before (%1)").arg(m_currency);
    case RevenueAfter: return m_currency.isEmpty() ? tr("Revenue after") : tr("Revenue after (%1)").arg(m_currency);
    }
    return {};
}

} // namespace rd::ui
