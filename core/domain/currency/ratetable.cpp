#include "ratetable.h"

namespace rd {
namespace {

// 10^20: one unit in a Decimal's mantissa.
constexpr Decimal::Mantissa kOneMantissa = Decimal::Mantissa(10'000'000'000) * 10'000'000'000;

} // namespace

void RateTable::add(const RateQuote &quote)
{
    m_quotes[quote.currency][quote.date] = quote.rate;
}

std::optional<RateQuote> RateTable::inForce(const QString &currency, const QDate &date) const
{
    if (currency == m_base)
        return RateQuote{currency, date, Decimal::fromMantissa(Decimal::Mantissa(1) * kOneMantissa)};
    const auto quotes = m_quotes.find(currency);
    if (quotes == m_quotes.end() || !date.isValid())
        return std::nullopt;
    auto after = quotes->second.upper_bound(date);
    if (after == quotes->second.begin())
        return std::nullopt;
    const auto latest = std::prev(after);
    if (latest->first.daysTo(date) > kMaxAgeDays)
        return std::nullopt;
    return RateQuote{currency, latest->first, latest->second};
}

} // namespace rd
