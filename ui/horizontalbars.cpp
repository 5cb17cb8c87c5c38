#include "horizontalbars.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace rd::ui {

QHorizontalBarSeries *addHorizontalBars(QChart *chart, QBarSet *set, const QStringList &categories)
{
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return series;
}

} // namespace rd::ui
