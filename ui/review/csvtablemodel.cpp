#include "csvtablemodel.h"

#include "amountformat.h"

namespace rd::ui {

void CsvTableModel::setTable(const CsvTable &table, const QSet<QString> &numericColumns, const QHash<QString, int> &amountDecimals)
{
    beginResetModel();
    m_table = table;
    m_numeric.clear();
    m_decimals.clear();
    for (const QString &c : m_table.columns) {
        m_numeric << (numericColumns.contains(c) || amountDecimals.contains(c));
        m_decimals << amountDecimals.value(c, -1);
    }
    endResetModel();
}

void CsvTableModel::setRows(const QStringList &columns, const QList<QStringList> &rows, const QSet<QString> &numericColumns,
                            const QHash<QString, int> &amountDecimals)
{
    CsvTable table;
    table.columns = columns;
    for (const QStringList &row : rows)
        table.appendRow(row);
    setTable(table, numericColumns, amountDecimals);
}

int CsvTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_table.rowCount()); }

int CsvTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_table.columns.size()); }

QVariant CsvTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rowCount())
        return {};
    const bool numeric = m_numeric.value(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = m_table.field(index.row(), index.column());
        const int decimals = m_decimals.value(index.column(), -1);
        return decimals >= 0 && !text.isEmpty() ? formatAmount(text, decimals) : text;
    }
    case Qt::ToolTipRole:
        return m_table.field(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::UserRole: // the sort key: order only, never summed
        return numeric ? QVariant(m_table.field(index.row(), index.column()).toDouble()) : QVariant(m_table.field(index.row(), index.column()));
    default:
        return {};
    }
}

QVariant CsvTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    return orientation == Qt::Horizontal ? QVariant(m_table.columns.value(section)) : QVariant(section + 1);
}

} // namespace rd::ui
