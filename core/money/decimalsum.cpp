#include "decimalsum.h"

#include "decimalformat.h"

namespace rd {

std::string DecimalSum::toString() const
{
    const bool negative = m_total.sign() < 0;
    Accumulator magnitude = negative ? Accumulator(-m_total) : m_total;
    return formatScaledDigits(magnitude.str(), negative, Decimal::kScale, -1);
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
    return formatScaledDigits(magnitude.str(), negative && !magnitude.is_zero(), Decimal::kScale, decimals);
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
