#include "dsrrepository.h"

#include "db/database.h"
#include "db/transaction.h"
#include "db/sqlerror.h"
#include "db/sqlitestatement.h"
#include "util/processidentity.h"

#include "db/sqlquery.h"
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace rd {
namespace {

const QString kColumns = QStringLiteral(
    "id, format, path, file_name, sha256, dsp, offer, society, territory, currency, period_start, period_end, "
    "status, status_reason, strict, imported_at, finished_at, duration_ms, row_count, usages_total, revenue_total, "
    "missing_title, missing_artists, missing_isrc, missing_usages, missing_revenue, rows_with_missing, "
    "warning_count, error_count, message_id, report_key, revenue_basis, version, retention, retention_at");

DsrRecord recordFrom(const SqlQuery &q)
{
    DsrRecord r;
    int c = 0;
    r.id = q.value(c++).toLongLong();
    r.format = q.value(c++).toString();
    r.path = q.value(c++).toString();
    r.fileName = q.value(c++).toString();
    r.sha256 = q.value(c++).toString();
    r.dsp = q.value(c++).toString();
    r.offer = q.value(c++).toString();
    r.society = q.value(c++).toString();
    r.territory = q.value(c++).toString();
    r.currency = q.value(c++).toString();
    r.periodStart = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    r.periodEnd = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    r.status = DsrRecord::statusFromName(q.value(c++).toString());
    r.statusReason = q.value(c++).toString();
    r.strict = q.value(c++).toBool();
    r.importedAt = QDateTime::fromString(q.value(c++).toString(), Qt::ISODate);
    r.finishedAt = QDateTime::fromString(q.value(c++).toString(), Qt::ISODate);
    r.durationMs = q.value(c++).toLongLong();
    r.rows = q.value(c++).toLongLong();
    r.usages = q.value(c++).toLongLong();
    r.revenue = q.value(c++).toString();
    r.missingTitle = q.value(c++).toLongLong();
    r.missingArtists = q.value(c++).toLongLong();
    r.missingIsrc = q.value(c++).toLongLong();
    r.missingUsages = q.value(c++).toLongLong();
    r.missingRevenue = q.value(c++).toLongLong();
    r.rowsWithMissing = q.value(c++).toLongLong();
    r.warningCount = q.value(c++).toLongLong();
    r.errorCount = q.value(c++).toLongLong();
    r.messageId = q.value(c++).toString();
    r.reportKey = q.value(c++).toString();
    r.revenueBasis = q.value(c++).toString();
    r.version = q.value(c++).toInt();
    r.retention = q.value(c++).toString();
    r.retentionAt = QDateTime::fromString(q.value(c++).toString(), Qt::ISODate);
    return r;
}

// Runs the query (its SELECT lists kColumns) and reads every record it returns.
Expected<QList<DsrRecord>> recordsOf(SqlQuery &q, const QString &sql, const QVariantList &bindings)
{
    q.prepare(sql);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        return Expected<QList<DsrRecord>>::failure(sqlError(q));
    QList<DsrRecord> records;
    while (q.next())
        records << recordFrom(q);
    return records;
}

qint64 rowIdBase(qint64 dsrId) { return dsrId << 32; }

} // namespace

DsrRepository::DsrRepository(Database &database)
    : m_db(database)
{
}

Expected<QList<DsrRecord>> DsrRepository::list()
{
    SqlQuery q(m_db);
    return recordsOf(q, QStringLiteral("SELECT %1 FROM dsrs ORDER BY id").arg(kColumns), {});
}

Expected<QList<DsrRecord>> DsrRepository::ingested(const DsrQuery &query)
{
    QString sql = QStringLiteral("SELECT %1 FROM dsrs WHERE status = 'ingested' AND retention %2 'purged'")
                      .arg(kColumns, query.purged ? QLatin1String("=") : QLatin1String("<>"));
    QVariantList bindings;
    auto inList = [&](const char *column, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList marks;
        for (const QString &v : values) {
            marks << QStringLiteral("?");
            bindings << v;
        }
        sql += QStringLiteral(" AND %1 IN (%2)").arg(QLatin1String(column), marks.join(QLatin1Char(',')));
    };
    inList("territory", query.territories);
    inList("dsp", query.dsps);
    inList("offer", query.offers);
    inList("currency", query.currencies);
    if (query.periodFrom.isValid()) {
        sql += QStringLiteral(" AND period_start >= ?");
        bindings << query.periodFrom.toString(Qt::ISODate);
    }
    if (query.periodTo.isValid()) {
        sql += QStringLiteral(" AND period_end <= ?");
        bindings << query.periodTo.toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY id");
    SqlQuery q(m_db);
    return recordsOf(q, sql, bindings);
}

Expected<DsrDimensions> DsrRepository::dimensions()
{
    using Result = Expected<DsrDimensions>;
    DsrDimensions d;
    SqlQuery q(m_db);
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

Expected<QList<DsrRecord>> DsrRepository::expiredLive(const QDate &importedOnOrBefore)
{
    SqlQuery q(m_db);
    return recordsOf(q, QStringLiteral("SELECT %1 FROM dsrs WHERE status = 'ingested' AND retention = 'live' "
                                       "AND substr(imported_at, 1, 10) <= ? ORDER BY id").arg(kColumns),
                     {importedOnOrBefore.toString(Qt::ISODate)});
}

Expected<QList<qint64>> DsrRepository::purgedIds()
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id FROM dsrs WHERE retention = 'purged' ORDER BY id")))
        return Expected<QList<qint64>>::failure(sqlError(q));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Expected<BookSize> DsrRepository::size()
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(sum(row_count), 0), (SELECT count(*) FROM resources) "
                               "FROM dsrs WHERE status = 'ingested'")) || !q.next())
        return Expected<BookSize>::failure(sqlError(q));
    return BookSize{q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Expected<std::optional<DsrRecord>> DsrRepository::find(qint64 id)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM dsrs WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return Expected<std::optional<DsrRecord>>::failure(sqlError(q));
    if (!q.next())
        return std::optional<DsrRecord>();
    return std::optional<DsrRecord>(recordFrom(q));
}

