#include "resourcescan.h"

#include "db/database.h"

namespace rd {

ResourceScan::ResourceScan(Database &database, std::int64_t afterId, std::int64_t upToId)
    : m_db(database)
    , m_query(database.handle(), "SELECT id, dsp_id, title, artists, isrc FROM resources WHERE id > ? AND id <= ? ORDER BY id")
    , m_failed(!m_query.valid())
{
    if (!m_failed) {
        m_query.bind(1, sqlite3_int64(afterId));
        m_query.bind(2, sqlite3_int64(upToId));
    }
}

bool ResourceScan::next()
{
    if (m_failed)
        return false;
    const int rc = m_query.step();
    if (rc != SQLITE_ROW) {
        m_failed = rc != SQLITE_DONE;
        return false;
    }
    m_row = ResourceFields{sqlite3_column_int64(m_query.get(), 0), m_query.text(1), m_query.text(2), m_query.text(3), m_query.text(4)};
    return true;
}

QString ResourceScan::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
}

} // namespace rd
