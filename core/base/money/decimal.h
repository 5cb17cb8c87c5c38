#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace rd {

// An exact decimal amount: a 128-bit integer count of 10^-20 units.
//
// Twenty fractional digits hold every value of the sample DSRs (up to 19
// decimals) exactly, and the integer part reaches ±1.7e18, far above any
// single royalty line. Values with more than 20 decimals are rounded half to
// even by parse(), which reports that it rounded so the caller can warn.
class Decimal
{
public:
    using Mantissa = __int128;
    static constexpr int kScale = 20;

    enum class ParseResult { Exact, Rounded, Malformed, OutOfRange };

    constexpr Decimal() = default;
    static constexpr Decimal fromMantissa(Mantissa m) { Decimal d; d.m_mantissa = m; return d; }

    // Accepts [+-]digits[.digits][(e|E)[+-]digits] with at least one digit in
    // the significand, e.g. "12", "-0.5", ".5", "2.220446049250313e-16".
    static ParseResult parse(std::string_view text, Decimal &out);

    // Canonical text: no exponent, no trailing fractional zeros, "0" for zero.
    std::string toString() const;
    // Writes the canonical text into out (at least kMaxChars bytes) without
    // allocating; returns its length. The import hot path uses this.
    static constexpr int kMaxChars = 48;
    int toChars(char *out) const;
    // Fixed number of decimals, rounded half to even (used only for display).
    std::string toString(int decimals) const;

    Decimal roundedTo(int decimals) const;
    constexpr Mantissa mantissa() const { return m_mantissa; }
    // A mantissa as a double within one unit in the last place: |m| converts
    // in two exact 64-bit halves, where a correctly rounded conversion of a
    // 128-bit integer goes through a slow library routine. For ranking
    // millions of sums approximately (see CommonScale::approximate).
    static double mantissaToDouble(Mantissa m)
    {
        const bool negative = m < 0;
        const auto magnitude = negative ? -static_cast<unsigned __int128>(m) : static_cast<unsigned __int128>(m);
        const double d = static_cast<double>(std::uint64_t(magnitude >> 64)) * 18446744073709551616.0 // 2^64
            + static_cast<double>(std::uint64_t(magnitude));
        return negative ? -d : d;
    }
    constexpr bool isZero() const { return m_mantissa == 0; }
    constexpr bool isNegative() const { return m_mantissa < 0; }

    // Returns false on overflow and leaves *this unchanged.
    bool addChecked(const Decimal &other);

    friend constexpr bool operator==(const Decimal &a, const Decimal &b) { return a.m_mantissa == b.m_mantissa; }
    friend constexpr bool operator!=(const Decimal &a, const Decimal &b) { return a.m_mantissa != b.m_mantissa; }
    friend constexpr bool operator<(const Decimal &a, const Decimal &b) { return a.m_mantissa < b.m_mantissa; }

private:
    Mantissa m_mantissa = 0;
};

const char *toString(Decimal::ParseResult result);

} // namespace rd
