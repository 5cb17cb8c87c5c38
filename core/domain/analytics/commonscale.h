#pragma once

#include "analytics/dsrselection.h"
#include "money/exactamount.h"

#include <QHash>

namespace rd {

// Puts the converted amounts of DSRs with different rates over one common
// denominator, so that sums and comparisons of millions of them are integer
// arithmetic instead of fractions reduced at every step.
//
// amount / rate = m / r for mantissas m (amount) and r (rate); with
// D = lcm of the r, that is m × (D / r) / D.
class CommonScale
{
public:
    using Integer = ExactAmount::Integer;

    explicit CommonScale(const QList<SelectedDsr> &dsrs); // DSRs without a rate are left out
    bool covers(qint64 dsrId) const { return m_factors.contains(dsrId); }
    Integer numerator(qint64 dsrId, const DecimalSum &reported) const;
    Integer numerator(qint64 dsrId, Decimal::Mantissa reported) const;
    ExactAmount amount(const Integer &numerator) const;
    const Integer &denominator() const { return m_denominator; }

    // The converted amount as a double, for ranking millions of sums before
    // the few that matter are settled exactly. Each such term is within 5
    // units in the last place of the exact value, so a sum of at most 10^6 of
    // them is within kApproximationError × (the sum of their magnitudes).
    double approximate(qint64 dsrId, const DecimalSum &reported) const;
    double approximate(qint64 dsrId, double reportedMantissa) const { return reportedMantissa * inverseRate(dsrId); }
    // What approximate() multiplies a DSR's mantissas by: look it up once per DSR in a loop.
    double inverseRate(qint64 dsrId) const { return m_inverseRates.value(dsrId); }
    static constexpr double kApproximationError = 1e-9;

private:
    QHash<qint64, Integer> m_factors;
    QHash<qint64, double> m_inverseRates; // 1 / rate mantissa: amount mantissa / rate mantissa is base units
    Integer m_denominator = 1;
};

// A sum of terms from CommonScale::approximate, with what bounds its error:
// the exact sum lies within [lower(), upper()].
struct ApproximateSum
{
    double value = 0;
    double magnitude = 0; // the sum of the terms' magnitudes
    void add(double term)
    {
        value += term;
        magnitude += term < 0 ? -term : term;
    }
    void add(const ApproximateSum &other)
    {
        value += other.value;
        magnitude += other.magnitude;
    }
    double lower() const { return value - CommonScale::kApproximationError * magnitude; }
    double upper() const { return value + CommonScale::kApproximationError * magnitude; }
};

} // namespace rd