Expected<std::optional<DsrRecord>> DsrRepository::findIngestedWhere(const char *column, const QString &value)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM dsrs WHERE %2 = ? AND status = 'ingested' ORDER BY id LIMIT 1")
                  .arg(kColumns, QLatin1String(column)));
    q.addBindValue(value);
    if (!q.exec())
        return Expected<std::optional<DsrRecord>>::failure(sqlError(q));
    if (!q.next())
        return std::optional<DsrRecord>();
    return std::optional<DsrRecord>(recordFrom(q));
}

Expected<std::optional<DsrRecord>> DsrRepository::findBySha256(const QString &sha256)
{
    return findIngestedWhere("sha256", sha256);
}

Expected<std::optional<DsrRecord>> DsrRepository::findBySourceSha256(const QString &sha256)
{
    return findIngestedWhere("source_sha256", sha256);
}

Expected<std::optional<DsrRecord>> DsrRepository::findByMessageId(const QString &messageId)
{
    return findIngestedWhere("message_id", messageId);
}

Expected<std::optional<DsrRecord>> DsrRepository::findByIdentity(const DsrRecord &identity)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM dsrs WHERE status = 'ingested' AND retention <> 'purged' AND dsp = ? AND offer = ? AND coalesce(society, '') = ? "
                             "AND territory = ? AND currency = ? AND period_start = ? AND period_end = ? ORDER BY id LIMIT 1")
                  .arg(kColumns));
    q.addBindValue(identity.dsp);
    q.addBindValue(identity.offer);
    q.addBindValue(identity.society.isEmpty() ? QStringLiteral("") : identity.society); // never NULL: coalesce gives ''
    q.addBindValue(identity.territory);
    q.addBindValue(identity.currency);
    q.addBindValue(identity.periodStart.toString(Qt::ISODate));
    q.addBindValue(identity.periodEnd.toString(Qt::ISODate));
    if (!q.exec())
        return Expected<std::optional<DsrRecord>>::failure(sqlError(q));
    if (!q.next())
        return std::optional<DsrRecord>();
    return std::optional<DsrRecord>(recordFrom(q));
}

