#include "chartpanels.h"

#include "horizontalbars.h"

#include "analytics/analyticsmodels.h"
#include "formats/isocodes.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <map>

namespace rd::ui {
namespace {

QChartView *makeView(QWidget *parent, const QString &objectName)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setObjectName(objectName);
    view->setMinimumHeight(220);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

void reset(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
}

} // namespace

double plotValue(const TotalRow &row, Metric metric)
{
    if (metric == Metric::Usages)
        return double(row.usages);
    return QString::fromStdString(row.revenue.toString(2)).toDouble();
}

ChartPanels::ChartPanels(QWidget *parent)
    : QObject(parent)
    , m_territory(makeView(parent, QStringLiteral("territoryChart")))
    , m_period(makeView(parent, QStringLiteral("periodChart")))
    , m_dspOffer(makeView(parent, QStringLiteral("dspOfferChart")))
{
}

QString ChartPanels::valueText(const TotalRow &row, Metric metric, const QString &currency) const
{
    if (metric == Metric::Usages)
        return tr("%1 usages").arg(QLocale().toString(row.usages));
    QString text = tr("%1 %2").arg(exactAmountText(row.revenue), currency);
    if (row.dsrsWithoutRate)
        text += QLatin1Char('\n') + tr("%n DSR(s) left out: no exchange rate in force", nullptr, row.dsrsWithoutRate);
    return text;
}

void ChartPanels::show(const Dashboard &dashboard, Metric metric)
{
    showTerritories(dashboard, metric);
    showPeriods(dashboard, metric);
    showDspOffers(dashboard, metric);
}

void ChartPanels::showTerritories(const Dashboard &d, Metric metric)
{
    QChart *chart = m_territory->chart();
    reset(chart, metric == Metric::Revenue ? tr("Revenue by territory (%1)").arg(d.currency) : tr("Usages by territory"));
    auto *set = new QBarSet(metric == Metric::Revenue ? tr("Revenue") : tr("Usages"));
    QStringList categories;
    const QList<TotalRow> rows = d.byTerritory;
    for (const TotalRow &row : rows) {
        *set << plotValue(row, metric);
        // A map-like list: the ISO code with the country's name.
        categories << QStringLiteral("%1  %2").arg(row.key, iso::territoryName(row.key));
    }
    addHorizontalBars(chart, set, categories);
    chart->legend()->hide();
    const QString currency = d.currency;
    connect(set, &QBarSet::hovered, this, [this, rows, metric, currency](bool on, int i) {
        if (on && i >= 0 && i < rows.size())
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1 (%2)\n%3").arg(iso::territoryName(rows[i].key), rows[i].key,
                                                                                  valueText(rows[i], metric, currency)));
        else
            QToolTip::hideText();
    });
    connect(set, &QBarSet::clicked, this, [this, rows](int i) {
        if (i >= 0 && i < rows.size())
            emit drillRequested(Dimension::Territory, rows[i].key, QString());
    });
}

void ChartPanels::showPeriods(const Dashboard &d, Metric metric)
{
    QChart *chart = m_period->chart();
    reset(chart, metric == Metric::Revenue ? tr("Revenue over time (%1)").arg(d.currency) : tr("Usages over time"));
    auto *current = new QLineSeries;
    current->setName(tr("This period"));
    auto *previous = new QLineSeries;
    previous->setName(tr("Previous period"));
    QPen dashed = previous->pen();
    dashed.setStyle(Qt::DashLine);
    previous->setPen(dashed);
    auto *points = new QScatterSeries; // clickable markers on the current line
    points->setMarkerSize(9);
    points->setName(QString());
    const QList<TotalRow> rows = d.byPeriod;
    QStringList categories;
    for (int i = 0; i < rows.size(); ++i) {
        current->append(i, plotValue(rows[i], metric));
        points->append(i, plotValue(rows[i], metric));
        if (i > 0)
            previous->append(i, plotValue(rows[i - 1], metric));
        categories << rows[i].periodStart.toString(QStringLiteral("yyyy-MM-dd"));
    }
    chart->addSeries(current);
    chart->addSeries(previous);
    chart->addSeries(points);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(current), static_cast<QAbstractSeries *>(previous),
                               static_cast<QAbstractSeries *>(points)}) {
        s->attachAxis(axisY);
    }
    axisY->setMin(0);
    chart->legend()->show();
    chart->legend()->markers(points).first()->setVisible(false);
    const QString currency = d.currency;
    connect(points, &QScatterSeries::hovered, this, [this, rows, metric, currency](const QPointF &p, bool on) {
        const int i = qRound(p.x());
        if (!on || i < 0 || i >= rows.size())
            return QToolTip::hideText();
        QString text = QStringLiteral("%1 – %2\n%3").arg(rows[i].periodStart.toString(Qt::ISODate),
                                                           rows[i].periodEnd.toString(Qt::ISODate), valueText(rows[i], metric, currency));
        if (i > 0)
            text += QLatin1Char('\n') + tr("Previous period: %1").arg(valueText(rows[i - 1], metric, currency));
        QToolTip::showText(QCursor::pos(), text);
    });
    connect(points, &QScatterSeries::clicked, this, [this, rows](const QPointF &p) {
        const int i = qRound(p.x());
        if (i >= 0 && i < rows.size())
            emit drillRequested(Dimension::Period, rows[i].key, QString());
    });
}

void ChartPanels::showDspOffers(const Dashboard &d, Metric metric)
{
    QChart *chart = m_dspOffer->chart();
    reset(chart, metric == Metric::Revenue ? tr("Split by DSP and offer (%1)").arg(d.currency) : tr("Usages by DSP and offer"));
    QStringList dsps, offers;
    std::map<std::pair<QString, QString>, TotalRow> cells;
    for (const TotalRow &row : d.byDspOffer) {
        if (!dsps.contains(row.key))
            dsps << row.key;
        if (!offers.contains(row.subKey))
            offers << row.subKey;
        cells[{row.key, row.subKey}] = row;
    }
    auto *series = new QStackedBarSeries;
    const QString currency = d.currency;
    for (const QString &offer : offers) {
        auto *set = new QBarSet(offer);
        QList<TotalRow> column;
        for (const QString &dsp : dsps) {
            const auto cell = cells.find({dsp, offer});
            TotalRow row;
            row.key = dsp;
            row.subKey = offer;
            if (cell != cells.end())
                row = cell->second;
            *set << (cell == cells.end() ? 0.0 : plotValue(row, metric));
            column << row;
        }
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this, column, metric, currency](bool on, int i) {
            if (on && i >= 0 && i < column.size())
                QToolTip::showText(QCursor::pos(), QStringLiteral("%1 · %2\n%3").arg(column[i].key, column[i].subKey,
                                                                                        valueText(column[i], metric, currency)));
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this, [this, column](int i) {
            if (i >= 0 && i < column.size())
                emit drillRequested(Dimension::DspOffer, column[i].key, column[i].subKey);
        });
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(dsps);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->show();
}

} // namespace rd::ui
