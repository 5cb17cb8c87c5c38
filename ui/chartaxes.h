#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

class QAbstractAxis;
class QCategoryAxis;

namespace rd::ui {

// Ticks an accountant reads at a glance: steps of 1, 2, 2.5 or 5 × 10ⁿ from
// zero (or below, for negatives) up past the largest value.
struct NiceScale
{
    double min = 0;
    double max = 1;
    double step = 1;
    QList<double> ticks() const;
};
// wholeSteps: for counts, never a step below 1 nor a fractional one (no 2.5 remittances).
NiceScale niceScale(double minValue, double maxValue, int maxTicks = 6, bool wholeSteps = false);

// One tick's label: grouped in the locale, abbreviated k / M / bn / tn when the
// scale's top reaches them ("2.5M", "1,500", "250k"), with only the decimals
// the step needs.
QString tickLabel(double value, const NiceScale &scale, const QLocale &locale = QLocale());

// A value axis with those ticks and labels, titled (the currency belongs in
// the title: "Revenue (EUR)").
QCategoryAxis *niceValueAxis(double minValue, double maxValue, const QString &title, const QLocale &locale = QLocale(),
                             bool wholeSteps = false);

// A time axis over [first, last]: labels on the first day of months, every
// 1, 2, 3, 6 or 12 months so that at most maxLabels show ("2020-03").
// Positions are QDateTime msecs since the epoch (UTC midnight), as plotted.
QCategoryAxis *monthAxis(QDate first, QDate last, const QString &title, int maxLabels = 8);
double timePosition(QDate date);

} // namespace rd::ui
