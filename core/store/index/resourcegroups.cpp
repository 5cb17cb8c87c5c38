#include "resourcegroups.h"

#include "db/database.h"

#include "db/sqlitestatement.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cstring>
#include <string>

namespace rd::resourcegroups {
namespace {

constexpr int kKeyBytes = 16;

void appendKey(QByteArray &buffer, const ResourceKey &key)
{
    char bytes[kKeyBytes];
    std::memcpy(bytes, &key.low, 8); // the build targets little-endian machines only
    std::memcpy(bytes + 8, &key.high, 8);
    buffer.append(bytes, kKeyBytes);
}

} // namespace

ResourceKey keyOf(std::int64_t resourceId, std::string_view dspId, std::string_view isrc)
{
    if (isrc.empty())
        return {static_cast<std::uint64_t>(resourceId), 0};
    thread_local std::string joined;
    joined.assign(dspId).append(1, '\t').append(isrc);
    const XXH128_hash_t h = XXH3_128bits(joined.data(), joined.size());
    return {h.low64, h.high64 | (std::uint64_t(1) << 63)};
}

bool Writer::start(std::int64_t firstNewId)
{
    m_nextId = firstNewId;
    m_chunk = (firstNewId - 1) / kPerChunk;
    m_buffer.clear();
    const std::int64_t kept = (firstNewId - 1) % kPerChunk;
    if (kept == 0)
        return true;
    SqliteStatement q(m_db, "SELECT data FROM resource_group_chunks WHERE chunk = ?");
    if (!q.valid())
        return false;
    q.bind(1, m_chunk);
    if (q.step() != SQLITE_ROW)
        return false;
    const std::string_view data = q.blob(0);
    m_buffer = QByteArray(data.data(), qsizetype(data.size()));
    return m_buffer.size() == kept * kKeyBytes;
}

bool Writer::add(std::int64_t resourceId, std::string_view dspId, std::string_view isrc)
{
    if (resourceId < m_nextId)
        return false;
    // Ids that no resource holds (a gap an old database may have) get keys no resource can share.
    for (; m_nextId < resourceId; ++m_nextId)
        if (!append(keyOf(m_nextId, {}, {})))
            return false;
    ++m_nextId;
    return append(keyOf(resourceId, dspId, isrc));
}

bool Writer::append(const ResourceKey &key)
{
    appendKey(m_buffer, key);
    if (m_buffer.size() < kPerChunk * kKeyBytes)
        return true;
    if (!flush())
        return false;
    ++m_chunk;
    m_buffer.clear();
    return true;
}

bool Writer::finish()
{
    return m_buffer.isEmpty() || flush();
}

bool Writer::flush()
{
    SqliteStatement q(m_db, "INSERT OR REPLACE INTO resource_group_chunks (chunk, data) VALUES (?, ?)");
    if (!q.valid())
        return false;
    q.bind(1, m_chunk);
    sqlite3_bind_blob(q.get(), 2, m_buffer.constData(), int(m_buffer.size()), SQLITE_STATIC);
    return q.step() == SQLITE_DONE;
}

bool read(sqlite3 *db, std::int64_t firstId, std::int64_t lastId, std::vector<ResourceKey> &out)
{
    out.assign(std::size_t(std::max<std::int64_t>(0, lastId - firstId + 1)), ResourceKey());
    return out.empty() || read(db, firstId, lastId, out.data());
}

bool read(Database &database, std::int64_t firstId, std::int64_t lastId, ResourceKey *out)
{
    return read(database.handle(), firstId, lastId, out);
}

bool read(sqlite3 *db, std::int64_t firstId, std::int64_t lastId, ResourceKey *out)
{
    if (lastId < firstId)
        return true;
    SqliteStatement q(db, "SELECT chunk, data FROM resource_group_chunks WHERE chunk BETWEEN ? AND ? ORDER BY chunk");
    if (!q.valid())
        return false;
    q.bind(1, (firstId - 1) / kPerChunk);
    q.bind(2, (lastId - 1) / kPerChunk);
    std::int64_t filled = 0;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const std::int64_t chunkFirstId = sqlite3_column_int64(q.get(), 0) * kPerChunk + 1;
        const char *data = q.blob(1).data();
        const std::int64_t count = std::int64_t(q.blob(1).size()) / kKeyBytes;
        for (std::int64_t i = 0; i < count; ++i) {
            const std::int64_t id = chunkFirstId + i;
            if (id < firstId || id > lastId)
                continue;
            ResourceKey &key = out[std::size_t(id - firstId)];
            std::memcpy(&key.low, data + i * kKeyBytes, 8);
            std::memcpy(&key.high, data + i * kKeyBytes + 8, 8);
            ++filled;
        }
    }
    return rc == SQLITE_DONE && filled == lastId - firstId + 1;
}

bool rebuildAll(sqlite3 *db, QString &error)
{
    SqliteStatement resources(db, "SELECT id, dsp_id, isrc FROM resources ORDER BY id");
    if (!resources.valid()) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    Writer writer(db);
    bool ok = writer.start(1);
    int rc = SQLITE_DONE;
    while (ok && (rc = resources.step()) == SQLITE_ROW)
        ok = writer.add(sqlite3_column_int64(resources.get(), 0), resources.text(1), resources.text(2));
    ok = ok && rc == SQLITE_DONE && writer.finish();
    if (!ok)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    return ok;
}

} // namespace rd::resourcegroups
