#include "chunkstore.h"

#include <algorithm>

namespace rd {

ChunkStore::ChunkStore(sqlite3 *db)
    : m_all(db, "SELECT data FROM dsr_resource_chunks WHERE id BETWEEN ? AND ? ORDER BY id")
    , m_covering(db, "SELECT first_resource_id, last_resource_id, data FROM dsr_resource_chunks "
                     "WHERE dsr_id = ? AND last_resource_id >= ? ORDER BY last_resource_id LIMIT 1")
{
    m_failed = !m_all.valid() || !m_covering.valid();
}

bool ChunkStore::readAll(qint64 dsrId, std::vector<ResourceSums> &out)
{
    if (m_failed)
        return false;
    m_all.bind(1, dsrId << 32);
    m_all.bind(2, (dsrId << 32) | 0xFFFFFFFFLL);
    int rc;
    while ((rc = m_all.step()) == SQLITE_ROW) {
        const std::string_view data = m_all.blob(0);
        if (!resourcechunk::decode(data.data(), data.size(), out)) {
            rc = SQLITE_CORRUPT;
            break;
        }
    }
    m_all.reset();
    m_failed = rc != SQLITE_DONE;
    return !m_failed;
}

bool ChunkStore::load(qint64 dsrId, std::int64_t resourceId, CachedChunk &chunk)
{
    m_covering.bind(1, dsrId);
    m_covering.bind(2, resourceId);
    chunk = CachedChunk();
    const int rc = m_covering.step();
    bool ok = rc == SQLITE_DONE;
    if (rc == SQLITE_ROW) {
        chunk.first = sqlite3_column_int64(m_covering.get(), 0);
        chunk.last = sqlite3_column_int64(m_covering.get(), 1);
        const std::string_view data = m_covering.blob(2);
        ok = resourcechunk::decode(data.data(), data.size(), chunk.sums);
    } else if (ok) {
        chunk.first = resourceId; // past the DSR's last resource: remember the miss
        chunk.last = std::numeric_limits<std::int64_t>::max();
    }
    m_covering.reset();
    m_failed = m_failed || !ok;
    return ok;
}

std::optional<ResourceSums> ChunkStore::find(qint64 dsrId, std::int64_t resourceId)
{
    if (m_failed)
        return std::nullopt;
    CachedChunk &chunk = m_cache[dsrId];
    if (resourceId < chunk.first || resourceId > chunk.last) {
        if (!load(dsrId, resourceId, chunk))
            return std::nullopt;
    }
    const auto it = std::lower_bound(chunk.sums.begin(), chunk.sums.end(), resourceId,
                                     [](const ResourceSums &s, std::int64_t id) { return s.resourceId < id; });
    if (it == chunk.sums.end() || it->resourceId != resourceId)
        return std::nullopt;
    return *it;
}

bool ChunkStore::visit(qint64 dsrId, const std::vector<std::int64_t> *only,
                       const std::function<void(const ResourceSums &)> &visit)
{
    // Above this many resources reading the DSR whole beats a lookup each.
    constexpr std::size_t kLookupLimit = 4096;
    if (only && only->size() <= kLookupLimit) {
        for (std::int64_t id : *only)
            if (const auto sums = find(dsrId, id))
                visit(*sums);
        return !m_failed;
    }
    m_buffer.clear();
    if (!readAll(dsrId, m_buffer))
        return false;
    if (!only) {
        for (const ResourceSums &sums : m_buffer)
            visit(sums);
        return true;
    }
    // Both are sorted by id: walk them together rather than search for each sum.
    auto wanted = only->begin();
    for (const ResourceSums &sums : m_buffer) {
        while (wanted != only->end() && *wanted < sums.resourceId)
            ++wanted;
        if (wanted == only->end())
            break;
        if (*wanted == sums.resourceId)
            visit(sums);
    }
    return true;
}

} // namespace rd
