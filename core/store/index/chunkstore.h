#pragma once

#include "index/resourcechunk.h"
#include "db/sqlitestatement.h"

#include <QByteArray>

#include <functional>
#include <map>
#include <optional>
#include <vector>

struct sqlite3;

namespace rd {

class Database;

// Reads the per-resource sums that imports store for each DSR
// (dsr_resource_chunks), whole or one resource at a time. Keeps the chunk it
// read last for each DSR, since lookups tend to come in resource order.
class ChunkStore
{
public:
    using View = resourcechunk::View;
    explicit ChunkStore(Database &database);
    explicit ChunkStore(sqlite3 *db);

    // Appends every sum of the DSR, in resource id order.
    bool readAll(qint64 dsrId, std::vector<ResourceSums> &out);
    // The DSR's sums of one resource; nullopt when it has none (or on error: see failed()).
    std::optional<ResourceSums> find(qint64 dsrId, std::int64_t resourceId);
    bool failed() const { return m_failed; }
    // The lowest and highest resource ids the DSR has sums of; nullopt when it has none (or on error).
    std::optional<std::pair<std::int64_t, std::int64_t>> idRange(qint64 dsrId);

    // Hands each of the DSR's chunks, in resource id order, to onChunk without
    // copying it; the view is valid only during the call. False on a read error.
    bool scan(qint64 dsrId, const std::function<void(const View &)> &onChunk);
    // Calls onMatch(k, chunk, entry) for each resource only[k] (sorted ids)
    // that the DSR has: a few are looked up one by one, many are picked out
    // of a scan of the whole DSR. False on a read error.
    bool visitMatches(qint64 dsrId, const std::vector<std::int64_t> &only,
                      const std::function<void(std::size_t, const View &, std::size_t)> &onMatch);
    // Calls visit() with each of the DSR's sums, or only those of the resources
    // in `only` (sorted ids) when it is given. False on a read error.
    bool visit(qint64 dsrId, const std::vector<std::int64_t> *only, const std::function<void(const ResourceSums &)> &visit);

private:
    struct CachedChunk
    {
        std::int64_t first = 0, last = -1;
        QByteArray data;
        std::optional<View> view; // of data
    };
    bool load(qint64 dsrId, std::int64_t resourceId, CachedChunk &chunk);
    // The chunk entry of the resource, through the DSR's cached chunk.
    std::optional<std::pair<const View *, std::size_t>> locate(qint64 dsrId, std::int64_t resourceId);

    SqliteStatement m_all;
    SqliteStatement m_covering;
    SqliteStatement m_range;
    std::map<qint64, CachedChunk> m_cache;
    bool m_failed = false;
};

} // namespace rd
