#pragma once

#include "util/expected.h"

#include <QList>
#include "db/sqlquery.h"
#include <QString>

#include <optional>

namespace rd {

class Database;

// One stored usage row with its resource's text, as a drill-down lists it.
struct PagedRow
{
    qint64 rowId = 0;
    std::optional<qint64> usages;
    QString revenue, dspId, title, artists, isrc;
    qint64 fileLine = 0; // 0 unless a re-delivery wrote the row
};

// Pages through stored usage rows (usage_rows with resources), by row id: the
// rows of one resource, or those whose resource's text contains a search.
class UsageRowPages
{
public:
    // resourceId 0: any; an empty search: no text condition.
    UsageRowPages(Database &database, qint64 resourceId, const QString &search, int limit);

    // Up to the limit rows with ids in (afterRowId, lastRowId].
    Expected<QList<PagedRow>> page(qint64 afterRowId, qint64 lastRowId);

private:
    SqlQuery m_query;
    QString m_pattern; // the search as a LIKE pattern; empty without one
    bool m_prepared = false;
};

} // namespace rd
