#include "remittancemonitor.h"

#include "currency/exchangerates.h"
#include "money/decimalsum.h"
#include "storage/database.h"
#include "db/sqlerror.h"
#include "util/isotime.h"

#include <QSqlQuery>
#include <QVariant>

namespace rd {
Expected<MonitorSnapshot> RemittanceMonitor::snapshot(const QDateTime &now, int spanHours, const AlertThresholds &thresholds)
{
    using Result = Expected<MonitorSnapshot>;
    MonitorSnapshot s;
    s.to = isotime::hourOf(now).addSecs(3600);
    s.from = s.to.addSecs(-qint64(spanHours) * 3600);
    for (QDateTime h = s.from; h < s.to; h = h.addSecs(3600))
        s.hours << isotime::hourText(h);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT marketplace, hour, status, count(*) FROM remittances WHERE hour >= ? AND hour < ? GROUP BY 1, 2, 3"));
    q.addBindValue(isotime::hourText(s.from));
    q.addBindValue(isotime::hourText(s.to));
    if (!q.exec())
        return Result::failure(sqlError(q));
    int succeeded = 0, settledBad = 0;
    while (q.next()) {
        const QString status = q.value(2).toString();
        const int n = q.value(3).toInt();
        s.counts[q.value(0).toString()][q.value(1).toString()][status] += n;
        if (status == QLatin1String("succeeded"))
            succeeded += n;
        else if (status == QLatin1String("failed") || status == QLatin1String("dead_letter"))
            settledBad += n;
    }
    if (succeeded + settledBad > 0)
        s.successRate = double(succeeded) / double(succeeded + settledBad);

    if (!q.exec(QStringLiteral("SELECT status, count(*), min(updated_at) FROM remittances WHERE status IN ('failed', 'dead_letter') GROUP BY status")))
        return Result::failure(sqlError(q));
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("failed")) {
            s.failed = q.value(1).toInt();
        } else {
            s.deadLetters = q.value(1).toInt();
            s.oldestDeadLetterSeconds = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).secsTo(now);
        }
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM remittances WHERE status IN ('in_progress', 'sent') AND updated_at < ?"));
    q.addBindValue(isotime::text(now.addSecs(-thresholds.stuckAfterSeconds)));
    if (!q.exec() || !q.next())
        return Result::failure(sqlError(q));
    s.stuck = q.value(0).toInt();

    // Pending value: exact, converted at today's rates where the metric is a currency.
    auto rates = ExchangeRates(m_db).table();
    if (!rates)
        return Result::failure(rates.error());
    s.baseCurrency = rates->base();
    if (!q.exec(QStringLiteral("SELECT metric, value FROM remittances WHERE status = 'pending'")))
        return Result::failure(sqlError(q));
    while (q.next()) {
        const QString metric = q.value(0).toString();
        const auto value = DecimalSum::fromString(q.value(1).toString().toStdString());
        if (!value) {
            ++s.pendingNotConverted;
            continue;
        }
        if (metric == s.baseCurrency) {
            s.pendingBase += ExactAmount::fromSum(*value);
            continue;
        }
        const auto rate = rates->inForce(metric, now.date());
        if (!rate) {
            ++s.pendingNotConverted;
            continue;
        }
        s.pendingBase += ExactAmount::converted(*value, rate->rate);
    }
    if (s.successRate && 1.0 - *s.successRate > thresholds.failureRate)
        s.alerts << tr("%1% of the remittances settled in the last %n hour(s) failed", nullptr, spanHours).arg(qRound((1.0 - *s.successRate) * 100));
    if (s.stuck >= thresholds.stuck)
        s.alerts << tr("%n remittance(s) stuck without an answer", nullptr, s.stuck);
    if (s.oldestDeadLetterSeconds && *s.oldestDeadLetterSeconds > thresholds.deadLetterAgeSeconds)
        s.alerts << tr("a dead letter has waited %n minute(s)", nullptr, int(*s.oldestDeadLetterSeconds / 60));
    return s;
}

Expected<QList<RemittanceRow>> RemittanceMonitor::list(const RemittanceFilter &filter)
{
    QString sql = QStringLiteral("SELECT id, marketplace, account, product, metric, hour, value, status, coalesce(error_code, ''), "
                                 "coalesce(note, ''), correlation_id, attempts, updated_at, idempotency_key FROM remittances WHERE 1");
    QVariantList bindings;
    for (const auto &[value, clause] : {std::pair{&filter.status, " AND status = ?"}, std::pair{&filter.marketplace, " AND marketplace = ?"},
                                        std::pair{&filter.fromHour, " AND hour >= ?"}, std::pair{&filter.toHour, " AND hour < ?"}})
        if (!value->isEmpty()) {
            sql += QLatin1String(clause);
            bindings << *value;
        }
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY hour DESC, id DESC") : QStringLiteral(" ORDER BY hour, id");
    sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec())
        return Expected<QList<RemittanceRow>>::failure(sqlError(q));
    QList<RemittanceRow> rows;
    while (q.next()) {
        RemittanceRow row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                          q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                          q.value(10).toString(), q.value(13).toString(), q.value(11).toInt(),
                          QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs)};
        rows << row;
    }
    return rows;
}

Expected<QStringList> RemittanceMonitor::marketplaces()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT marketplace FROM remittances ORDER BY 1")))
        return Expected<QStringList>::failure(sqlError(q));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Expected<QList<AttemptRow>> RemittanceMonitor::attempts(qint64 remittanceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT at, http_status, error_code, message, latency_ms FROM remittance_attempts WHERE remittance_id = ? ORDER BY id"));
    q.addBindValue(remittanceId);
    if (!q.exec())
        return Expected<QList<AttemptRow>>::failure(sqlError(q));
    QList<AttemptRow> rows;
    while (q.next())
        rows << AttemptRow{QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs),
                           q.value(1).isNull() ? std::nullopt : std::optional<int>(q.value(1).toInt()), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).isNull() ? std::nullopt : std::optional<qint64>(q.value(4).toLongLong())};
    return rows;
}

Expected<QList<QStringList>> RemittanceMonitor::audit(int limit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT at, who, action, coalesce(detail, '') FROM remittance_audit ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Expected<QList<QStringList>>::failure(sqlError(q));
    QList<QStringList> rows;
    while (q.next())
        rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return rows;
}

} // namespace rd
