#pragma once

#include "db/sqlitestatement.h"

#include <QString>

#include <cstdint>
#include <string_view>

namespace rd {

class Database;

// One resource's descriptive fields, valid until the scan moves on.
struct ResourceFields
{
    std::int64_t id = 0;
    std::string_view dspId, title, artists, isrc;
};

// Reads the resources (the recordings of every DSR) in id order, streamed:
// the search corpus, the analytics scan, the licensing catalogue and the
// re-delivery diff read them through here, never from the table.
class ResourceScan
{
public:
    // Resources with afterId < id <= upToId.
    ResourceScan(Database &database, std::int64_t afterId = 0, std::int64_t upToId = INT64_MAX);

    // Moves to the next resource; false at the end or on an error (failed() tells).
    bool next();
    const ResourceFields &row() const { return m_row; }
    bool failed() const { return m_failed; }
    QString error() const;

private:
    Database &m_db;
    SqliteStatement m_query;
    ResourceFields m_row;
    bool m_failed = false;
};

} // namespace rd
