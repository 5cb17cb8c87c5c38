#include "dsrselection.h"

#include "currency/exchangerates.h"
#include "db/database.h"
#include "db/sqlerror.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace rd {
namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

} // namespace

std::optional<ExactAmount> SelectedDsr::amount(const DecimalSum &reported) const
{
    if (!rate)
        return std::nullopt;
    return ExactAmount::converted(reported, rate->rate);
}

QList<const SelectedDsr *> DsrSelection::withoutRate() const
{
    QList<const SelectedDsr *> missing;
    for (const SelectedDsr &dsr : dsrs)
        if (!dsr.convertible())
            missing << &dsr;
    return missing;
}

QString DsrSelection::missingRatesText() const
{
    QStringList parts;
    QSet<QString> seen;
    for (const SelectedDsr *dsr : withoutRate()) {
        const QString part = dsr->currency + QLatin1Char(' ') + dsr->periodEnd.toString(Qt::ISODate);
        if (!seen.contains(part)) {
            seen.insert(part);
            parts << part;
        }
    }
    return parts.join(QLatin1String(", "));
}

Expected<DsrSelection> DsrSelector::select(Database &database, const AnalyticsFilter &filter, Rows rows)
{
    using Result = Expected<DsrSelection>;
    QString sql = QStringLiteral("SELECT id, dsp, offer, territory, currency, period_start, period_end, usages_total, "
                                 "revenue_total, sha256 FROM dsrs WHERE status = 'ingested' AND retention %1 'purged'")
                      .arg(rows == Rows::Held ? QLatin1String("<>") : QLatin1String("="));
    QVariantList bindings;
    auto inList = [&](const char *column, const QStringList &values) {
        if (values.isEmpty())
            return;
        sql += QStringLiteral(" AND %1 IN (%2)").arg(QLatin1String(column), placeholders(values.size()));
        for (const QString &v : values)
            bindings << v;
    };
    inList("territory", filter.territories);
    inList("dsp", filter.dsps);
    inList("offer", filter.offers);
    if (!filter.inBaseCurrency())
        inList("currency", {filter.currency});
    if (filter.periodFrom.isValid()) {
        sql += QStringLiteral(" AND period_start >= ?");
        bindings << filter.periodFrom.toString(Qt::ISODate);
    }
    if (filter.periodTo.isValid()) {
        sql += QStringLiteral(" AND period_end <= ?");
        bindings << filter.periodTo.toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY id");

    // In an original currency every selected DSR is in it: an empty table with
    // that currency as its base converts them at 1.
    DsrSelection selection;
    RateTable rates(filter.currency);
    if (filter.inBaseCurrency()) {
        auto table = ExchangeRates(database).table();
        if (!table)
            return Result::failure(table.error());
        rates = std::move(table.value());
    }
    selection.displayCurrency = rates.base();

    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        return Result::failure(sqlError(q));
    while (q.next()) {
        SelectedDsr dsr;
        dsr.id = q.value(0).toLongLong();
        dsr.dsp = q.value(1).toString();
        dsr.offer = q.value(2).toString();
        dsr.territory = q.value(3).toString();
        dsr.currency = q.value(4).toString();
        dsr.periodStart = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        dsr.periodEnd = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        dsr.usages = q.value(7).toLongLong();
        dsr.sha256 = q.value(9).toString();
        dsr.revenue = DecimalSum::fromString(q.value(8).toString().toStdString()).value_or(DecimalSum());
        dsr.rate = rates.inForce(dsr.currency, dsr.periodEnd);
        selection.dsrs << dsr;
    }
    return selection;
}

Expected<DsrSelector::Dimensions> DsrSelector::dimensions(Database &database)
{
    using Result = Expected<Dimensions>;
    Dimensions d;
    QSqlQuery q(database.connection());
    const struct
    {
        const char *column;
        QStringList *out;
    } lists[] = {{"territory", &d.territories}, {"dsp", &d.dsps}, {"offer", &d.offers}, {"currency", &d.currencies}};
    for (const auto &list : lists) {
        if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM dsrs WHERE status = 'ingested' ORDER BY 1").arg(QLatin1String(list.column))))
            return Result::failure(sqlError(q));
        while (q.next())
            *list.out << q.value(0).toString();
    }
    if (!q.exec(QStringLiteral("SELECT min(period_start), max(period_end) FROM dsrs WHERE status = 'ingested'")))
        return Result::failure(sqlError(q));
    if (q.next()) {
        d.firstPeriod = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        d.lastPeriod = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    }
    return d;
}

} // namespace rd
