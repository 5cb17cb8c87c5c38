#include "bulkwriter.h"

#include "db/database.h"

#include <sqlite3.h>

#include <algorithm>

namespace rd {

BulkWriter::BulkWriter(Database &database, qint64 dsrId, std::size_t cacheSlots, Aggregates aggregates)
    : m_db(database.handle())
    , m_dsrId(dsrId)
    , m_aggregates(aggregates)
    , m_cache(cacheSlots == 0 ? kDefaultCacheSlots : cacheSlots)
    , m_issues(database, dsrId)
    , m_groups(m_db)
{
}

bool BulkWriter::finish()
{
    if (!flushPendingKeys())
        return false;
    if (!m_groups.finish())
        return fail("resource groups");
    if (m_aggregates == Aggregates::Rebuilt || m_totals->finish())
        return true;
    m_error = m_totals->errorString();
    return false;
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
    m_findResource = std::make_unique<SqliteStatement>(
        m_db, "SELECT resource_id FROM resource_keys WHERE key_hi = ? AND key_lo = ?");
    m_insertResource = std::make_unique<SqliteStatement>(
        m_db, "INSERT INTO resources (id, dsp_id, title, artists, isrc) VALUES (?, ?, ?, ?, ?)");
    m_insertKey = std::make_unique<SqliteStatement>(
        m_db, "INSERT INTO resource_keys (key_hi, key_lo, resource_id) VALUES (?, ?, ?)");
    for (const auto *statement : {m_insertRow.get(), m_findResource.get(), m_insertResource.get(), m_insertKey.get()})
        if (!statement->valid())
            return fail("prepare");
    if (!m_issues.valid())
        return fail("prepare");

    // The caller holds the write lock, so nobody else can take ids meanwhile.
    SqliteStatement maxId(m_db, "SELECT coalesce(max(id), 0) FROM resources");
    if (!maxId.valid() || maxId.step() != SQLITE_ROW)
        return fail("resource ids");
    m_nextResourceId = sqlite3_column_int64(maxId.get(), 0) + 1;
    m_totals.emplace(m_db, m_dsrId, m_nextResourceId);
    if (!m_groups.start(m_nextResourceId))
        return fail("resource groups");
    m_pendingKeys.reserve(kPendingFlushSize); // address space only until used
    SqliteStatement anyKey(m_db, "SELECT EXISTS (SELECT 1 FROM resource_keys)");
    if (!anyKey.valid() || anyKey.step() != SQLITE_ROW)
        return fail("resource keys");
    if (sqlite3_column_int(anyKey.get(), 0) == 0)
        m_flushedKeys.emplace();
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
    const std::int64_t id = m_nextResourceId;
    m_insertResource->bind(1, id);
    m_insertResource->bindText(2, row.dspId);
    m_insertResource->bindText(3, row.title);
    m_insertResource->bindText(4, row.artists);
    m_insertResource->bindText(5, row.isrc);
    const int rc = m_insertResource->step();
    m_insertResource->reset();
    if (rc != SQLITE_DONE)
        return fail("resource insert"), -1;
    if (!m_groups.add(id, row.dspId, row.isrc))
        return fail("resource group"), -1;
    ++m_nextResourceId;
    return id;
}

bool BulkWriter::insertKey(const ResourceKey &key, std::int64_t id)
{
    m_insertKey->bind(1, static_cast<sqlite3_int64>(key.high));
    m_insertKey->bind(2, static_cast<sqlite3_int64>(key.low));
    m_insertKey->bind(3, id);
    const int rc = m_insertKey->step();
    m_insertKey->reset();
    return rc == SQLITE_DONE || fail("resource key insert");
}

bool BulkWriter::flushPendingKeys()
{
    // SQLite orders integers as signed, so sort the same way to append in index order.
    std::sort(m_pendingKeys.begin(), m_pendingKeys.end(), [](const PendingKey &a, const PendingKey &b) {
        const auto ah = static_cast<std::int64_t>(a.key.high), bh = static_cast<std::int64_t>(b.key.high);
        return ah != bh ? ah < bh : static_cast<std::int64_t>(a.key.low) < static_cast<std::int64_t>(b.key.low);
    });
    for (const PendingKey &pending : m_pendingKeys) {
        if (!insertKey(pending.key, pending.id))
            return false;
        if (m_flushedKeys)
            m_flushedKeys->add(pending.key);
    }
    m_pendingKeys.clear();
    return true;
}

bool BulkWriter::mayBeIndexed(const ResourceKey &key) const
{
    if (!m_flushedKeys)
        return true; // the catalogue holds keys from earlier imports
    // Until the cache is first emptied it holds every key this import indexed.
    return m_cacheWasCleared && m_flushedKeys->mayContain(key);
}

std::int64_t BulkWriter::resolveResource(const DsrRow &row)
{
    if (const std::int64_t cached = m_cache.find(row.key))
        return cached;
    std::int64_t id = mayBeIndexed(row.key) ? lookupResource(row.key) : 0;
    if (id < 0)
        return 0;
    if (id == 0) {
        id = insertResource(row);
        if (id < 0)
            return 0;
        if (!m_cache.canHold(id)) // not cacheable, so it cannot wait in the pending list
            return insertKey(row.key, id) ? id : 0;
        m_pendingKeys.push_back({row.key, id});
        if (m_pendingKeys.size() >= kPendingFlushSize && !flushPendingKeys())
            return 0;
    }
    if (m_cache.full()) {
        if (!flushPendingKeys())
            return 0;
        m_cache.clear();
        m_cacheWasCleared = true;
    }
    m_cache.insert(row.key, id);
    return id;
}

void BulkWriter::bindRow(const DsrRow &row, std::int64_t resourceId)
{
    m_insertRow->bind(1, (m_dsrId << 32) | static_cast<qint64>(row.line));
    m_insertRow->bind(2, resourceId);
    if (row.hasUsages)
        m_insertRow->bind(3, row.usages);
    else
        m_insertRow->bindNull(3);
    m_insertRow->bindText(4, row.revenueText); // empty (missing) binds NULL
}

bool BulkWriter::writeRows(const RowBatch &batch)
{
    // One prepared single-row INSERT per row: SQLite runs multi-row VALUES
    // lists and INSERT … SELECT from a batch table through a co-routine and a
    // statement journal, which measured no faster and used more memory.
    constexpr std::size_t kPrefetchDistance = 8; // cache slots are random: fetch them ahead
    const std::size_t count = batch.rows.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (i + kPrefetchDistance < count)
            m_cache.prefetch(batch.rows[i + kPrefetchDistance].key);
        const DsrRow &row = batch.rows[i];
        const std::int64_t resourceId = resolveResource(row);
        if (resourceId == 0)
            return false;
        bindRow(row, resourceId);
        const int rc = m_insertRow->step();
        m_insertRow->reset();
        if (rc != SQLITE_DONE)
            return fail("row insert");
        if (m_aggregates == Aggregates::Kept
            && !m_totals->add(resourceId, row.hasUsages ? row.usages : 0, row.hasRevenue ? row.revenue : Decimal())) {
            m_error = m_totals->errorString();
            return false;
        }
        ++m_rowsWritten;
    }
    return true;
}

bool BulkWriter::writeIssues(const std::vector<ValidationIssue> &issues)
{
    if (m_issues.write(issues))
        return true;
    m_error = m_issues.errorString();
    return false;
}

BulkCacheScope::BulkCacheScope(Database &database)
    : m_db(database.handle())
{
    execRaw(m_db, "PRAGMA cache_size = -40960");
}

BulkCacheScope::~BulkCacheScope()
{
    execRaw(m_db, "PRAGMA cache_size = -2000");
}

} // namespace rd
