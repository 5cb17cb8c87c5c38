// Chart axes and the revenue-over-time chart, offscreen: nice steps, locale
// labels, a real time axis, and gaps instead of zeros.
#include "analytics/chartpanels.h"
#include "chartaxes.h"
#include "money/decimalsum.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QScatterSeries>
#include <QTest>

#include <cmath>

using namespace rd;
using namespace rd::ui;

namespace {

bool isNiceStep(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    const double mantissa = step / magnitude;
    for (const double nice : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (std::abs(mantissa - nice) < 1e-9)
            return true;
    return false;
}

TotalRow period(const QString &start, const QString &end, qint64 usages, const char *revenue, int withoutRate = 0)
{
    TotalRow row;
    row.periodStart = QDate::fromString(start, Qt::ISODate);
    row.periodEnd = QDate::fromString(end, Qt::ISODate);
    row.key = start + QStringLiteral("--") + end;
    row.usages = usages;
    row.revenue = ExactAmount::fromSum(*DecimalSum::fromString(revenue));
    row.dsrsWithoutRate = withoutRate;
    return row;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void scalesUseNiceStepsThatCoverTheData()
    {
        QRandomGenerator rng(20261203);
        for (int i = 0; i < 2000; ++i) {
            const double high = std::pow(10.0, rng.bounded(20.0) - 2.0) * (1.0 + rng.bounded(8.99));
            const double low = rng.bounded(4) == 0 ? -high * rng.bounded(1.0) : 0.0;
            const NiceScale scale = niceScale(low, high);
            QVERIFY2(isNiceStep(scale.step), qPrintable(QString::number(scale.step)));
            QVERIFY(scale.min <= low && scale.max >= high * (1 - 1e-12));
            QVERIFY2(scale.ticks().size() >= 2 && scale.ticks().size() <= 8, qPrintable(QString::number(scale.ticks().size())));
        }
        // Counts never step by a fraction.
        QCOMPARE(niceScale(0, 12, 6, true).step, 5.0);
        QCOMPARE(niceScale(0, 3, 6, true).step, 1.0);
        const NiceScale big = niceScale(0, 1.31e16);
        QCOMPARE(big.step, 5e15);
        QCOMPARE(big.max, 1.5e16);
    }

    void labelsAreGroupedAndAbbreviated()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale french(QLocale::French, QLocale::France);
        const NiceScale millions = niceScale(0, 9.1e6);
        QCOMPARE(millions.step, 2e6);
        QCOMPARE(tickLabel(4e6, millions, english), QStringLiteral("4M"));
        const NiceScale halves = niceScale(0, 11e6);
        QCOMPARE(halves.step, 2.5e6);
        QCOMPARE(tickLabel(2.5e6, halves, english), QStringLiteral("2.5M"));
        QCOMPARE(tickLabel(2.5e6, halves, french), QStringLiteral("2,5M"));
        const NiceScale thousands = niceScale(0, 9000);
        QCOMPARE(tickLabel(6000, thousands, english), QStringLiteral("6,000"));
        QCOMPARE(tickLabel(6000, thousands, french), QStringLiteral("6\u202f000"));
        const NiceScale huge = niceScale(0, 1.31e16);
        QCOMPARE(tickLabel(1e16, huge, english), QStringLiteral("10,000tn"));
        QCOMPARE(tickLabel(0, huge, english), QStringLiteral("0tn"));
        const NiceScale billions = niceScale(0, 7.2e9);
        QCOMPARE(tickLabel(4e9, billions, english), QStringLiteral("4bn"));
        const NiceScale small = niceScale(0, 0.9);
        QCOMPARE(tickLabel(0.4, small, english), QStringLiteral("0.4"));
        QCategoryAxis *axis = niceValueAxis(0, 9.1e6, QStringLiteral("Revenue (EUR)"), english);
        QCOMPARE(axis->categoriesLabels(), QStringList({"0M", "2M", "4M", "6M", "8M", "10M"}));
        QCOMPARE(axis->titleText(), QStringLiteral("Revenue (EUR)"));
        delete axis;
    }

    void monthAxisLabelsTheCalendar()
    {
        QCategoryAxis *axis = monthAxis(QDate(2020, 3, 1), QDate(2021, 9, 30), QStringLiteral("period"));
        const QStringList labels = axis->categoriesLabels();
        QVERIFY(labels.size() <= 8);
        QCOMPARE(labels.constFirst(), QStringLiteral("2020-04")); // quarters: Jan, Apr, Jul, Oct
        QVERIFY(labels.contains(QStringLiteral("2021-01")));
        QCOMPARE(axis->min(), timePosition(QDate(2020, 3, 1)));
        QCOMPARE(axis->max(), timePosition(QDate(2021, 10, 1)));
        delete axis;
    }

    void revenueOverTimeHasARealTimeAxisAndGaps()
    {
        QWidget parent;
        ChartPanels panels(&parent);
        Dashboard d;
        d.currency = QStringLiteral("EUR");
        d.byPeriod = {period("2020-03-01", "2020-03-31", 10, "100"), period("2020-04-01", "2020-04-30", 20, "200"),
                      period("2020-06-01", "2020-06-30", 30, "300"), period("2020-07-01", "2020-07-31", 40, "0", 1),
                      period("2021-02-01", "2021-02-27", 45, "450"), period("2021-03-01", "2021-03-31", 50, "500")};
        panels.show(d, Metric::Revenue);
        QList<QLineSeries *> current, previous;
        QScatterSeries *points = nullptr;
        for (QAbstractSeries *s : panels.periodView()->chart()->series()) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(s))
                points = scatter;
            else if (auto *line = qobject_cast<QLineSeries *>(s))
                (line->pen().style() == Qt::DashLine ? previous : current) << line;
        }
        QVERIFY(points);
        // Points sit at their dates: June is 61 days after April, not one step.
        QCOMPARE(points->count(), 5); // July has no rate: not drawn, never 0
        QCOMPARE(points->at(2).x() - points->at(1).x(), double(QDate(2020, 4, 1).daysTo(QDate(2020, 6, 1))) * 86400000.0);
        for (const QPointF &p : points->points())
            QVERIFY(p.y() != 0);
        // Lines break where a period is missing or has no rate: March–April, June, February–March 2021
        // (a February reported to the 27th still runs into March).
        QCOMPARE(current.size(), 3);
        QCOMPARE(current[0]->count(), 2);
        QCOMPARE(current[2]->count(), 2);
        // The previous period is drawn only where the same span one period earlier exists: April (March), March 2021 (February).
        QCOMPARE(previous.size(), 2);
        QCOMPARE(previous[0]->count(), 1);
        QCOMPARE(previous[0]->at(0), QPointF(timePosition(QDate(2020, 4, 1)), 100.0));
        QCOMPARE(previous[1]->at(0), QPointF(timePosition(QDate(2021, 3, 1)), 450.0));
        // The axes: a time axis and a value axis titled with the currency.
        const auto axes = panels.periodView()->chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        QCOMPARE(axes.first()->titleText(), QStringLiteral("Revenue (EUR)"));
        QVERIFY(!static_cast<QCategoryAxis *>(axes.first())->categoriesLabels().join(QString()).contains(QLatin1Char('e')));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
