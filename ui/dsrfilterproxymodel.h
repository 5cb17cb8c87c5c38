#pragma once

#include <QSortFilterProxyModel>

namespace rd::ui {

// Sorts the DSR table by typed keys (numbers, dates, exact decimals) and
// filters it by free text over every column and by status.
class DsrFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DsrFilterProxyModel)

public:
    enum class StatusFilter { All, Ingested, Failed, Importing };

    explicit DsrFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatusFilter(StatusFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    StatusFilter m_status = StatusFilter::All;
};

} // namespace rd::ui
