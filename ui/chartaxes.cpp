#include "chartaxes.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace rd::ui {
namespace {

class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ChartText)
};

double niceStep(double rough, bool wholeSteps)
{
    if (wholeSteps && rough <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double step = factor * magnitude;
        if (wholeSteps && step != std::floor(step))
            continue;
        if (step >= rough * (1 - 1e-9))
            return step;
    }
    return 10 * magnitude;
}

struct Unit
{
    double divisor;
    const char *suffix; // translated in tickLabel
};

Unit unitFor(double top)
{
    if (top >= 1e12)
        return {1e12, "tn"};
    if (top >= 1e9)
        return {1e9, "bn"};
    if (top >= 1e6)
        return {1e6, "M"};
    if (top >= 1e5)
        return {1e3, "k"};
    return {1, ""};
}

// How many decimals show a step exactly (2.5 needs 1, 0.25 needs 2).
int decimalsFor(double step)
{
    for (int decimals = 0; decimals < 6; ++decimals)
        if (std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) < 1e-6)
            return decimals;
    return 6;
}

} // namespace

QList<double> NiceScale::ticks() const
{
    QList<double> out;
    const int count = int(std::round((max - min) / step));
    for (int i = 0; i <= count; ++i)
        out << min + i * step;
    return out;
}

NiceScale niceScale(double minValue, double maxValue, int maxTicks, bool wholeSteps)
{
    NiceScale scale;
    const double low = std::min(0.0, minValue);
    const double high = std::max(0.0, maxValue);
    if (!(high > low) || !std::isfinite(high - low))
        return scale; // nothing to show: 0 to 1
    scale.step = niceStep((high - low) / std::max(1, maxTicks - 1), wholeSteps);
    scale.min = std::floor(low / scale.step) * scale.step;
    scale.max = std::ceil(high / scale.step) * scale.step;
    if (scale.max <= scale.min)
        scale.max = scale.min + scale.step;
    return scale;
}

QString tickLabel(double value, const NiceScale &scale, const QLocale &locale)
{
    const Unit unit = unitFor(std::max(std::abs(scale.min), std::abs(scale.max)));
    const double shown = value / unit.divisor;
    const int decimals = decimalsFor(scale.step / unit.divisor);
    QString text = locale.toString(std::abs(shown) < 1e-12 ? 0.0 : shown, 'f', decimals);
    if (unit.divisor == 1e12)
        text = ChartText::tr("%1tn", "million millions on a chart axis").arg(text);
    else if (unit.divisor == 1e9)
        text = ChartText::tr("%1bn", "thousand millions on a chart axis").arg(text);
    else if (unit.divisor == 1e6)
        text = ChartText::tr("%1M", "millions on a chart axis").arg(text);
    else if (unit.divisor == 1e3)
        text = ChartText::tr("%1k", "thousands on a chart axis").arg(text);
    return text;
}

QCategoryAxis *niceValueAxis(double minValue, double maxValue, const QString &title, const QLocale &locale, bool wholeSteps)
{
    const NiceScale scale = niceScale(minValue, maxValue, 6, wholeSteps);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(scale.min, scale.max);
    axis->setStartValue(scale.min);
    for (const double tick : scale.ticks())
        axis->append(tickLabel(tick, scale, locale), tick);
    axis->setTitleText(title);
    return axis;
}

double timePosition(QDate date)
{
    return double(QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

QCategoryAxis *monthAxis(QDate first, QDate last, const QString &title, int maxLabels)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QDate start(first.year(), first.month(), 1);
    const QDate end = last.addDays(1);
    const int months = (end.year() - start.year()) * 12 + end.month() - start.month() + 1;
    int every = 12;
    for (const int candidate : {1, 2, 3, 6, 12})
        if (months / candidate + 1 <= maxLabels) {
            every = candidate;
            break;
        }
    if (months / every + 1 > maxLabels)
        every = 12 * ((months / 12) / maxLabels + 1);
    // Aligned to the calendar: quarters start in Jan/Apr/Jul/Oct, years in January.
    QDate tick = start;
    while ((tick.month() - 1) % std::min(every, 12) != 0)
        tick = tick.addMonths(1);
    axis->setRange(timePosition(start), timePosition(end));
    axis->setStartValue(timePosition(start));
    for (; tick <= end; tick = tick.addMonths(every))
        axis->append(every >= 12 ? tick.toString(QStringLiteral("yyyy")) : tick.toString(QStringLiteral("yyyy-MM")), timePosition(tick));
    axis->setTitleText(title);
    return axis;
}

} // namespace rd::ui
