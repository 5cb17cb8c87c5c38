#pragma once

class QHeaderView;

namespace rd::ui {

// Right-click on a table's header lists its columns with a check box each, to
// show or hide them (the header's saveState() keeps the choice), as KDE and Qt
// desktop tables do. At least one column always stays shown.
void addColumnChooser(QHeaderView *header);

} // namespace rd::ui
