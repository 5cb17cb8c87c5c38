#pragma once

#include "storage/dsrrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace rd::ui {

// The DSRs of the store, one per row. Filled with setRecords() from a list
// loaded off the GUI thread. Views keep their selection across reloads by id.
class DsrTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DsrTableModel)

public:
    enum Column {
        Id,
        Status,
        Version,
        Service,
        Offer,
        Territory,
        Period,
        Currency,
        Rows,
        Usages,
        Revenue,
        Warnings,
        Errors,
        ImportedAt,
        FileName,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, StatusRole };

    explicit DsrTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(QList<DsrRecord> records);
    const DsrRecord *recordAt(int row) const;
    int rowOfId(qint64 id) const;

    static QString statusText(const DsrRecord &record);

private:
    QVariant display(const DsrRecord &record, int column) const;

    QList<DsrRecord> m_records;
};

} // namespace rd::ui
