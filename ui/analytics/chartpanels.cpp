#include "chartpanels.h"

#include "chartaxes.h"
#include "horizontalbars.h"

#include "analytics/analyticsmodels.h"
#include "formats/isocodes.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
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
    view->chart()->setMargins(QMargins(4, 4, 28, 4)); // room for the last axis label, never cut
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

void ChartPanels::showMessage(const QString &message)
{
    for (QChartView *view : views()) {
        reset(view->chart(), message);
        view->chart()->legend()->hide();
    }
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
    addHorizontalBars(chart, set, categories, metric == Metric::Revenue ? tr("Revenue (%1)").arg(d.currency) : tr("Usages"));
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

namespace {

// A period's value is drawn only when it is complete: a revenue with DSRs left
// out for want of a rate is a gap, never a zero or a partial sum.
bool drawable(const TotalRow &row, Metric metric)
{
    return metric == Metric::Usages || row.dsrsWithoutRate == 0;
}

// How many calendar months a period starting on the 1st spans, a partial
// last month counting whole (DSPs report February as 02-01 to 02-28 in leap
// years too); 0 for periods that do not start on the 1st.
int monthSpan(const TotalRow &row)
{
    if (row.periodStart.day() != 1)
        return 0;
    const QDate after = row.periodEnd.addDays(1);
    const int months = (after.year() - row.periodStart.year()) * 12 + after.month() - row.periodStart.month();
    return after.day() > 1 ? months + 1 : months;
}

// The day the period after this one starts.
QDate nextStart(const TotalRow &row)
{
    const int months = monthSpan(row);
    return months > 0 ? row.periodStart.addMonths(months) : row.periodEnd.addDays(1);
}

// The same span one period earlier: the row that ends just before `row`
// starts and lasts as many months (or days), else -1.
int previousPeriod(const QList<TotalRow> &rows, int i)
{
    const TotalRow &row = rows[i];
    for (int j = 0; j < rows.size(); ++j) {
        const TotalRow &earlier = rows[j];
        const bool sameSpan = monthSpan(row) > 0 ? monthSpan(earlier) == monthSpan(row)
                                                 : earlier.periodStart.daysTo(earlier.periodEnd) == row.periodStart.daysTo(row.periodEnd);
        if (nextStart(earlier) == row.periodStart && sameSpan)
            return j;
    }
    return -1;
}

// One line per run of consecutive drawable periods, so that a missing period breaks the line.
QList<QLineSeries *> linesWithGaps(const QList<TotalRow> &rows, const QList<double> &values, const QList<bool> &present)
{
    QList<QLineSeries *> lines;
    QLineSeries *run = nullptr;
    for (int i = 0; i < rows.size(); ++i) {
        const bool adjacent = i > 0 && nextStart(rows[i - 1]) >= rows[i].periodStart;
        if (!present[i] || !adjacent || !run || !present[i - 1])
            run = nullptr;
        if (!present[i])
            continue;
        if (!run) {
            run = new QLineSeries;
            lines << run;
        }
        run->append(timePosition(rows[i].periodStart), values[i]);
    }
    return lines;
}

} // namespace

void ChartPanels::showPeriods(const Dashboard &d, Metric metric)
{
    QChart *chart = m_period->chart();
    reset(chart, metric == Metric::Revenue ? tr("Revenue over time (%1)").arg(d.currency) : tr("Usages over time"));
    const QList<TotalRow> rows = d.byPeriod;
    if (rows.isEmpty())
        return;
    QList<double> values, previousValues;
    QList<bool> present, previousPresent;
    QList<int> previousIndex;
    double low = 0, high = 0;
    for (int i = 0; i < rows.size(); ++i) {
        values << plotValue(rows[i], metric);
        present << drawable(rows[i], metric);
        const int j = previousPeriod(rows, i);
        previousIndex << j;
        previousValues << (j >= 0 ? plotValue(rows[j], metric) : 0.0);
        previousPresent << (present[i] && j >= 0 && drawable(rows[j], metric));
        for (int k : {i, j})
            if (k >= 0 && drawable(rows[k], metric)) {
                low = std::min(low, plotValue(rows[k], metric));
                high = std::max(high, plotValue(rows[k], metric));
            }
    }
    // A month either side, so that the first and last points stand clear of the axes.
    QCategoryAxis *axisX = monthAxis(rows.constFirst().periodStart.addMonths(-1), rows.constLast().periodEnd.addMonths(1), tr("period start"), 5);
    QCategoryAxis *axisY = niceValueAxis(low, high, metric == Metric::Revenue ? tr("Revenue (%1)").arg(d.currency) : tr("Usages"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    const QColor currentColor(0x1f, 0x5f, 0x9f); // one colour for every run of the line, its markers and its legend entry
    auto attach = [&](QAbstractSeries *series, const QString &name) {
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        series->setName(name);
    };
    const QList<QLineSeries *> currentLines = linesWithGaps(rows, values, present);
    for (int k = 0; k < currentLines.size(); ++k) {
        currentLines[k]->setColor(currentColor);
        attach(currentLines[k], tr("This period"));
        if (k > 0)
            chart->legend()->markers(currentLines[k]).first()->setVisible(false);
    }
    // The previous period, plotted under the period it precedes; drawn only where that span exists.
    const QList<QLineSeries *> previousLines = linesWithGaps(rows, previousValues, previousPresent);
    for (int k = 0; k < previousLines.size(); ++k) {
        QPen dashed(QColor(0x80, 0x80, 0x80));
        dashed.setStyle(Qt::DashLine);
        dashed.setWidthF(1.5);
        previousLines[k]->setPen(dashed);
        attach(previousLines[k], tr("Same span one period earlier"));
        if (k > 0)
            chart->legend()->markers(previousLines[k]).first()->setVisible(false);
    }
    // Hollow markers, so that a previous period with no neighbour still shows.
    auto *previousPoints = new QScatterSeries;
    previousPoints->setMarkerSize(7);
    previousPoints->setColor(Qt::white);
    previousPoints->setBorderColor(QColor(0x80, 0x80, 0x80));
    for (int i = 0; i < rows.size(); ++i)
        if (previousPresent[i])
            previousPoints->append(timePosition(rows[i].periodStart), previousValues[i]);
    attach(previousPoints, QString());
    chart->legend()->markers(previousPoints).first()->setVisible(false);
    auto *points = new QScatterSeries; // clickable markers on the current line
    points->setMarkerSize(9);
    points->setColor(currentColor);
    for (int i = 0; i < rows.size(); ++i)
        if (present[i])
            points->append(timePosition(rows[i].periodStart), values[i]);
    attach(points, QString());
    chart->legend()->markers(points).first()->setVisible(false);
    chart->legend()->show();
    const QString currency = d.currency;
    auto rowAt = [rows](const QPointF &p) {
        for (int i = 0; i < rows.size(); ++i)
            if (qFuzzyCompare(timePosition(rows[i].periodStart), p.x()))
                return i;
        return -1;
    };
    connect(points, &QScatterSeries::hovered, this, [this, rows, previousIndex, metric, currency, rowAt](const QPointF &p, bool on) {
        const int i = rowAt(p);
        if (!on || i < 0)
            return QToolTip::hideText();
        QString text = QStringLiteral("%1 – %2\n%3").arg(rows[i].periodStart.toString(Qt::ISODate),
                                                           rows[i].periodEnd.toString(Qt::ISODate), valueText(rows[i], metric, currency));
        if (const int j = previousIndex[i]; j >= 0)
            text += QLatin1Char('\n') + tr("Previous period: %1").arg(valueText(rows[j], metric, currency));
        QToolTip::showText(QCursor::pos(), text);
    });
    connect(points, &QScatterSeries::clicked, this, [this, rows, rowAt](const QPointF &p) {
        if (const int i = rowAt(p); i >= 0)
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
    double high = 0;
    for (int i = 0; i < dsps.size(); ++i) {
        double stacked = 0;
        for (const QBarSet *set : series->barSets())
            stacked += set->at(i);
        high = std::max(high, stacked);
    }
    QCategoryAxis *axisY = niceValueAxis(0, high, metric == Metric::Revenue ? tr("Revenue (%1)").arg(d.currency) : tr("Usages"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->show();
}

} // namespace rd::ui
