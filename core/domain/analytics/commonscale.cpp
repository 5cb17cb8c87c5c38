#include "commonscale.h"

#include <boost/integer/common_factor_rt.hpp>

#include <optional>

namespace rd {

CommonScale::CommonScale(const QList<SelectedDsr> &dsrs)
{
    QHash<qint64, Integer> rates;
    for (const SelectedDsr &dsr : dsrs) {
        if (!dsr.rate)
            continue;
        const Integer r = Integer(DecimalSum::Accumulator(dsr.rate->rate.mantissa()).str());
        rates.insert(dsr.id, r);
        m_inverseRates.insert(dsr.id, 1.0 / static_cast<double>(dsr.rate->rate.mantissa()));
        m_denominator = boost::multiprecision::lcm(m_denominator, r);
    }
    for (auto it = rates.cbegin(); it != rates.cend(); ++it)
        m_factors.insert(it.key(), m_denominator / it.value());
}

CommonScale::Integer CommonScale::numerator(qint64 dsrId, const DecimalSum &reported) const
{
    if (const auto mantissa = reported.narrowed())
        return numerator(dsrId, *mantissa);
    return Integer(reported.raw().str()) * m_factors.value(dsrId);
}

CommonScale::Integer CommonScale::numerator(qint64 dsrId, Decimal::Mantissa reported) const
{
    Integer value;
    const bool negative = reported < 0;
    auto magnitude = negative ? -static_cast<unsigned __int128>(reported) : static_cast<unsigned __int128>(reported);
    value = static_cast<std::uint64_t>(magnitude >> 64);
    value <<= 64;
    value += static_cast<std::uint64_t>(magnitude);
    if (negative)
        value = -value;
    return value * m_factors.value(dsrId);
}

double CommonScale::approximate(qint64 dsrId, const DecimalSum &reported) const
{
    return approximate(dsrId, reported.approximateMantissa());
}

ExactAmount CommonScale::amount(const Integer &numerator) const
{
    return ExactAmount(ExactAmount::Fraction(numerator, m_denominator));
}

} // namespace rd
