#include "exactamount.h"

#include "money/decimalformat.h"

namespace rd {
namespace {

using Integer = ExactAmount::Integer;

const Integer &pow10(int exponent)
{
    static const std::vector<Integer> powers = [] {
        std::vector<Integer> p(80);
        p[0] = 1;
        for (std::size_t i = 1; i < p.size(); ++i)
            p[i] = p[i - 1] * 10;
        return p;
    }();
    return powers.at(static_cast<std::size_t>(exponent));
}

Integer toInteger(const DecimalSum::Accumulator &raw)
{
    return Integer(raw.str());
}

} // namespace

ExactAmount ExactAmount::fromDecimal(const Decimal &value)
{
    DecimalSum sum;
    sum.add(value);
    return fromSum(sum);
}

ExactAmount ExactAmount::fromSum(const DecimalSum &value)
{
    return ExactAmount(Fraction(toInteger(value.raw()), pow10(Decimal::kScale)));
}

ExactAmount ExactAmount::converted(const DecimalSum &amount, const Decimal &rate)
{
    // (m / 10^20) / (r / 10^20) = m / r
    const Integer r = toInteger(DecimalSum::Accumulator(rate.mantissa()));
    return ExactAmount(Fraction(toInteger(amount.raw()), r));
}

Integer roundHalfEven(const Integer &numerator, const Integer &denominator)
{
    Integer quotient, remainder;
    boost::multiprecision::divide_qr(numerator, denominator, quotient, remainder);
    // Truncation is toward zero; step away from zero when past (or at, and odd) half.
    const Integer twice = abs(remainder) * 2;
    if (twice > denominator || (twice == denominator && (quotient & 1) != 0))
        quotient += numerator < 0 ? -1 : 1;
    return quotient;
}

std::string formatScaled(const Integer &value, int scale)
{
    std::string digits = Integer(abs(value)).str();
    return formatScaledDigits(std::move(digits), value < 0, scale, scale);
}

std::string ExactAmount::toString(int decimals) const
{
    const Integer scaled = roundHalfEven(numerator(m_value) * pow10(decimals), denominator(m_value));
    return formatScaled(scaled, decimals);
}

bool ExactAmount::isExactAt(int decimals) const
{
    return (numerator(m_value) * pow10(decimals)) % denominator(m_value) == 0;
}

} // namespace rd
