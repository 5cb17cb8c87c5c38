#pragma once

#include "money/decimal.h"
#include "money/decimalsum.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <string>

namespace rd {

// An amount converted into the base currency, held exactly as a fraction.
//
// Dividing by an exchange rate rarely gives a finite decimal (1 / 3 NOK), so
// converted amounts stay fractions through every sum and comparison. The one
// rounding rule is applied only when a value is shown: half to even at the
// requested number of decimals.
class ExactAmount
{
public:
    using Integer = boost::multiprecision::cpp_int;
    using Fraction = boost::multiprecision::cpp_rational;

    ExactAmount() = default;
    explicit ExactAmount(Fraction value) : m_value(std::move(value)) {}
    static ExactAmount fromDecimal(const Decimal &value);
    static ExactAmount fromSum(const DecimalSum &value);
    // amount / rate, where the rate quotes units of the amount's currency per base unit.
    static ExactAmount converted(const DecimalSum &amount, const Decimal &rate);

    const Fraction &value() const { return m_value; }
    bool isZero() const { return m_value == 0; }
    bool isNegative() const { return m_value < 0; }

    ExactAmount &operator+=(const ExactAmount &other) { m_value += other.m_value; return *this; }
    friend ExactAmount operator+(ExactAmount a, const ExactAmount &b) { return a += b; }
    friend bool operator==(const ExactAmount &a, const ExactAmount &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const ExactAmount &a, const ExactAmount &b) { return a.m_value != b.m_value; }
    friend bool operator<(const ExactAmount &a, const ExactAmount &b) { return a.m_value < b.m_value; }

    // Rounded half to even to `decimals` (0 or more) places, as plain decimal text.
    std::string toString(int decimals) const;
    // True when the value has a finite decimal form of at most `decimals` places.
    bool isExactAt(int decimals) const;

private:
    Fraction m_value;
};

// Half-to-even rounding of numerator / denominator (denominator > 0) to an integer.
ExactAmount::Integer roundHalfEven(const ExactAmount::Integer &numerator, const ExactAmount::Integer &denominator);

// Formats value × 10^-scale (value already rounded to an integer) as decimal text.
std::string formatScaled(const ExactAmount::Integer &value, int scale);

} // namespace rd
