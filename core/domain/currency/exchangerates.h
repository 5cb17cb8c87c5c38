#pragma once

#include "currency/ratetable.h"
#include "currency/storedrate.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rd {

class Database;

// What a rates file held: its quotes, and how many lines quoted the base
// currency at exactly 1 (published sheets often list it; it is a no-op).
struct RatesFile
{
    QList<StoredRate> rates;
    int baseCurrencyLines = 0;
};

// The base currency setting and the exchange-rate table, stored with the data
// so that the GUI and the CLI convert alike. Rates are kept per base: changing
// the base switches to that base's quotes.
class ExchangeRates
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRates)

public:
    static constexpr const char *kDefaultBase = "EUR";

    explicit ExchangeRates(Database &database);

    Expected<QString> baseCurrency();
    Status setBaseCurrency(const QString &code);

    Expected<QList<StoredRate>> list();
    // Adds or replaces the quote of (currency, date) for the current base.
    Status put(const StoredRate &rate);
    Status remove(const QString &currency, const QDate &date);
    // Replaces the whole table of the current base in one transaction.
    Status replaceAll(const QList<StoredRate> &rates);

    // Imports a `date,currency,rate` CSV for the current base, all or nothing.
    // Returns the quotes added or replaced, and the base-currency lines passed over.
    Expected<RatesFile> importCsv(const QString &path);

    Expected<RateTable> table();

    struct Problem
    {
        QString field; // "currency" or "rate"
        QString message;
    };
    // Checks one quote against the base; nullopt when it is valid.
    static std::optional<Problem> validate(const QString &base, const StoredRate &rate);
    // The base currency quoted at exactly 1: a line to pass over, not a rate.
    static bool isBaseAtOne(const QString &base, const StoredRate &rate);

private:
    Expected<QList<StoredRate>> listFor(const QString &base);
    Status putAll(const QList<StoredRate> &rates, const QString &base, bool clearFirst);

    Database &m_db;
};

} // namespace rd
