#pragma once

#include "formats/dsrrow.h"
#include "import/resourcecache.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;

namespace rd {

// Writes one DSR's rows and issues through prepared statements on the raw
// SQLite handle, inside the transaction the caller holds. Resources are
// matched by key through a bounded in-memory cache backed by their unique index.
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)

public:
    static constexpr std::uint64_t kMaxStoredIssues = 1'000'000;

    BulkWriter(sqlite3 *db, qint64 dsrId);
    bool prepare();

    bool writeRows(const RowBatch &batch);
    bool writeIssues(const std::vector<ValidationIssue> &issues);

    std::uint64_t rowsWritten() const { return m_rowsWritten; }
    QString errorString() const { return m_error; }

private:
    std::int64_t resolveResource(const DsrRow &row);
    void bindRow(SqliteStatement &statement, const DsrRow &row, std::int64_t resourceId);
    // -1 on error, 0 when absent (lookup) or present already (insert).
    std::int64_t lookupResource(const ResourceKey &key);
    std::int64_t insertResource(const DsrRow &row);
    bool fail(const char *what);

    sqlite3 *m_db;
    qint64 m_dsrId;
    std::unique_ptr<SqliteStatement> m_insertRow;
    std::unique_ptr<SqliteStatement> m_findResource;
    std::unique_ptr<SqliteStatement> m_insertResource;
    std::unique_ptr<SqliteStatement> m_insertIssue;
    ResourceCache m_cache;
    std::uint64_t m_rowsWritten = 0;
    std::uint64_t m_issueSeq = 0;
    std::uint32_t m_recentNew = 0;
    std::uint32_t m_recentFound = 0;
    QString m_error;
};

} // namespace rd
