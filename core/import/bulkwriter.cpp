#include "bulkwriter.h"

#include <sqlite3.h>

namespace rd {

BulkWriter::BulkWriter(sqlite3 *db, qint64 dsrId)
    : m_db(db)
    , m_dsrId(dsrId)
{
}

bool BulkWriter::fail(const char *what)
{
    m_error = tr("%1: %2").arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

bool BulkWriter::prepare()
{
    m_insertRow = std::make_unique<SqliteStatement>(
        m_db, "INSERT INTO usage_rows (id, resource_id, usages, revenue) VALUES (?, ?, ?, ?)");
    m_findResource = std::make_unique<SqliteStatement>(m_db, "SELECT id FROM resources WHERE key_hi = ? AND key_lo = ?");
    m_insertResource = std::make_unique<SqliteStatement>(
        m_db, "INSERT OR IGNORE INTO resources (key_hi, key_lo, dsp_id, title, artists, isrc) VALUES (?, ?, ?, ?, ?, ?)");
    m_insertIssue = std::make_unique<SqliteStatement>(
        m_db, "INSERT INTO dsr_issues (dsr_id, seq, line, severity, code, field, detail) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto *statement : {m_insertRow.get(), m_findResource.get(), m_insertResource.get(), m_insertIssue.get()})
        if (!statement->valid())
            return fail("prepare");
    return true;
}

std::int64_t BulkWriter::lookupResource(const ResourceKey &key)
{
    std::int64_t id = 0;
    m_findResource->bind(1, static_cast<sqlite3_int64>(key.high));
    m_findResource->bind(2, static_cast<sqlite3_int64>(key.low));
    const int rc = m_findResource->step();
    if (rc == SQLITE_ROW)
        id = sqlite3_column_int64(m_findResource->get(), 0);
    m_findResource->reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail("resource lookup"), -1;
    return id;
}

std::int64_t BulkWriter::insertResource(const DsrRow &row)
{
    m_insertResource->bind(1, static_cast<sqlite3_int64>(row.key.high));
    m_insertResource->bind(2, static_cast<sqlite3_int64>(row.key.low));
    m_insertResource->bindText(3, row.dspId);
    m_insertResource->bindText(4, row.title);
    m_insertResource->bindText(5, row.artists);
    m_insertResource->bindText(6, row.isrc);
    const int rc = m_insertResource->step();
    m_insertResource->reset();
    if (rc != SQLITE_DONE)
        return fail("resource insert"), -1;
    if (sqlite3_changes(m_db) == 0)
        return 0; // the key exists already (INSERT OR IGNORE)
    return sqlite3_last_insert_rowid(m_db);
}

std::int64_t BulkWriter::resolveResource(const DsrRow &row)
{
    if (const std::int64_t cached = m_cache.find(row.key))
        return cached;

    // Each probe of the key index costs a b-tree descent, so try first what
    // recent misses suggest: a new catalogue mostly inserts, a re-delivered
    // one mostly finds. The other probe runs only when the first one misses.
    const bool insertFirst = m_recentNew >= m_recentFound;
    std::int64_t id = insertFirst ? insertResource(row) : lookupResource(row.key);
    bool wasNew = insertFirst;
    if (id == 0) {
        id = insertFirst ? lookupResource(row.key) : insertResource(row);
        wasNew = !insertFirst;
    }
    if (id <= 0) {
        if (id == 0)
            m_error = tr("resource index is inconsistent");
        return 0;
    }
    // Exponentially decaying counts of recent outcomes.
    m_recentNew = m_recentNew * 15 / 16 + (wasNew ? 16 : 0);
    m_recentFound = m_recentFound * 15 / 16 + (wasNew ? 0 : 16);
    m_cache.insert(row.key, id);
    return id;
}

void BulkWriter::bindRow(SqliteStatement &statement, const DsrRow &row, std::int64_t resourceId)
{
    statement.bind(1, (m_dsrId << 32) | static_cast<qint64>(row.line));
    statement.bind(2, resourceId);
    if (row.hasUsages)
        statement.bind(3, row.usages);
    else
        statement.bindNull(3);
    statement.bindText(4, row.revenueText); // empty (missing) binds NULL
}

bool BulkWriter::writeRows(const RowBatch &batch)
{
    // One prepared single-row INSERT per row: SQLite runs multi-row VALUES
    // lists through a co-routine, which measured slower here.
    constexpr std::size_t kPrefetchDistance = 8; // cache slots are random: fetch them ahead
    const std::size_t count = batch.rows.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (i + kPrefetchDistance < count)
            m_cache.prefetch(batch.rows[i + kPrefetchDistance].key);
        const DsrRow &row = batch.rows[i];
        const std::int64_t resourceId = resolveResource(row);
        if (resourceId == 0)
            return false;
        bindRow(*m_insertRow, row, resourceId);
        const int rc = m_insertRow->step();
        m_insertRow->reset();
        if (rc != SQLITE_DONE)
            return fail("row insert");
        ++m_rowsWritten;
    }
    return true;
}

bool BulkWriter::writeIssues(const std::vector<ValidationIssue> &issues)
{
    for (const ValidationIssue &issue : issues) {
        if (m_issueSeq >= kMaxStoredIssues)
            break; // the DSR's warning and error counts stay exact; only the listing stops
        m_insertIssue->bind(1, m_dsrId);
        m_insertIssue->bind(2, static_cast<sqlite3_int64>(++m_issueSeq));
        m_insertIssue->bind(3, static_cast<sqlite3_int64>(issue.line));
        sqlite3_bind_text(m_insertIssue->get(), 4, severityName(issue.severity), -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insertIssue->get(), 5, codeName(issue.code), -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insertIssue->get(), 6, fieldName(issue.field), -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insertIssue->get(), 7, issue.detail.data(), static_cast<int>(issue.detail.size()),
                          SQLITE_STATIC);
        const int rc = m_insertIssue->step();
        m_insertIssue->reset();
        if (rc != SQLITE_DONE)
            return fail("issue insert");
    }
    return true;
}

} // namespace rd
