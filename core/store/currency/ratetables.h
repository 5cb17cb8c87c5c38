#pragma once

#include "currency/storedrate.h"
#include "util/expected.h"

#include <QList>

namespace rd {

class Database;

// Owner of `exchange_rates`: the quotes of every base currency. ExchangeRates
// (domain) validates what goes in and turns it into a RateTable.
class RateTables
{
public:
    explicit RateTables(Database &database) : m_db(database) {}

    // The base's quotes, by currency and date.
    Expected<QList<StoredRate>> list(const QString &base);
    // Adds or replaces each (currency, date) quote of the base in one transaction;
    // with clearFirst the base's other quotes go in the same transaction.
    Status write(const QString &base, const QList<StoredRate> &rates, bool clearFirst);
    Status remove(const QString &base, const QString &currency, const QDate &date);

private:
    Database &m_db;
};

} // namespace rd
