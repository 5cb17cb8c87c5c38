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

private:
    QHash<qint64, Integer> m_factors;
    Integer m_denominator = 1;
};

} // namespace rd
