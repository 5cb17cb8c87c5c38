#include "columnchooser.h"

#include <QHeaderView>
#include <QMenu>

namespace rd::ui {

void addColumnChooser(QHeaderView *header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header, [header](const QPoint &pos) {
        QAbstractItemModel *model = header->model();
        if (!model)
            return;
        QMenu menu(header);
        menu.setTitle(QHeaderView::tr("Columns"));
        const int shown = header->count() - header->hiddenSectionCount();
        for (int section = 0; section < header->count(); ++section) {
            QAction *action = menu.addAction(model->headerData(section, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(section));
            action->setEnabled(header->isSectionHidden(section) || shown > 1);
            QObject::connect(action, &QAction::toggled, header, [header, section](bool on) { header->setSectionHidden(section, !on); });
        }
        menu.exec(header->viewport()->mapToGlobal(pos));
    });
}

} // namespace rd::ui
