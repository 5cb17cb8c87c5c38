#pragma once

#include "db/sqlitestatement.h"

#include <QString>

#include <optional>

namespace rd {

class Database;

struct ResourceText
{
    QString dspId, title, artists, isrc;
};

// Reads resources' descriptive fields by id, for the few that a report names.
class ResourceTextReader
{
public:
    explicit ResourceTextReader(Database &database);
    // nullopt when no resource has the id, or on a read error (then failed() says so).
    std::optional<ResourceText> read(std::int64_t resourceId);
    bool failed() const { return m_failed; }

private:
    SqliteStatement m_query;
    bool m_failed = false;
};

} // namespace rd
