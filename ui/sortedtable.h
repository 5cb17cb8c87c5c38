#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;

namespace rd::ui {

// A read-only table view of the model through a sorting proxy (sorted by
// Qt::UserRole, so numbers sort as numbers), rows selected whole, no wrapping,
// columns sized to their contents whenever the model is reset.
QTableView *sortedReadOnlyTable(QAbstractItemModel *model, const QString &objectName);

} // namespace rd::ui
