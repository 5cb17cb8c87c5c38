#pragma once

#include "analytics/analyticsengine.h"
#include "report/tableexport.h"

#include <QAbstractTableModel>

namespace rd::ui {

// Amounts are shown rounded half to even to this many places; tooltips and exports give more.
constexpr int kShownDecimals = 2;
constexpr int kExactDecimals = 10;

// The amount for a tooltip: every digit when it is a finite decimal within
// kExactDecimals places, otherwise rounded there and marked as such.
QString exactAmountText(const ExactAmount &amount);

// Role for the exact amount text and for sorting numbers (not the shown text).
constexpr int kSortRole = Qt::UserRole + 1;

// Dashboard totals by one dimension: key, name, DSRs, usages, revenue.
class TotalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Key, Name, Dsrs, Usages, Revenue, ColumnCount };
    explicit TotalsModel(Dimension dimension, QObject *parent = nullptr);

    void setRows(const QList<TotalRow> &rows, const QString &currency);
    const QList<TotalRow> &rows() const { return m_rows; }
    Dimension dimension() const { return m_dimension; }
    TableData table() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString code(const TotalRow &row);
    QString name(const TotalRow &row) const;
    Dimension m_dimension;
    QList<TotalRow> m_rows;
    QString m_currency;
};

// The top resources, with a share column drawn as a bar.
class TopResourcesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Title, Artists, Isrc, DspId, Usages, Revenue, Share, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setResources(const QList<TopResource> &resources, const ExactAmount &total, const QString &currency);
    const QList<TopResource> &resources() const { return m_resources; }
    TableData table() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TopResource> m_resources;
    QList<double> m_shares; // bar length only (0..1 of the first); never summed or shown as money
    ExactAmount m_total;
    QString m_currency;
};

// The rows behind a click, fetched a page at a time as the view scrolls.
class DrillRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Dsr, Line, Territory, Period, Dsp, Offer, DspId, Title, Artists, Isrc, Usages, Revenue, Currency, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void reset();
    void append(const QList<DrillRow> &rows, bool complete);
    qint64 lastRowId() const { return m_rows.isEmpty() ? 0 : m_rows.constLast().rowId; }
    bool complete() const { return m_complete; }
    TableData table() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void moreRequested();

private:
    QList<DrillRow> m_rows;
    bool m_complete = true;
    bool m_fetching = false;
};

} // namespace rd::ui
