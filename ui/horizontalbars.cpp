#include "horizontalbars.h"

#include "chartaxes.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>

#include <algorithm>

namespace rd::ui {

QHorizontalBarSeries *addHorizontalBars(QChart *chart, QBarSet *set, const QStringList &categories, const QString &valueTitle)
{
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    double low = 0, high = 0;
    for (int i = 0; i < set->count(); ++i) {
        low = std::min(low, set->at(i));
        high = std::max(high, set->at(i));
    }
    QCategoryAxis *axisX = niceValueAxis(low, high, valueTitle);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return series;
}

} // namespace rd::ui
