#pragma once

#include "util/csvtable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace rd::ui {

// A read-only table of text rows (a package's lines or source rows, kept as a
// compact CsvTable). Columns named in numericColumns sort as numbers
// (Qt::UserRole) and align right. Columns named in amountDecimals show in the
// one number format (grouped) with that many decimals (0 for counts), the
// exact value in the tooltip; identifiers stay as they are.
class CsvTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CsvTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setTable(const CsvTable &table, const QSet<QString> &numericColumns, const QHash<QString, int> &amountDecimals = {});
    void setRows(const QStringList &columns, const QList<QStringList> &rows, const QSet<QString> &numericColumns,
                 const QHash<QString, int> &amountDecimals = {});

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CsvTable m_table;
    QList<bool> m_numeric;
    QList<int> m_decimals; // -1: not an amount
};

} // namespace rd::ui
