#include "sortedtable.h"

#include "tablecolumns.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace rd::ui {

QTableView *sortedReadOnlyTable(QAbstractItemModel *model, const QString &objectName)
{
    auto *proxy = new QSortFilterProxyModel(model);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    // Amounts are exact and long: columns fit their contents (sampled rows) rather than eliding digits.
    view->horizontalHeader()->setMaximumSectionSize(420);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    keepNumbersWhole(view);
    return view;
}

} // namespace rd::ui
