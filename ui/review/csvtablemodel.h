#pragma once

#include "util/csvtable.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

namespace rd::ui {

// A read-only table of text rows (a package's lines or source rows, kept as a
// compact CsvTable). Columns named in numericColumns sort as numbers
// (Qt::UserRole) and align right.
class CsvTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CsvTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setTable(const CsvTable &table, const QSet<QString> &numericColumns);
    void setRows(const QStringList &columns, const QList<QStringList> &rows, const QSet<QString> &numericColumns);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CsvTable m_table;
    QList<bool> m_numeric;
};

} // namespace rd::ui
