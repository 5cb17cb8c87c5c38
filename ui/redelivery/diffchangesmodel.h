#pragma once

#include "redelivery/rowdiff.h"
#include "rows/storedrows.h"

#include <QAbstractTableModel>

#include <map>
#include <memory>
#include <vector>

namespace rd::ui {

// The rows a re-delivery changes, one per line: the kind of change, where
// the row is, and its values before (from the store) and after (from the
// file). The "before" values arrive later (setStoredRows), read off the GUI
// thread.
class DiffChangesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Change, Line, DspId, Title, Isrc, UsagesBefore, UsagesAfter, RevenueBefore, RevenueAfter, ColumnCount };
    static constexpr int KindRole = Qt::UserRole + 1; // RowChange::Kind as int, for filtering

    explicit DiffChangesModel(std::shared_ptr<const std::vector<RowChange>> changes, QObject *parent = nullptr);

    // The stored rows of the updated and deleted changes.
    std::vector<qint64> storedRowIds(std::size_t limit) const;
    void setStoredRows(std::map<qint64, StoredRow> rows);
    // The DSR's currency, named in the revenue headers.
    void setCurrency(const QString &currency);
    // Revenue shows with as many decimals as the most precise changed amount
    // (at least 2, at most 10), so that no change rounds away; exact in the tooltip.
    int revenueDecimals() const { return m_revenueDecimals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const RowChange &change, const StoredRow *before, int column) const;

    std::shared_ptr<const std::vector<RowChange>> m_changes;
    std::map<qint64, StoredRow> m_stored;
    QString m_currency;
    int m_revenueDecimals = 2;
};

} // namespace rd::ui