Expected<QList<ReportEntry>> DsrRepository::report(qint64 dsrId, qint64 afterLine, int maxLines)
{
    using Result = Expected<QList<ReportEntry>>;
    QList<ReportEntry> entries;

    SqlQuery issues(m_db);
    issues.prepare(QStringLiteral("SELECT line, severity, code, field, detail FROM dsr_issues "
                                  "WHERE dsr_id = ? AND line > ? ORDER BY line, seq LIMIT ?"));
    issues.addBindValue(dsrId);
    issues.addBindValue(afterLine);
    issues.addBindValue(maxLines);
    if (!issues.exec())
        return Result::failure(sqlError(issues));
    // A source that filled its LIMIT may have been cut inside its last line;
    // only lines before that one are known to be complete.
    qint64 completeBefore = std::numeric_limits<qint64>::max();
    int fetched = 0;
    while (issues.next()) {
        ++fetched;
        ReportEntry e;
        e.line = issues.value(0).toLongLong();
        e.severity = issues.value(1).toString() == QLatin1String("error") ? ValidationIssue::Severity::Error
                                                                          : ValidationIssue::Severity::Warning;
        codeFromName(issues.value(2).toString().toStdString(), e.code);
        const QString field = issues.value(3).toString();
        if (!fieldFromName(field.toStdString(), e.field))
            e.location = field; // a record-based format's location
        e.detail = issues.value(4).toString();
        entries << e;
    }
    if (fetched == maxLines && !entries.isEmpty())
        completeBefore = entries.last().line;

    // Missing values are not stored twice: they are read off the rows themselves.
    SqlQuery missing(m_db);
    missing.prepare(QStringLiteral(
        "SELECT u.id - ?, r.title IS NULL, r.artists IS NULL, r.isrc IS NULL, u.usages IS NULL, u.revenue IS NULL "
        "FROM usage_rows u JOIN resources r ON r.id = u.resource_id "
        "WHERE u.id > ? AND u.id <= ? AND (r.title IS NULL OR r.artists IS NULL OR r.isrc IS NULL "
        "OR u.usages IS NULL OR u.revenue IS NULL) ORDER BY u.id LIMIT ?"));
    missing.addBindValue(rowIdBase(dsrId));
    missing.addBindValue(rowIdBase(dsrId) + afterLine);
    missing.addBindValue(rowIdBase(dsrId) + 0xFFFFFFFFLL);
    missing.addBindValue(maxLines);
    if (!missing.exec())
        return Result::failure(sqlError(missing));
    static const char *const names[] = {"title", "artists", "isrc", "usages", "revenue"};
    fetched = 0;
    while (missing.next()) {
        ++fetched;
        QStringList fields;
        for (int i = 0; i < 5; ++i)
            if (missing.value(i + 1).toBool())
                fields << QLatin1String(names[i]);
        ReportEntry e;
        e.line = missing.value(0).toLongLong();
        e.severity = ValidationIssue::Severity::Warning;
        e.code = ValidationIssue::Code::MissingValue;
        e.detail = fields.join(QLatin1String(", "));
        entries << e;
    }
    if (fetched == maxLines)
        completeBefore = std::min(completeBefore, entries.last().line + 1); // one entry per row: the last is whole

    std::stable_sort(entries.begin(), entries.end(),
                     [](const ReportEntry &a, const ReportEntry &b) { return a.line < b.line; });
    // Keep whole lines only, up to maxLines distinct lines, so the next page starts cleanly.
    qsizetype keep = 0;
    int lines = 0;
    for (; keep < entries.size(); ++keep) {
        if (keep == 0 || entries[keep].line != entries[keep - 1].line) {
            if (lines == maxLines || (lines > 0 && entries[keep].line >= completeBefore))
                break;
            ++lines;
        }
    }
    entries.resize(keep);
    return entries;
}

