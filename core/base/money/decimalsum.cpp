#include "decimalsum.h"

#include "decimalformat.h"

#include <cstdio>
#include <limits>

namespace rd {
namespace {

// Base-10 digits of a non-negative total, 19 at a time. (Boost's own str()
// trips a false -Wrestrict in GCC 12, and this is no slower.)
std::string digitsOf(DecimalSum::Accumulator magnitude)
{
    static const DecimalSum::Accumulator chunk = 10000000000000000000ULL; // 10^19
    std::string digits;
    do {
        const auto part = static_cast<unsigned long long>(magnitude % chunk);
        magnitude /= chunk;
        char buffer[24];
        const int n = magnitude.is_zero() ? std::snprintf(buffer, sizeof buffer, "%llu", part)
                                          : std::snprintf(buffer, sizeof buffer, "%019llu", part);
        digits.insert(0, buffer, static_cast<std::size_t>(n));
    } while (!magnitude.is_zero());
    return digits;
}

} // namespace

std::string DecimalSum::toString() const
{
    const bool negative = m_total.sign() < 0;
    Accumulator magnitude = negative ? Accumulator(-m_total) : m_total;
    return formatScaledDigits(digitsOf(magnitude), negative, Decimal::kScale, -1);
}

std::string DecimalSum::toString(int decimals) const
{
    const bool negative = m_total.sign() < 0;
    Accumulator magnitude = negative ? Accumulator(-m_total) : m_total;
    if (decimals < Decimal::kScale) {
        Accumulator divisor = 1;
        for (int i = 0; i < Decimal::kScale - decimals; ++i)
            divisor *= 10;
        Accumulator quotient = magnitude / divisor;
        const Accumulator remainder = magnitude % divisor;
        const Accumulator twice = remainder * 2;
        if (twice > divisor || (twice == divisor && (quotient & 1) != 0))
            ++quotient;
        magnitude = quotient * divisor;
    }
    return formatScaledDigits(digitsOf(magnitude), negative && !magnitude.is_zero(), Decimal::kScale, decimals);
}

std::optional<Decimal::Mantissa> DecimalSum::narrowed() const
{
    static const Accumulator max(std::numeric_limits<Decimal::Mantissa>::max());
    static const Accumulator min(std::numeric_limits<Decimal::Mantissa>::min());
    if (m_total <= max && m_total >= min)
        return static_cast<Decimal::Mantissa>(m_total);
    return std::nullopt;
}

double DecimalSum::approximateMantissa() const
{
    if (const auto mantissa = narrowed())
        return Decimal::mantissaToDouble(*mantissa);
    return m_total.convert_to<double>();
}

std::optional<DecimalSum> DecimalSum::fromString(std::string_view text)
{
    // Totals are written by toString(), so plain [-]digits[.digits] is enough;
    // anything else is treated as corrupt rather than guessed at.
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    const auto point = text.find('.');
    const std::string_view integerPart = text.substr(0, point);
    const std::string_view fraction = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
    if (integerPart.empty() || fraction.size() > static_cast<size_t>(Decimal::kScale))
        return std::nullopt;
    Accumulator value = 0;
    try {
        for (std::string_view part : {integerPart, fraction}) {
            for (char c : part) {
                if (c < '0' || c > '9')
                    return std::nullopt;
                value = value * 10 + (c - '0');
            }
        }
        for (size_t i = fraction.size(); i < static_cast<size_t>(Decimal::kScale); ++i)
            value *= 10;
    } catch (const std::overflow_error &) {
        return std::nullopt;
    }
    DecimalSum sum;
    sum.m_total = negative ? Accumulator(-value) : value;
    return sum;
}

} // namespace rd
