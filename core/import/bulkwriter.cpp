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
    m_findResource = std::make_unique<SqliteStatement>(m_db, "SELECT id FROM resources WHERE key = ?");
    m_insertResource = std::make_unique<SqliteStatement>(
        m_db, "INSERT INTO resources (key, dsp_id, title, artists, isrc) VALUES (?, ?, ?, ?, ?)");
    m_insertIssue = std::make_unique<SqliteStatement>(
        m_db, "INSERT INTO dsr_issues (dsr_id, seq, line, severity, code, field, detail) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto *statement : {m_insertRow.get(), m_findResource.get(), m_insertResource.get(), m_insertIssue.get()})
        if (!statement->valid())
            return fail("prepare");
    return true;
}

std::int64_t BulkWriter::resolveResource(const DsrRow &row)
{
    if (const std::int64_t cached = m_cache.find(row.key))
        return cached;

    unsigned char key[16];
    for (int i = 0; i < 8; ++i) {
        key[i] = static_cast<unsigned char>(row.key.high >> (56 - 8 * i));
        key[8 + i] = static_cast<unsigned char>(row.key.low >> (56 - 8 * i));
    }
    std::int64_t id = 0;
    m_findResource->bindBlob(1, key, sizeof key);
    const int found = m_findResource->step();
    if (found == SQLITE_ROW)
        id = sqlite3_column_int64(m_findResource->get(), 0);
    m_findResource->reset();
    if (found != SQLITE_ROW && found != SQLITE_DONE)
        return fail("resource lookup"), 0;

    if (id == 0) {
        m_insertResource->bindBlob(1, key, sizeof key);
        m_insertResource->bindText(2, row.dspId);
        m_insertResource->bindText(3, row.title);
        m_insertResource->bindText(4, row.artists);
        m_insertResource->bindText(5, row.isrc);
        const int rc = m_insertResource->step();
        m_insertResource->reset();
        if (rc != SQLITE_DONE)
            return fail("resource insert"), 0;
        id = sqlite3_last_insert_rowid(m_db);
        ++m_newResources;
    }
    m_cache.insert(row.key, id);
    return id;
}

bool BulkWriter::writeRows(const RowBatch &batch)
{
    const qint64 base = m_dsrId << 32;
    char revenue[Decimal::kMaxChars];
    for (const DsrRow &row : batch.rows) {
        const std::int64_t resourceId = resolveResource(row);
        if (resourceId == 0)
            return false;
        m_insertRow->bind(1, base | static_cast<qint64>(row.line));
        m_insertRow->bind(2, resourceId);
        if (row.hasUsages)
            m_insertRow->bind(3, row.usages);
        else
            m_insertRow->bindNull(3);
        if (row.hasRevenue)
            sqlite3_bind_text(m_insertRow->get(), 4, revenue, row.revenue.toChars(revenue), SQLITE_TRANSIENT);
        else
            m_insertRow->bindNull(4);
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
        if (m_issueSeq >= kMaxStoredIssues) {
            ++m_issuesNotStored;
            continue;
        }
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