Status DsrRepository::remove(qint64 id)
{
    {
        SqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT status, importer FROM dsrs WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (!q.next())
            return Status::failure(tr("There is no DSR %1.").arg(id));
        if (q.value(0).toString() == QLatin1String("importing") && process::isAlive(q.value(1).toString()))
            return Status::failure(tr("DSR %1 is still being imported; cancel the import first.").arg(id));
    }
    // Asked inside the delete's own transaction, so that a publish cannot slip in between.
    auto unkept = [this, id]() -> Status {
        const auto packages = keepingPackages(id);
        if (!packages)
            return Status::failure(packages.error());
        if (!packages->isEmpty())
            return Status::failure(tr("DSR %1 is the source of published or retracted package(s) %2; their data is kept for ever.")
                                       .arg(id)
                                       .arg(packages->join(QLatin1String(", "))));
        return {};
    };
    QList<QPair<QString, QVariantList>> statements = rowStatements(id);
    statements += {
        {QStringLiteral("DELETE FROM dsr_issues WHERE dsr_id = ?"), {id}},
        {QStringLiteral("DELETE FROM dsr_files WHERE dsr_id = ?"), {id}},
        {QStringLiteral("DELETE FROM dsr_versions WHERE dsr_id = ?"), {id}},
        {QStringLiteral("DELETE FROM rights_shares WHERE dsr_id = ?"), {id}},
        {QStringLiteral("DELETE FROM rights_claims WHERE dsr_id = ?"), {id}},
        {QStringLiteral("DELETE FROM dsrs WHERE id = ?"), {id}},
    };
    return runInTransaction(statements, unkept);
}

Expected<QStringList> DsrRepository::purgeOrRetain(qint64 id, const QDateTime &at)
{
    QStringList keeping;
    auto decide = [&]() -> Status {
        const auto packages = keepingPackages(id);
        if (!packages)
            return Status::failure(packages.error());
        keeping = packages.value();
        const QString when = at.toUTC().toString(Qt::ISODate);
        if (!keeping.isEmpty())
            return execAll({qMakePair(QStringLiteral("UPDATE dsrs SET retention = 'retained', retention_at = ? WHERE id = ? AND retention = 'live'"),
                                      QVariantList{when, id})});
        QList<QPair<QString, QVariantList>> purge = rowStatements(id);
        purge << qMakePair(QStringLiteral("UPDATE dsrs SET retention = 'purged', retention_at = ? WHERE id = ? AND retention = 'live'"),
                           QVariantList{when, id});
        return execAll(purge);
    };
    if (const Status done = runInTransaction({}, decide); !done)
        return Expected<QStringList>::failure(done.error());
    return keeping;
}

Expected<QStringList> DsrRepository::keepingPackages(qint64 id)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT s.package_id FROM package_sources s JOIN packages p ON p.id = s.package_id AND p.version = s.version "
                             "WHERE s.dsr_id = ? AND p.state IN ('published', 'retracted') ORDER BY s.package_id"));
    q.addBindValue(id);
    if (!q.exec())
        return Expected<QStringList>::failure(sqlError(q));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

// The DSR's raw data: its rows, the history of its rows and the sums made from them.
QList<QPair<QString, QVariantList>> DsrRepository::rowStatements(qint64 id)
{
    const QVariantList range{rowIdBase(id), rowIdBase(id) + 0xFFFFFFFFLL};
    return {
        {QStringLiteral("DELETE FROM usage_rows WHERE id BETWEEN ? AND ?"), range},
        {QStringLiteral("DELETE FROM dsr_resource_chunks WHERE id BETWEEN ? AND ?"), range},
        {QStringLiteral("DELETE FROM dsr_top_resources WHERE dsr_id = ?"), {id}},
        {QStringLiteral("DELETE FROM dsr_top_blobs WHERE dsr_id = ?"), {id}},
        {QStringLiteral("DELETE FROM usage_row_changes WHERE dsr_id = ?"), {id}},
        {QStringLiteral("DELETE FROM usage_row_lines WHERE row_id BETWEEN ? AND ?"), range},
    };
}

Status DsrRepository::execAll(const QList<QPair<QString, QVariantList>> &statements)
{
    for (const auto &[sql, bindings] : statements) {
        SqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &value : bindings)
            q.addBindValue(value);
        if (!q.exec())
            return Status::failure(sqlError(q));
    }
    return {};
}

Status DsrRepository::runInTransaction(const QList<QPair<QString, QVariantList>> &statements, const std::function<Status()> &precondition)
{
    // Immediate: the checks and the changes see one state, and no other writer can come between them.
    Transaction transaction(m_db);
    if (!transaction)
        return Status::failure(transaction.error());
    Status done = precondition ? precondition() : Status();
    if (done.ok())
        done = execAll(statements);
    if (done.ok() && !transaction.commit())
        done = Status::failure(transaction.error());
    return done; // rolled back unless committed
}

} // namespace rd
