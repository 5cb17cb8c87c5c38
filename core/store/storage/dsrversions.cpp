#include "dsrversions.h"

#include "db/database.h"
#include "db/sqlerror.h"
#include "util/processidentity.h"

#include "db/sqlquery.h"
#include <QVariant>

namespace rd {
namespace {

const char *const kColumns = "dsr_id, version, path, file_name, sha256, applied_at, applied_by, row_count, usages_total, "
                             "revenue_total, created, updated, deleted, revenue_delta, usages_delta";

DsrVersion versionFrom(const SqlQuery &q)
{
    DsrVersion v;
    int c = 0;
    v.dsrId = q.value(c++).toLongLong();
    v.version = q.value(c++).toInt();
    v.path = q.value(c++).toString();
    v.fileName = q.value(c++).toString();
    v.sha256 = q.value(c++).toString();
    v.appliedAt = QDateTime::fromString(q.value(c++).toString(), Qt::ISODate);
    v.appliedBy = q.value(c++).toString();
    v.rows = q.value(c++).toLongLong();
    v.usages = q.value(c++).toLongLong();
    v.revenue = q.value(c++).toString();
    v.created = q.value(c++).toLongLong();
    v.updated = q.value(c++).toLongLong();
    v.deleted = q.value(c++).toLongLong();
    v.revenueDelta = q.value(c++).toString();
    v.usagesDelta = q.value(c++).toLongLong();
    return v;
}

} // namespace

Status DsrVersions::recordFirst(qint64 dsrId)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO dsr_versions (dsr_id, version, path, file_name, sha256, applied_at, applied_by, "
                             "row_count, usages_total, revenue_total) SELECT id, 1, path, file_name, sha256, "
                             "coalesce(finished_at, imported_at), importer, row_count, usages_total, revenue_total "
                             "FROM dsrs WHERE id = ?"));
    q.addBindValue(dsrId);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return Status();
}

Status DsrVersions::recordApplied(qint64 dsrId, int version, const QString &path, const QString &fileName,
                                  const QString &sha256, const DsrTotals &totals, const DiffSummary &changes)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO dsr_versions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)));
    for (const QVariant &v : {QVariant(dsrId), QVariant(version), QVariant(path), QVariant(fileName), QVariant(sha256),
                              QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)), QVariant(process::currentIdentity()),
                              QVariant(qint64(totals.rows)), QVariant(qint64(totals.usages)),
                              QVariant(QString::fromStdString(totals.revenue.toString())), QVariant(changes.created),
                              QVariant(changes.updated), QVariant(changes.deleted),
                              QVariant(QString::fromStdString(changes.revenueDelta.toString())), QVariant(changes.usagesDelta)})
        q.addBindValue(v);
    return q.exec() ? Status() : Status::failure(sqlError(q));
}

Expected<QList<DsrVersion>> DsrVersions::list(qint64 dsrId)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM dsr_versions WHERE dsr_id = ? ORDER BY version").arg(QLatin1String(kColumns)));
    q.addBindValue(dsrId);
    if (!q.exec())
        return Expected<QList<DsrVersion>>::failure(sqlError(q));
    QList<DsrVersion> versions;
    while (q.next())
        versions << versionFrom(q);
    return versions;
}

Expected<std::optional<DsrVersion>> DsrVersions::asOf(qint64 dsrId, const QDate &day)
{
    using Result = Expected<std::optional<DsrVersion>>;
    SqlQuery q(m_db);
    // Stored times are ISO UTC text, so they compare as text; the whole day counts.
    q.prepare(QStringLiteral("SELECT %1 FROM dsr_versions WHERE dsr_id = ? AND applied_at < ? ORDER BY version DESC LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(dsrId);
    q.addBindValue(day.addDays(1).toString(Qt::ISODate));
    if (!q.exec())
        return Result::failure(sqlError(q));
    if (!q.next())
        return std::optional<DsrVersion>();
    return std::optional<DsrVersion>(versionFrom(q));
}

} // namespace rd
