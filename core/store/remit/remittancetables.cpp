#include "remittancetables.h"

#include "db/sqlerror.h"
#include "db/database.h"
#include "util/isotime.h"

#include "db/sqlquery.h"
#include <QVariant>

namespace rd {
namespace {

QString stamp(const QDateTime &at) { return isotime::text(at); }
QString nowStamp() { return isotime::text(QDateTime::currentDateTimeUtc()); }

// The ids are numbers we format ourselves.
QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

QString marks(qsizetype n)
{
    QStringList out;
    for (qsizetype i = 0; i < n; ++i)
        out << QStringLiteral("?");
    return out.join(QLatin1Char(','));
}

} // namespace

RemittanceTables::RemittanceTables(Database &database) : m_db(database) {}
RemittanceTables::~RemittanceTables() = default;

// Runs a statement with its bindings; the query keeps the result for the caller to read.
static bool run(SqlQuery &q, const QVariantList &bindings)
{
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    return q.exec();
}

static Expected<int> changed(SqlQuery &q, const QString &sql, const QVariantList &bindings)
{
    q.prepare(sql);
    if (!run(q, bindings))
        return Expected<int>::failure(sqlError(q));
    return q.numRowsAffected();
}

static Status done(SqlQuery &q, const QString &sql, const QVariantList &bindings)
{
    q.prepare(sql);
    return run(q, bindings) ? Status() : Status::failure(sqlError(q));
}

SqlQuery &RemittanceTables::prepared(const char *name, const QString &sql)
{
    auto &slot = m_statements[name];
    if (!slot) {
        slot = std::make_unique<SqlQuery>(m_db);
        slot->prepare(sql);
    }
    return *slot;
}

// ---- the book

Expected<std::optional<RemittanceWindow>> RemittanceTables::window(const UsageEvent &key, const QString &hour)
{
    using Result = Expected<std::optional<RemittanceWindow>>;
    SqlQuery &q = prepared("window", QStringLiteral("SELECT id, status, value, payload IS NOT NULL FROM remittances "
                                                     "WHERE marketplace = ? AND account = ? AND product = ? AND metric = ? AND hour = ?"));
    if (!run(q, {key.marketplace, key.account, key.product, key.metric, hour}))
        return Result::failure(sqlError(q));
    std::optional<RemittanceWindow> found;
    if (q.next())
        found = RemittanceWindow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
    q.finish();
    return found;
}

Expected<qint64> RemittanceTables::createWindow(const UsageEvent &key, const QString &hour, const QString &value, const QString &idempotencyKey,
                                                const QString &correlationId)
{
    SqlQuery &q = prepared("create", QStringLiteral("INSERT INTO remittances (marketplace, account, product, metric, hour, value, status, "
                                                     "idempotency_key, correlation_id, created_at, updated_at) "
                                                     "VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)"));
    const QString now = nowStamp();
    if (!run(q, {key.marketplace, key.account, key.product, key.metric, hour, value, idempotencyKey, correlationId, now, now}))
        return Expected<qint64>::failure(sqlError(q));
    return q.lastInsertId().toLongLong();
}

Expected<bool> RemittanceTables::setOpenValue(qint64 id, const QString &value, const QString &note)
{
    SqlQuery &q = prepared("setOpen", QStringLiteral("UPDATE remittances SET value = ?, note = coalesce(?, note), updated_at = ? "
                                                      "WHERE id = ? AND status = 'pending' AND payload IS NULL"));
    if (!run(q, {value, nullIfEmpty(note), nowStamp(), id}))
        return Expected<bool>::failure(sqlError(q));
    return q.numRowsAffected() == 1;
}

Status RemittanceTables::recordEvent(const UsageEvent &e, const QString &source, qint64 remittanceId)
{
    SqlQuery &q = prepared("event", QStringLiteral("INSERT INTO usage_events (timestamp, marketplace, account, product, metric, value, source, "
                                                    "remittance_id, corrects) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!run(q, {e.timestamp.toUTC().toString(Qt::ISODateWithMs), e.marketplace, e.account, e.product, e.metric,
                 QString::fromStdString(e.value.toString()), source, remittanceId, e.corrects ? QVariant(e.corrects) : QVariant()}))
        return Status::failure(sqlError(q));
    return {};
}

// ---- the sender

Expected<std::optional<QString>> RemittanceTables::senderOwner()
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT owner FROM remittance_sender WHERE id = 1")))
        return Expected<std::optional<QString>>::failure(sqlError(q));
    return q.next() ? std::optional<QString>(q.value(0).toString()) : std::nullopt;
}

