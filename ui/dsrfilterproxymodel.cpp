#include "dsrfilterproxymodel.h"

#include "dsrtablemodel.h"
#include "money/decimalsum.h"
#include "storage/dsrrecord.h"

namespace rd::ui {

DsrFilterProxyModel::DsrFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DsrTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DsrFilterProxyModel::setText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

void DsrFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (m_status == filter)
        return;
    m_status = filter;
    invalidateFilter();
}

bool DsrFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_status != StatusFilter::All) {
        const auto status = static_cast<DsrRecord::Status>(
            model->index(sourceRow, 0, sourceParent).data(DsrTableModel::StatusRole).toInt());
        const bool wanted = (m_status == StatusFilter::Ingested && status == DsrRecord::Status::Ingested)
            || (m_status == StatusFilter::Failed && status == DsrRecord::Status::Failed)
            || (m_status == StatusFilter::Importing && status == DsrRecord::Status::Importing);
        if (!wanted)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    // Every word must appear in some column, so "GB 2020" narrows as expected.
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        bool found = false;
        for (int column = 0; column < model->columnCount(sourceParent) && !found; ++column)
            found = model->index(sourceRow, column, sourceParent).data().toString().contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

bool DsrFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == DsrTableModel::Revenue) {
        const auto a = DecimalSum::fromString(left.data(sortRole()).toString().toStdString());
        const auto b = DecimalSum::fromString(right.data(sortRole()).toString().toStdString());
        if (a && b)
            return a->raw() < b->raw();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace rd::ui
