#pragma once

#include "analytics/analyticsresult.h"

#include <QChartView>
#include <QObject>

namespace rd::ui {

enum class Metric { Revenue, Usages };

// The Analytics view's three charts, rebuilt from each dashboard. Hovering
// shows the exact value; clicking asks to drill down into that bar or point.
class ChartPanels : public QObject
{
    Q_OBJECT

public:
    explicit ChartPanels(QWidget *parent);

    QChartView *territoryView() const { return m_territory; }
    QChartView *periodView() const { return m_period; }
    QChartView *dspOfferView() const { return m_dspOffer; }
    QList<QChartView *> views() const { return {m_territory, m_period, m_dspOffer}; }

    void show(const Dashboard &dashboard, Metric metric);
    // Empties every chart and shows the message in its place ("No match for …").
    void showMessage(const QString &message);

signals:
    void drillRequested(rd::Dimension dimension, const QString &key, const QString &subKey);

private:
    void showTerritories(const Dashboard &d, Metric metric);
    void showPeriods(const Dashboard &d, Metric metric);
    void showDspOffers(const Dashboard &d, Metric metric);
    QString valueText(const TotalRow &row, Metric metric, const QString &currency) const;

    QChartView *m_territory;
    QChartView *m_period;
    QChartView *m_dspOffer;
};

// For drawing only: a chart needs a floating-point coordinate.
double plotValue(const TotalRow &row, Metric metric);

} // namespace rd::ui
