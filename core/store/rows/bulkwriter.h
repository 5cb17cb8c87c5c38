#pragma once

#include "formats/dsrrow.h"
#include "rows/issuewriter.h"
#include "rows/keyfilter.h"
#include "rows/resourcecache.h"
#include "index/resourcegroups.h"
#include "index/resourcetotals.h"
#include "db/sqlitestatement.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;

namespace rd {

class Database;

// Writes one DSR's rows and issues through prepared statements on the raw
// SQLite handle, inside the transaction the caller holds.
//
// Resources are matched by key through a bounded in-memory cache backed by the
// resource_keys table. A new resource is appended to `resources` at once, but
// its key waits in a pending list that is sorted and added to resource_keys in
// one run: inserting 128-bit digests one by one lands each at a random place in
// the b-tree, which cost more than all the usage rows together. Every pending
// key is also in the cache, so a cache miss that is absent from resource_keys
// really is new. The cache is only emptied after the pending keys are flushed;
// a catalogue that started empty is looked up only for keys a filter of the
// flushed keys may hold.
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)

public:
    static constexpr std::size_t kDefaultCacheSlots = std::size_t(1) << 22; // 64 MiB

    // Whether the writer also sums the rows per resource into the DSR's
    // aggregates (an import), or leaves them to a rebuild (a re-delivery,
    // which writes only the rows that changed).
    enum class Aggregates { Kept, Rebuilt };
    // cacheSlots: 0 for the default resource cache size.
    BulkWriter(Database &database, qint64 dsrId, std::size_t cacheSlots = 0, Aggregates aggregates = Aggregates::Kept);
    bool prepare();

    bool writeRows(const RowBatch &batch);
    bool writeIssues(const std::vector<ValidationIssue> &issues);
    // Adds the pending resource keys to the index and stores the per-resource
    // totals; call before committing.
    bool finish();

    std::uint64_t rowsWritten() const { return m_rowsWritten; }
    QString errorString() const { return m_error; }

private:
    std::int64_t resolveResource(const DsrRow &row);
    bool mayBeIndexed(const ResourceKey &key) const;
    void bindRow(const DsrRow &row, std::int64_t resourceId);
    // -1 on error, 0 when absent.
    std::int64_t lookupResource(const ResourceKey &key);
    std::int64_t insertResource(const DsrRow &row);
    bool insertKey(const ResourceKey &key, std::int64_t id);
    bool flushPendingKeys();
    bool fail(const char *what);

    struct PendingKey
    {
        ResourceKey key;
        std::int64_t id;
    };
    // Keys are flushed in runs of this many: sorted runs insert with good
    // locality (a new catalogue of up to 2M resources is one pure append),
    // and the list stays within 48 MiB.
    static constexpr std::size_t kPendingFlushSize = std::size_t(1) << 21;

    sqlite3 *m_db;
    qint64 m_dsrId;
    Aggregates m_aggregates;
    std::unique_ptr<SqliteStatement> m_insertRow;
    std::unique_ptr<SqliteStatement> m_findResource;
    std::unique_ptr<SqliteStatement> m_insertResource;
    std::unique_ptr<SqliteStatement> m_insertKey;
    ResourceCache m_cache;
    IssueWriter m_issues;
    std::optional<ResourceTotals> m_totals; // made once the first new id is known
    resourcegroups::Writer m_groups;
    std::uint64_t m_rowsWritten = 0;
    std::int64_t m_nextResourceId = 0;
    std::vector<PendingKey> m_pendingKeys;
    // When the catalogue started empty, the keys this import indexed are the
    // only ones resource_keys holds: a cache miss needs a lookup only if the
    // cache was emptied since and the filter of indexed keys may hold it.
    std::optional<KeyFilter> m_flushedKeys;
    bool m_cacheWasCleared = false;
    QString m_error;
};

// Raises the page cache for a bulk insert and puts it back afterwards; the
// 40 MiB keep the upper levels of the resource key index warm for lookups.
// With the 64 MiB resource cache, 48 MiB of pending keys and 24 bytes of
// per-resource sums, peak RSS stays < 256 MB for 2M new resources.
class BulkCacheScope
{
public:
    explicit BulkCacheScope(Database &database);
    ~BulkCacheScope();
    BulkCacheScope(const BulkCacheScope &) = delete;
    BulkCacheScope &operator=(const BulkCacheScope &) = delete;

private:
    sqlite3 *m_db;
};

} // namespace rd
