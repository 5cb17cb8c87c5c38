#include "ratetables.h"

#include "db/sqlerror.h"
#include "money/decimal.h"
#include "db/database.h"
#include "db/transaction.h"

#include "db/sqlquery.h"
#include <QVariant>

namespace rd {

Expected<QList<StoredRate>> RateTables::list(const QString &base)
{
    using Result = Expected<QList<StoredRate>>;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT currency, date, rate, source FROM exchange_rates WHERE base = ? ORDER BY currency, date"));
    q.addBindValue(base);
    if (!q.exec())
        return Result::failure(sqlError(q));
    QList<StoredRate> rates;
    while (q.next())
        rates << StoredRate{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                            q.value(2).toString(), q.value(3).toString()};
    return rates;
}

Status RateTables::write(const QString &base, const QList<StoredRate> &rates, bool clearFirst)
{
    Transaction transaction(m_db);
    if (!transaction)
        return Status::failure(transaction.error());
    auto failed = [](const SqlQuery &q) { return Status::failure(sqlError(q)); }; // the transaction rolls back
    if (clearFirst) {
        SqlQuery clear(m_db);
        clear.prepare(QStringLiteral("DELETE FROM exchange_rates WHERE base = ?"));
        clear.addBindValue(base);
        if (!clear.exec())
            return failed(clear);
    }
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO exchange_rates (base, currency, date, rate, source) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (base, currency, date) DO UPDATE SET rate = excluded.rate, source = excluded.source"));
    for (const StoredRate &rate : rates) {
        // Stored in Decimal's canonical text, so equal rates compare equal in SQL.
        Decimal value;
        Decimal::parse(rate.rate.toStdString(), value);
        q.addBindValue(base);
        q.addBindValue(rate.currency);
        q.addBindValue(rate.date.toString(Qt::ISODate));
        q.addBindValue(QString::fromStdString(value.toString()));
        q.addBindValue(nullIfEmpty(rate.source));
        if (!q.exec())
            return failed(q);
    }
    return transaction.commit() ? Status() : Status::failure(transaction.error());
}

Status RateTables::remove(const QString &base, const QString &currency, const QDate &date)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM exchange_rates WHERE base = ? AND currency = ? AND date = ?"));
    q.addBindValue(base);
    q.addBindValue(currency);
    q.addBindValue(date.toString(Qt::ISODate));
    return q.exec() ? Status() : Status::failure(sqlError(q));
}

} // namespace rd
