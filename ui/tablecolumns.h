#pragma once

class QTableView;

namespace rd::ui {

// No amount is ever shown cut. A column whose cells are right-aligned (amounts,
// counts) sizes itself to its content whenever rows arrive or change; text
// columns stay interactive and elide. Rows never wrap, so digits never split
// over two lines. Call after the view has its model.
void keepNumbersWhole(QTableView *view);

} // namespace rd::ui
