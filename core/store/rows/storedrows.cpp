#include "storedrows.h"

#include "db/database.h"
#include "db/sqlitestatement.h"

namespace rd {

std::map<qint64, StoredRow> readStoredRows(Database &database, const std::vector<qint64> &rowIds)
{
    std::map<qint64, StoredRow> rows;
    SqliteStatement q(database.handle(), "SELECT u.usages, u.revenue, r.dsp_id, r.title, r.artists, r.isrc, l.version, l.line "
                          "FROM usage_rows u JOIN resources r ON r.id = u.resource_id "
                          "LEFT JOIN usage_row_lines l ON l.row_id = u.id WHERE u.id = ?");
    if (!q.valid())
        return rows;
    auto text = [&](int column) { return QString::fromUtf8(q.text(column).data(), qsizetype(q.text(column).size())); };
    for (qint64 id : rowIds) {
        q.bind(1, id);
        if (q.step() == SQLITE_ROW) {
            StoredRow r;
            r.rowId = id;
            if (sqlite3_column_type(q.get(), 0) != SQLITE_NULL)
                r.usages = sqlite3_column_int64(q.get(), 0);
            r.revenue = text(1);
            r.dspId = text(2);
            r.title = text(3);
            r.artists = text(4);
            r.isrc = text(5);
            const bool moved = sqlite3_column_type(q.get(), 6) != SQLITE_NULL;
            r.version = moved ? sqlite3_column_int(q.get(), 6) : 1;
            r.line = moved ? sqlite3_column_int64(q.get(), 7) : (id & 0xFFFFFFFF);
            rows.emplace(id, r);
        }
        q.reset();
    }
    return rows;
}

} // namespace rd
