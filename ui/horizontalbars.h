#pragma once

#include <QStringList>

class QBarSet;
class QChart;
class QHorizontalBarSeries;

namespace rd::ui {

// Adds one set of horizontal bars to the chart with its category axis on the
// left and a value axis on nice steps at the bottom, titled valueTitle.
QHorizontalBarSeries *addHorizontalBars(QChart *chart, QBarSet *set, const QStringList &categories, const QString &valueTitle);

} // namespace rd::ui
