#include "prorata.h"

namespace rd {

int ProRata::precisionOf(Decimal amount)
{
    Decimal::Mantissa m = amount.mantissa() < 0 ? -amount.mantissa() : amount.mantissa();
    int trailingZeros = 0;
    while (m != 0 && m % 10 == 0 && trailingZeros < Decimal::kScale) {
        m /= 10;
        ++trailingZeros;
    }
    if (m == 0)
        return 2;
    return std::max(2, Decimal::kScale - trailingZeros);
}

ProRata::ProRata(Decimal amount, std::int64_t totalWeight)
    : m_total(totalWeight)
    , m_negative(amount.isNegative())
    , m_decimals(precisionOf(amount))
{
    m_unitSize = 1;
    for (int i = m_decimals; i < Decimal::kScale; ++i)
        m_unitSize *= 10;
    const Wide magnitude = m_negative ? -Wide(amount.mantissa()) : Wide(amount.mantissa());
    m_units = magnitude / m_unitSize; // exact: decimals covers the amount's precision
}

Decimal ProRata::next(std::int64_t weight)
{
    m_running += weight;
    const Wide handedOut = m_total > 0 ? m_units * m_running / m_total : Wide(0); // non-negative: floor
    const Wide share = (handedOut - m_handedOut) * m_unitSize;
    m_handedOut = handedOut;
    const auto mantissa = static_cast<Decimal::Mantissa>(share); // a share never exceeds the amount
    return Decimal::fromMantissa(m_negative ? -mantissa : mantissa);
}

} // namespace rd
