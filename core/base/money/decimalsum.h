#pragma once

#include "decimal.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace rd {

// An exact running total of Decimals. The 256-bit accumulator cannot
// overflow before 10^56 in value, which no sum of 10^18-bounded rows reaches.
class DecimalSum
{
public:
    using Accumulator = boost::multiprecision::checked_int256_t;

    void add(const Decimal &value) { m_total += value.mantissa(); }
    void add(const DecimalSum &other) { m_total += other.m_total; }

    const Accumulator &raw() const { return m_total; }
    static DecimalSum fromRaw(const Accumulator &raw) { DecimalSum sum; sum.m_total = raw; return sum; }
    bool isZero() const { return m_total.is_zero(); }

    std::string toString() const;            // canonical, like Decimal::toString()
    std::string toString(int decimals) const; // rounded half to even
    static std::optional<DecimalSum> fromString(std::string_view text);
    // The sum as a Decimal mantissa when it fits one (nearly every sum does, and
    // there the arithmetic is native); nullopt when it does not.
    std::optional<Decimal::Mantissa> narrowed() const;
    // The mantissa as a double: for charts and rankings, never for totals.
    double approximateMantissa() const;

    friend bool operator==(const DecimalSum &a, const DecimalSum &b) { return a.m_total == b.m_total; }

private:
    Accumulator m_total = 0;
};

} // namespace rd
