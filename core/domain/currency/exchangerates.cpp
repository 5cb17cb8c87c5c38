#include "exchangerates.h"

#include "currency/ratescsv.h"
#include "formats/isocodes.h"
#include "currency/ratetables.h"
#include "storage/booksettings.h"

namespace rd {

ExchangeRates::ExchangeRates(Database &database)
    : m_db(database)
{
}

Expected<QString> ExchangeRates::baseCurrency()
{
    const auto stored = BookSettings(m_db).value(QStringLiteral("base_currency"));
    if (!stored)
        return Expected<QString>::failure(stored.error());
    return stored->value_or(QString::fromLatin1(kDefaultBase));
}

Status ExchangeRates::setBaseCurrency(const QString &code)
{
    if (!iso::isCurrency(code))
        return Status::failure(tr("\"%1\" is not an ISO 4217 currency code").arg(code));
    return BookSettings(m_db).setValue(QStringLiteral("base_currency"), code);
}

bool ExchangeRates::isBaseAtOne(const QString &base, const StoredRate &rate)
{
    Decimal value, one;
    Decimal::parse("1", one);
    return rate.currency == base && Decimal::parse(rate.rate.trimmed().toStdString(), value) == Decimal::ParseResult::Exact
           && value == one;
}

std::optional<ExchangeRates::Problem> ExchangeRates::validate(const QString &base, const StoredRate &rate)
{
    if (!iso::isCurrency(rate.currency))
        return Problem{QStringLiteral("currency"), tr("\"%1\" is not an ISO 4217 currency code").arg(rate.currency)};
    if (rate.currency == base)
        return Problem{QStringLiteral("rate"), tr("%1 is the base currency; its rate can only be 1, not %2").arg(base, rate.rate)};
    Decimal value;
    const auto parsed = Decimal::parse(rate.rate.toStdString(), value);
    if (parsed != Decimal::ParseResult::Exact)
        return Problem{QStringLiteral("rate"), tr("\"%1\" is not an exact decimal number").arg(rate.rate)};
    if (value.isNegative() || value.isZero())
        return Problem{QStringLiteral("rate"), tr("%1 is not a positive rate").arg(rate.rate)};
    return std::nullopt;
}

Expected<QList<StoredRate>> ExchangeRates::list()
{
    const auto base = baseCurrency();
    return base ? listFor(*base) : Expected<QList<StoredRate>>::failure(base.error());
}

Expected<QList<StoredRate>> ExchangeRates::listFor(const QString &base)
{
    return RateTables(m_db).list(base);
}

Status ExchangeRates::putAll(const QList<StoredRate> &rates, const QString &base, bool clearFirst)
{
    for (const StoredRate &rate : rates)
        if (const auto problem = validate(base, rate))
            return Status::failure(tr("%1 on %2: %3").arg(rate.currency, rate.date.toString(Qt::ISODate), problem->message));
    return RateTables(m_db).write(base, rates, clearFirst);
}

Status ExchangeRates::put(const StoredRate &rate)
{
    const auto base = baseCurrency();
    return base ? putAll({rate}, *base, false) : Status::failure(base.error());
}

Status ExchangeRates::replaceAll(const QList<StoredRate> &rates)
{
    const auto base = baseCurrency();
    return base ? putAll(rates, *base, true) : Status::failure(base.error());
}

Status ExchangeRates::remove(const QString &currency, const QDate &date)
{
    const auto base = baseCurrency();
    if (!base)
        return Status::failure(base.error());
    return RateTables(m_db).remove(*base, currency, date);
}

Expected<RatesFile> ExchangeRates::importCsv(const QString &path)
{
    using Result = Expected<RatesFile>;
    const auto base = baseCurrency();
    if (!base)
        return Result::failure(base.error());
    const auto file = RatesCsv::read(path, *base);
    if (!file)
        return Result::failure(file.error());
    if (const Status s = putAll(file->rates, *base, false); !s)
        return Result::failure(s.error());
    return *file;
}

Expected<RateTable> ExchangeRates::table()
{
    const auto base = baseCurrency();
    if (!base)
        return Expected<RateTable>::failure(base.error());
    const auto rates = listFor(*base);
    if (!rates)
        return Expected<RateTable>::failure(rates.error());
    RateTable table(*base);
    for (const StoredRate &rate : *rates) {
        Decimal value;
        Decimal::parse(rate.rate.toStdString(), value);
        table.add({rate.currency, rate.date, value});
    }
    return table;
}

} // namespace rd
