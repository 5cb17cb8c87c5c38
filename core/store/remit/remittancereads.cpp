// RemittanceTables: the monitor's reads.
#include "remittancetables.h"

#include "db/sqlerror.h"
#include "db/database.h"
#include "util/isotime.h"

#include "db/sqlquery.h"
#include <QVariant>

namespace rd {

Expected<std::map<std::tuple<QString, QString, QString>, int>> RemittanceTables::statusCounts(const QString &fromHour, const QString &toHour)
{
    using Counts = std::map<std::tuple<QString, QString, QString>, int>;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT marketplace, hour, status, count(*) FROM remittances WHERE hour >= ? AND hour < ? GROUP BY 1, 2, 3"));
    q.addBindValue(fromHour);
    q.addBindValue(toHour);
    if (!q.exec())
        return Expected<Counts>::failure(sqlError(q));
    Counts counts;
    while (q.next())
        counts[{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}] = q.value(3).toInt();
    return counts;
}

Expected<RemittanceTables::Unhappy> RemittanceTables::unhappy()
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT status, count(*), min(updated_at) FROM remittances WHERE status IN ('failed', 'dead_letter') GROUP BY status")))
        return Expected<Unhappy>::failure(sqlError(q));
    Unhappy u;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("failed")) {
            u.failed = q.value(1).toInt();
        } else {
            u.deadLetters = q.value(1).toInt();
            u.oldestDeadLetter = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        }
    }
    return u;
}

Expected<int> RemittanceTables::stuckCount(const QDateTime &updatedBefore)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM remittances WHERE status IN ('in_progress', 'sent') AND updated_at < ?"));
    q.addBindValue(isotime::text(updatedBefore));
    if (!q.exec() || !q.next())
        return Expected<int>::failure(sqlError(q));
    return q.value(0).toInt();
}

Expected<QList<std::pair<QString, QString>>> RemittanceTables::pendingValues()
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT metric, value FROM remittances WHERE status = 'pending'")))
        return Expected<QList<std::pair<QString, QString>>>::failure(sqlError(q));
    QList<std::pair<QString, QString>> values;
    while (q.next())
        values.append({q.value(0).toString(), q.value(1).toString()});
    return values;
}

Expected<QList<RemittanceRow>> RemittanceTables::list(const RemittanceFilter &filter)
{
    QString sql = QStringLiteral("SELECT id, marketplace, account, product, metric, hour, value, status, coalesce(error_code, ''), "
                                 "coalesce(note, ''), correlation_id, attempts, updated_at, idempotency_key FROM remittances WHERE 1 = 1");
    QVariantList bindings;
    for (const auto &[value, clause] : {std::pair{&filter.status, " AND status = ?"}, std::pair{&filter.marketplace, " AND marketplace = ?"},
                                        std::pair{&filter.fromHour, " AND hour >= ?"}, std::pair{&filter.toHour, " AND hour < ?"}})
        if (!value->isEmpty()) {
            sql += QLatin1String(clause);
            bindings << *value;
        }
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY hour DESC, id DESC") : QStringLiteral(" ORDER BY hour, id");
    sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    SqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec())
        return Expected<QList<RemittanceRow>>::failure(sqlError(q));
    QList<RemittanceRow> rows;
    while (q.next())
        rows << RemittanceRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                              q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                              q.value(10).toString(), q.value(13).toString(), q.value(11).toInt(),
                              QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs)};
    return rows;
}

Expected<QStringList> RemittanceTables::marketplaces()
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT marketplace FROM remittances ORDER BY 1")))
        return Expected<QStringList>::failure(sqlError(q));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Expected<QList<AttemptRow>> RemittanceTables::attempts(qint64 remittanceId)
{
    SqlQuery q(m_db);
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

Expected<QList<QStringList>> RemittanceTables::auditLog(int limit)
{
    SqlQuery q(m_db);
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
