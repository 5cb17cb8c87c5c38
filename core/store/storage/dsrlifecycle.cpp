#include "dsrlifecycle.h"

#include "db/sqlerror.h"
#include "db/database.h"
#include "storage/dsrtotalssql.h"
#include "util/processidentity.h"

#include <QDateTime>
#include <QFileInfo>
#include "db/sqlquery.h"
#include <QVariant>

#include <initializer_list>

namespace rd {
namespace {

QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

bool run(SqlQuery &q, std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

Expected<qint64> DsrLifecycle::begin(const NewDsr &dsr)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO dsrs (format, path, file_name, dsp, offer, society, territory, currency, period_start, period_end, "
        "status, importer, strict, imported_at, message_id, report_key, source_sha256) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'importing', ?, ?, ?, ?, ?, ?)"));
    if (!run(q, {dsr.format, dsr.path, QFileInfo(dsr.path).fileName(), dsr.dsp, dsr.offer, nullIfEmpty(dsr.society), dsr.territory,
                 dsr.currency, dsr.periodStart.toString(Qt::ISODate), dsr.periodEnd.toString(Qt::ISODate),
                 process::currentIdentity(), dsr.strict ? 1 : 0, nowIso(), nullIfEmpty(dsr.messageId), nullIfEmpty(dsr.reportKey),
                 nullIfEmpty(dsr.sourceSha256)}))
        return Expected<qint64>::failure(sqlError(q));
    return q.lastInsertId().toLongLong();
}

Status DsrLifecycle::markIngested(qint64 dsrId, const IngestedDsr &facts)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE dsrs SET status = 'ingested', sha256 = ?, source_sha256 = coalesce(?, source_sha256, ?), "
                             "revenue_basis = coalesce(?, revenue_basis), finished_at = ?, duration_ms = ?, %1 WHERE id = ?")
                  .arg(dsrtotalssql::assignments()));
    for (const QVariant &v : {QVariant(facts.sha256), nullIfEmpty(facts.sourceSha256), QVariant(facts.sha256), nullIfEmpty(facts.revenueBasis),
                              QVariant(nowIso()), QVariant(facts.durationMs)})
        q.addBindValue(v);
    dsrtotalssql::bindTotals(q, facts.totals);
    q.addBindValue(dsrId);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return DsrVersions(m_db).recordFirst(dsrId);
}

Status DsrLifecycle::markFailed(qint64 dsrId, const QString &reason, const QString &sha256, qint64 durationMs, DsrTotals totals)
{
    totals.rows = 0; // nothing was kept
    totals.usages = 0;
    totals.revenue = DecimalSum();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE dsrs SET status = 'failed', status_reason = ?, sha256 = ?, finished_at = ?, "
                             "duration_ms = ?, %1 WHERE id = ?").arg(dsrtotalssql::assignments()));
    for (const QVariant &v : {QVariant(reason), nullIfEmpty(sha256), QVariant(nowIso()), QVariant(durationMs)})
        q.addBindValue(v);
    dsrtotalssql::bindTotals(q, totals);
    q.addBindValue(dsrId);
    return q.exec() ? Status() : Status::failure(sqlError(q));
}

Expected<qint64> DsrLifecycle::recordRefused(const NewDsr &dsr, const QString &reason, const DsrTotals &findings)
{
    const auto id = begin(dsr);
    if (!id)
        return id;
    if (const Status failed = markFailed(*id, reason, QString(), 0, findings); !failed)
        return Expected<qint64>::failure(failed.error());
    return id;
}

Status DsrLifecycle::discard(qint64 dsrId)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM dsrs WHERE id = ? AND status = 'importing'"));
    return run(q, {dsrId}) ? Status() : Status::failure(sqlError(q));
}

Status DsrLifecycle::addSourceFile(qint64 dsrId, int part, const QString &path, const QString &sha256, qint64 lines)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO dsr_files (dsr_id, part, path, file_name, sha256, line_count) VALUES (?, ?, ?, ?, ?, ?)"));
    return run(q, {dsrId, part, path, QFileInfo(path).fileName(), sha256, lines}) ? Status() : Status::failure(sqlError(q));
}

Expected<int> DsrLifecycle::currentVersion(qint64 dsrId)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT version FROM dsrs WHERE id = ?"));
    if (!run(q, {dsrId}))
        return Expected<int>::failure(sqlError(q));
    return q.next() ? q.value(0).toInt() : 0;
}

Status DsrLifecycle::applyVersion(qint64 dsrId, const AppliedVersion &applied)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE dsrs SET version = ?, path = ?, file_name = ?, sha256 = ?, source_sha256 = ?, "
                             "finished_at = ?, revenue_basis = ?, message_id = coalesce(?, message_id), %1 WHERE id = ?")
                  .arg(dsrtotalssql::assignments()));
    for (const QVariant &v : {QVariant(applied.version), QVariant(applied.path), QVariant(applied.fileName), QVariant(applied.sha256),
                              QVariant(applied.sha256), QVariant(nowIso()), QVariant(applied.revenueBasis), nullIfEmpty(applied.messageId)})
        q.addBindValue(v);
    dsrtotalssql::bindTotals(q, applied.totals);
    q.addBindValue(dsrId);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return DsrVersions(m_db).recordApplied(dsrId, applied.version, applied.path, applied.fileName, applied.sha256,
                                           applied.totals, applied.changes);
}

Status DsrLifecycle::failInterrupted()
{
    SqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, importer FROM dsrs WHERE status = 'importing'")))
        return Status::failure(sqlError(query));
    QList<qint64> stale;
    while (query.next())
        if (!process::isAlive(query.value(1).toString()))
            stale << query.value(0).toLongLong();
    for (qint64 id : stale) {
        // The rows of an interrupted import were never committed, so only the placeholder remains.
        SqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE dsrs SET status = 'failed', status_reason = 'interrupted', finished_at = ? "
                                      "WHERE id = ? AND status = 'importing'"));
        if (!run(update, {nowIso(), id}))
            return Status::failure(sqlError(update));
    }
    return {};
}

} // namespace rd
