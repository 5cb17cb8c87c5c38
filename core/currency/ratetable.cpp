#include "ratetable.h"

namespace rd {

void RateTable::add(const RateQuote &quote)
{
    m_quotes[quote.currency][quote.date] = quote.rate;
}

std::optional<RateQuote> RateTable::inForce(const QString &currency, const QDate &date) const
{
    if (currency == m_base) {
        Decimal one;
        Decimal::parse("1", one);
        return RateQuote{currency, date, one};
    }
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
