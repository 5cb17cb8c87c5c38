#pragma once

#include "money/decimalsum.h"

#include <QString>

#include <memory>
#include <vector>

struct sqlite3;

namespace rd {

class Database;

struct TopListEntry
{
    std::int64_t resourceId = 0;
    qint64 usages = 0;
    DecimalSum revenue;     // as reported
    double mantissa = 0;    // the revenue's mantissa as a double, for ranking
};

// One DSR's stored top list (dsr_top_resources), best first.
struct TopList
{
    std::vector<TopListEntry> entries;
    bool truncated = false; // the DSR has resources beyond the list
};

// The top lists parsed once per process. An ingested DSR never changes, so a
// list stays valid for as long as its (database, id, SHA-256) names it; every
// Analytics query opens its own connection, so the cache is shared by all
// threads. It holds the most recently used lists, a few megabytes each at most.
class TopListCache
{
public:
    // The DSR's list, read from the database when it is not cached; null on a read error.
    static std::shared_ptr<const TopList> get(Database &database, qint64 dsrId, const QString &sha256);
};

} // namespace rd
