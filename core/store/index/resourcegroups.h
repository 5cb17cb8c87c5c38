#pragma once

#include "formats/resourcekey.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

struct sqlite3;

namespace rd {

class Database;

// Which line of the top-percentile report each resource belongs to: resources
// with the same dsp_id and ISRC share a line, a resource without an ISRC is a
// line of its own. Kept as one 128-bit digest per resource in blobs of 1,024
// consecutive ids (resource_group_chunks), appended as imports create
// resources, so the report never reads the resources' text.
namespace resourcegroups {

constexpr std::int64_t kPerChunk = 1024;

// The line key of a resource. Digests have the top bit set; a resource
// without an ISRC gets {id, 0}, which no digest can equal.
ResourceKey keyOf(std::int64_t resourceId, std::string_view dspId, std::string_view isrc);

// Appends the keys of new resources (consecutive ids) inside the import's transaction.
class Writer
{
public:
    explicit Writer(sqlite3 *db) : m_db(db) {}
    // Continues the chunk that the last existing resource left unfinished.
    bool start(std::int64_t firstNewId);
    bool add(std::int64_t resourceId, std::string_view dspId, std::string_view isrc);
    bool finish();

private:
    bool append(const ResourceKey &key);
    bool flush();

    sqlite3 *m_db;
    std::int64_t m_nextId = 0;
    std::int64_t m_chunk = 0;
    QByteArray m_buffer;
};

// The keys of resources [firstId, lastId], indexed by id - firstId; false on a read error.
bool read(sqlite3 *db, std::int64_t firstId, std::int64_t lastId, std::vector<ResourceKey> &out);
// The same into lastId - firstId + 1 keys at out.
bool read(sqlite3 *db, std::int64_t firstId, std::int64_t lastId, ResourceKey *out);
bool read(Database &database, std::int64_t firstId, std::int64_t lastId, ResourceKey *out);

// Fills resource_group_chunks for every stored resource (the schema upgrade).
bool rebuildAll(sqlite3 *db, QString &error);

} // namespace resourcegroups
} // namespace rd
