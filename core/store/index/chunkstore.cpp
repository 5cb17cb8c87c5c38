#include "chunkstore.h"

#include "db/database.h"

#include <algorithm>

namespace rd {

ChunkStore::ChunkStore(Database &database)
    : ChunkStore(database.handle())
{
}

ChunkStore::ChunkStore(sqlite3 *db)
    : m_all(db, "SELECT data FROM dsr_resource_chunks WHERE id BETWEEN ? AND ? ORDER BY id")
    , m_covering(db, "SELECT first_resource_id, last_resource_id, data FROM dsr_resource_chunks "
                     "WHERE dsr_id = ? AND last_resource_id >= ? ORDER BY last_resource_id LIMIT 1")
    , m_range(db, "SELECT (SELECT first_resource_id FROM dsr_resource_chunks WHERE id BETWEEN ?1 AND ?2 ORDER BY id LIMIT 1), "
                  "(SELECT max(last_resource_id) FROM dsr_resource_chunks WHERE dsr_id = ?3)")
{
    m_failed = !m_all.valid() || !m_covering.valid() || !m_range.valid();
}

std::optional<std::pair<std::int64_t, std::int64_t>> ChunkStore::idRange(qint64 dsrId)
{
    if (m_failed)
        return std::nullopt;
    m_range.bind(1, dsrId << 32);
    m_range.bind(2, (dsrId << 32) | 0xFFFFFFFFLL);
    m_range.bind(3, dsrId);
    std::optional<std::pair<std::int64_t, std::int64_t>> range;
    const int rc = m_range.step();
    if (rc == SQLITE_ROW && sqlite3_column_type(m_range.get(), 0) != SQLITE_NULL)
        range = std::make_pair(sqlite3_column_int64(m_range.get(), 0), sqlite3_column_int64(m_range.get(), 1));
    m_failed = rc != SQLITE_ROW;
    m_range.reset();
    return range;
}

bool ChunkStore::scan(qint64 dsrId, const std::function<void(const View &)> &onChunk)
{
    if (m_failed)
        return false;
    m_all.bind(1, dsrId << 32);
    m_all.bind(2, (dsrId << 32) | 0xFFFFFFFFLL);
    int rc;
    while ((rc = m_all.step()) == SQLITE_ROW) {
        const std::string_view data = m_all.blob(0);
        const auto view = View::parse(data.data(), data.size());
        if (!view) {
            rc = SQLITE_CORRUPT;
            break;
        }
        onChunk(*view);
    }
    m_all.reset();
    m_failed = rc != SQLITE_DONE;
    return !m_failed;
}

bool ChunkStore::readAll(qint64 dsrId, std::vector<ResourceSums> &out)
{
    return scan(dsrId, [&](const View &chunk) {
        // Grow geometrically: an exact reserve per chunk would copy everything per chunk.
        if (out.capacity() < out.size() + chunk.size())
            out.reserve(std::max(2 * out.capacity(), out.size() + chunk.size()));
        for (std::size_t i = 0; i < chunk.size(); ++i)
            out.push_back(chunk.at(i));
    });
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
        chunk.data = QByteArray(data.data(), qsizetype(data.size()));
        chunk.view = View::parse(chunk.data.constData(), std::size_t(chunk.data.size()));
        ok = chunk.view.has_value();
    } else if (ok) {
        chunk.first = resourceId; // past the DSR's last resource: remember the miss
        chunk.last = std::numeric_limits<std::int64_t>::max();
    }
    m_covering.reset();
    m_failed = m_failed || !ok;
    return ok;
}

std::optional<std::pair<const ChunkStore::View *, std::size_t>> ChunkStore::locate(qint64 dsrId, std::int64_t resourceId)
{
    if (m_failed)
        return std::nullopt;
    CachedChunk &chunk = m_cache[dsrId];
    if (resourceId < chunk.first || resourceId > chunk.last) {
        if (!load(dsrId, resourceId, chunk))
            return std::nullopt;
    }
    if (!chunk.view)
        return std::nullopt;
    const std::size_t at = chunk.view->lowerBound(resourceId);
    if (at == chunk.view->size() || chunk.view->id(at) != resourceId)
        return std::nullopt;
    return std::make_pair(&*chunk.view, at);
}

std::optional<ResourceSums> ChunkStore::find(qint64 dsrId, std::int64_t resourceId)
{
    const auto found = locate(dsrId, resourceId);
    return found ? std::optional(found->first->at(found->second)) : std::nullopt;
}

bool ChunkStore::visitMatches(qint64 dsrId, const std::vector<std::int64_t> &only,
                              const std::function<void(std::size_t, const View &, std::size_t)> &onMatch)
{
    // Above this many resources reading the DSR whole beats a lookup each.
    constexpr std::size_t kLookupLimit = 4096;
    if (only.size() <= kLookupLimit) {
        for (std::size_t k = 0; k < only.size(); ++k)
            if (const auto found = locate(dsrId, only[k]))
                onMatch(k, *found->first, found->second);
        return !m_failed;
    }
    // Both are sorted by id: walk them together rather than search for each sum.
    std::size_t wanted = 0;
    return scan(dsrId, [&](const View &chunk) {
        for (std::size_t i = 0; i < chunk.size() && wanted < only.size(); ++i) {
            const std::int64_t id = chunk.id(i);
            while (wanted < only.size() && only[wanted] < id)
                ++wanted;
            if (wanted < only.size() && only[wanted] == id)
                onMatch(wanted, chunk, i);
        }
    });
}

bool ChunkStore::visit(qint64 dsrId, const std::vector<std::int64_t> *only,
                       const std::function<void(const ResourceSums &)> &visit)
{
    if (only)
        return visitMatches(dsrId, *only, [&](std::size_t, const View &chunk, std::size_t i) { visit(chunk.at(i)); });
    return scan(dsrId, [&](const View &chunk) {
        for (std::size_t i = 0; i < chunk.size(); ++i)
            visit(chunk.at(i));
    });
}

} // namespace rd