Status RemittanceTables::setSenderOwner(const QString &owner, const QDateTime &since)
{
    SqlQuery q(m_db);
    return done(q, QStringLiteral("INSERT INTO remittance_sender (id, owner, since) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                  "owner = excluded.owner, since = excluded.since"),
                {owner, stamp(since)});
}

Status RemittanceTables::releaseSender(const QString &owner)
{
    SqlQuery q(m_db);
    return done(q, QStringLiteral("DELETE FROM remittance_sender WHERE id = 1 AND owner = ?"), {owner});
}

Status RemittanceTables::requeueInFlight(const QString &note, const QDateTime &at)
{
    SqlQuery q(m_db);
    return done(q, QStringLiteral("UPDATE remittances SET status = 'pending', next_attempt_at = NULL, note = ?, updated_at = ? "
                                  "WHERE status IN ('in_progress', 'sent')"),
                {note, stamp(at)});
}

Expected<std::pair<qint64, QString>> RemittanceTables::unsettled(const QStringList &marketplaces)
{
    using Result = Expected<std::pair<qint64, QString>>;
    if (marketplaces.isEmpty())
        return std::pair<qint64, QString>{0, QString()};
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*), min(coalesce(next_attempt_at, '')) FROM remittances WHERE status IN ('pending', 'in_progress', 'sent') "
                             "AND marketplace IN (%1)")
                  .arg(marks(marketplaces.size())));
    QVariantList bindings;
    for (const QString &m : marketplaces)
        bindings << m;
    if (!run(q, bindings) || !q.next())
        return Result::failure(sqlError(q));
    return std::pair<qint64, QString>{q.value(0).toLongLong(), q.value(1).toString()};
}

Expected<QList<DueRemittance>> RemittanceTables::due(const QDateTime &now)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, marketplace, account, product, metric, hour, value, idempotency_key, correlation_id, payload, attempts, status "
                             "FROM remittances WHERE status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY hour, id"));
    if (!run(q, {stamp(now)}))
        return Expected<QList<DueRemittance>>::failure(sqlError(q));
    QList<DueRemittance> due;
    while (q.next())
        due << DueRemittance{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                             q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                             q.value(10).toInt(), q.value(11).toString()};
    return due;
}

Expected<std::optional<DueRemittance>> RemittanceTables::current(qint64 id)
{
    using Result = Expected<std::optional<DueRemittance>>;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status, value, payload, attempts FROM remittances WHERE id = ?"));
    if (!run(q, {id}))
        return Result::failure(sqlError(q));
    if (!q.next())
        return std::optional<DueRemittance>();
    DueRemittance r;
    r.id = id;
    r.status = q.value(0).toString();
    r.value = q.value(1).toString();
    r.payload = q.value(2).toString();
    r.attempts = q.value(3).toInt();
    return std::optional<DueRemittance>(r);
}

Status RemittanceTables::markGratis(qint64 id, const QDateTime &at)
{
    SqlQuery q(m_db);
    return done(q, QStringLiteral("UPDATE remittances SET status = 'gratis', next_attempt_at = NULL, updated_at = ? WHERE id = ?"), {stamp(at), id});
}

Expected<bool> RemittanceTables::claim(qint64 id, const QString &payload, int attempt, const QDateTime &at)
{
    SqlQuery q(m_db);
    const auto n = changed(q, QStringLiteral("UPDATE remittances SET status = 'in_progress', payload = ?, attempts = ?, updated_at = ? "
                                             "WHERE id = ? AND status = 'pending'"),
                           {payload, attempt, stamp(at), id});
    return n ? Expected<bool>(*n == 1) : Expected<bool>::failure(n.error());
}

Expected<qint64> RemittanceTables::addAttempt(qint64 remittanceId, const QDateTime &at)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO remittance_attempts (remittance_id, at) VALUES (?, ?)"));
    if (!run(q, {remittanceId, stamp(at)}))
        return Expected<qint64>::failure(sqlError(q));
    return q.lastInsertId().toLongLong();
}

Status RemittanceTables::markSent(qint64 id, const QDateTime &at)
{
    SqlQuery q(m_db);
    return done(q, QStringLiteral("UPDATE remittances SET status = 'sent', updated_at = ? WHERE id = ?"), {stamp(at), id});
}

Status RemittanceTables::recordAttemptAnswer(qint64 attemptId, std::optional<int> httpStatus, const QString &errorCode, const QString &message,
                                             qint64 latencyMs)
{
    SqlQuery q(m_db);
    return done(q, QStringLiteral("UPDATE remittance_attempts SET http_status = ?, error_code = ?, message = ?, latency_ms = ? WHERE id = ?"),
                {httpStatus ? QVariant(*httpStatus) : QVariant(), nullIfEmpty(errorCode), nullIfEmpty(message), latencyMs, attemptId});
}

