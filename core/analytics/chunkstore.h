#pragma once

#include "analytics/resourcechunk.h"
#include "storage/sqlitestatement.h"

#include <QString>

#include <functional>

#include <map>
#include <optional>
#include <vector>

struct sqlite3;

namespace rd {

// Reads the per-resource sums that imports store for each DSR
// (dsr_resource_chunks), whole or one resource at a time. Keeps the chunk it
// read last for each DSR, since lookups tend to come in resource order.
class ChunkStore
{
public:
    explicit ChunkStore(sqlite3 *db);

    // Appends every sum of the DSR, in resource id order.
    bool readAll(qint64 dsrId, std::vector<ResourceSums> &out);
    // The DSR's sums of one resource; nullopt when it has none (or on error: see failed()).
    std::optional<ResourceSums> find(qint64 dsrId, std::int64_t resourceId);
    bool failed() const { return m_failed; }

    // Calls visit() with each of the DSR's sums, or only those of the resources
    // in `only` (sorted ids) when it is given: a few are looked up one by one,
    // many are picked out of the whole DSR. False on a read error.
    bool visit(qint64 dsrId, const std::vector<std::int64_t> *only, const std::function<void(const ResourceSums &)> &visit);

private:
    struct CachedChunk
    {
        std::int64_t first = 0, last = -1;
        std::vector<ResourceSums> sums;
    };
    bool load(qint64 dsrId, std::int64_t resourceId, CachedChunk &chunk);

    SqliteStatement m_all;
    SqliteStatement m_covering;
    std::map<qint64, CachedChunk> m_cache;
    std::vector<ResourceSums> m_buffer; // reused by visit()
    bool m_failed = false;
};

} // namespace rd
