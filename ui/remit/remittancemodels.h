#pragma once

#include "remit/remittancemonitor.h"

#include <QAbstractTableModel>

namespace rd::ui {

// Status counts per hour (rows) and status (columns) for one marketplace or
// all: what the stacked chart draws.
class DashboardModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit DashboardModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    static const QStringList &statuses();
    // A status as a person reads it ("dead letter", translated); statuses() holds the stored names.
    static QString statusText(const QString &status);
    void setSnapshot(const MonitorSnapshot &snapshot, const QString &marketplace); // empty marketplace: all
    const MonitorSnapshot &snapshot() const { return m_snapshot; }
    int count(int row, int statusColumn) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    MonitorSnapshot m_snapshot;
    QList<QList<int>> m_counts; // hour → status
};

// The remittances, newest hours first.
class RemittanceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Marketplace, Account, Product, Metric, Hour, Value, Status, Attempts, Why, ColumnCount };

    explicit RemittanceTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setRows(const QList<RemittanceRow> &rows);
    const RemittanceRow *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RemittanceRow> m_rows;
};

} // namespace rd::ui