Status RemittanceTables::settle(qint64 id, const QString &status, const QString &errorCode, const QString &note, const QDateTime &at)
{
    SqlQuery q(m_db);
    return done(q, QStringLiteral("UPDATE remittances SET status = ?, error_code = ?, note = ?, next_attempt_at = NULL, updated_at = ? WHERE id = ?"),
                {status, nullIfEmpty(errorCode), nullIfEmpty(note), stamp(at), id});
}

Status RemittanceTables::reschedule(qint64 id, const QString &errorCode, const QDateTime &nextAttempt, const QDateTime &at)
{
    SqlQuery q(m_db);
    return done(q, QStringLiteral("UPDATE remittances SET status = 'pending', error_code = ?, next_attempt_at = ?, updated_at = ? WHERE id = ?"),
                {errorCode, stamp(nextAttempt), stamp(at), id});
}

// ---- recovery actions

Expected<int> RemittanceTables::retryFailed(const QList<qint64> &ids)
{
    SqlQuery q(m_db);
    return changed(q, QStringLiteral("UPDATE remittances SET status = 'pending', next_attempt_at = NULL, note = 'retry requested', updated_at = ? "
                                     "WHERE status = 'failed' AND id IN (%1)")
                          .arg(idList(ids)),
                   {nowStamp()});
}

Expected<int> RemittanceTables::redriveDeadLetters(const QList<qint64> &ids)
{
    SqlQuery q(m_db);
    const QString which = ids.isEmpty() ? QString() : QStringLiteral(" AND id IN (%1)").arg(idList(ids));
    return changed(q, QStringLiteral("UPDATE remittances SET status = 'pending', attempts = 0, next_attempt_at = NULL, "
                                     "note = 're-driven from the dead-letter queue', updated_at = ? WHERE status = 'dead_letter'%1")
                          .arg(which),
                   {nowStamp()});
}

Expected<int> RemittanceTables::resetPendingValues(const QString &product, const QString &fromHour, const QString &toHour, const QStringList &accounts)
{
    // A pending remittance with a payload is a retry of what already left: its value is frozen.
    QString sql = QStringLiteral("UPDATE remittances SET value = '0', note = 'pending value reset', updated_at = ? WHERE status = 'pending' "
                                 "AND payload IS NULL AND product = ? AND hour >= ? AND hour < ?");
    QVariantList bindings{nowStamp(), product, fromHour, toHour};
    if (!accounts.isEmpty()) {
        sql += QStringLiteral(" AND account IN (%1)").arg(marks(accounts.size()));
        for (const QString &a : accounts)
            bindings << a;
    }
    SqlQuery q(m_db);
    return changed(q, sql, bindings);
}

Expected<QList<RecalculationRow>> RemittanceTables::recalculationRows(const QString &fromHour, const QString &toHour)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.id, r.marketplace, r.account, r.product, r.metric, r.hour, r.value, r.status, "
                             "(SELECT group_concat(e.value, ' ') FROM usage_events e WHERE e.remittance_id = r.id), "
                             "(SELECT group_concat(e.value, ' ') FROM usage_events e WHERE e.corrects = r.id), r.payload IS NOT NULL "
                             "FROM remittances r WHERE r.hour >= ? AND r.hour < ? ORDER BY r.hour, r.id"));
    if (!run(q, {fromHour, toHour}))
        return Expected<QList<RecalculationRow>>::failure(sqlError(q));
    QList<RecalculationRow> rows;
    while (q.next())
        rows << RecalculationRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                 q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                                 q.value(8).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
                                 q.value(9).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts), q.value(10).toBool()};
    return rows;
}

Expected<int> RemittanceTables::markStuck(const QDateTime &updatedBefore, const QString &status, const QString &note)
{
    SqlQuery q(m_db);
    return changed(q, QStringLiteral("UPDATE remittances SET status = ?, error_code = 'stuck', note = ?, updated_at = ? "
                                     "WHERE status IN ('in_progress', 'sent') AND updated_at < ?"),
                   {status, note, nowStamp(), stamp(updatedBefore)});
}

Status RemittanceTables::audit(const QString &action, const QString &detail, const QString &who)
{
    SqlQuery q(m_db);
    return done(q, QStringLiteral("INSERT INTO remittance_audit (at, who, action, detail) VALUES (?, ?, ?, ?)"), {nowStamp(), who, action, detail});
}

} // namespace rd
