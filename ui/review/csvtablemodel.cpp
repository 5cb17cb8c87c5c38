#include "csvtablemodel.h"

namespace rd::ui {

void CsvTableModel::setRows(const QStringList &columns, const QList<QStringList> &rows, const QSet<QString> &numericColumns)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    m_numeric.clear();
    for (const QString &c : columns)
        m_numeric << numericColumns.contains(c);
    endResetModel();
}

int CsvTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int CsvTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_columns.size()); }

QVariant CsvTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QString &text = m_rows[index.row()].value(index.column());
    const bool numeric = m_numeric.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text;
    case Qt::TextAlignmentRole:
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::UserRole: // the sort key: order only, never summed
        return numeric ? QVariant(text.toDouble()) : QVariant(text);
    default:
        return {};
    }
}

QVariant CsvTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    return orientation == Qt::Horizontal ? QVariant(m_columns.value(section)) : QVariant(section + 1);
}

} // namespace rd::ui
