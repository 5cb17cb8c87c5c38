#include "tablecolumns.h"

#include <QHeaderView>
#include <QPointer>
#include <QTableView>
#include <QTimer>

namespace rd::ui {
namespace {

bool isNumericColumn(const QAbstractItemModel *model, int column)
{
    // The models right-align exactly their numbers; the first rows tell (a missing value has no alignment).
    for (int row = 0; row < std::min(model->rowCount(), 8); ++row) {
        const QVariant alignment = model->index(row, column).data(Qt::TextAlignmentRole);
        if (alignment.isValid())
            return (alignment.toInt() & Qt::AlignRight) != 0;
    }
    return false;
}

void fitColumns(QTableView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model || model->rowCount() == 0)
        return;
    QHeaderView *header = view->horizontalHeader();
    bool lastIsNumeric = false;
    for (int column = 0; column < model->columnCount(); ++column) {
        const bool numeric = isNumericColumn(model, column);
        if (numeric)
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        if (!header->isSectionHidden(column))
            lastIsNumeric = numeric;
    }
    // A stretched last section may be narrower than its content: never for a number.
    if (lastIsNumeric)
        header->setStretchLastSection(false);
}

} // namespace

void keepNumbersWhole(QTableView *view)
{
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    auto later = [view = QPointer<QTableView>(view)] {
        QTimer::singleShot(0, view, [view] {
            if (view)
                fitColumns(view);
        });
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, view, later);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, later);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, view, later);
    fitColumns(view);
}

} // namespace rd::ui
