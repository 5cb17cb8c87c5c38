#include "versionrows.h"

#include "db/database.h"
#include "db/sqlitestatement.h"

#include <map>

namespace rd {

Expected<std::vector<VersionRow>> VersionRows::read(Database &database, qint64 dsrId, int version)
{
    using Result = Expected<std::vector<VersionRow>>;
    sqlite3 *db = database.handle();
    SqliteStatement current(db, "SELECT id, resource_id, usages, revenue FROM usage_rows WHERE id BETWEEN ? AND ?");
    SqliteStatement changes(db, "SELECT row_id, kind, old_resource_id, old_usages, old_revenue FROM usage_row_changes "
                                "WHERE dsr_id = ? AND version > ? ORDER BY version DESC");
    if (!current.valid() || !changes.valid())
        return Result::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    auto rowFrom = [](SqliteStatement &q, int first) {
        VersionRow r;
        r.resourceId = sqlite3_column_int64(q.get(), first);
        if (sqlite3_column_type(q.get(), first + 1) != SQLITE_NULL)
            r.usages = sqlite3_column_int64(q.get(), first + 1);
        const std::string_view revenue = q.text(first + 2);
        r.revenue = QString::fromUtf8(revenue.data(), qsizetype(revenue.size()));
        return r;
    };
    std::map<qint64, VersionRow> rows;
    current.bind(1, dsrId << 32);
    current.bind(2, (dsrId << 32) | 0xFFFFFFFFLL);
    while (current.step() == SQLITE_ROW) {
        VersionRow r = rowFrom(current, 1);
        r.rowId = sqlite3_column_int64(current.get(), 0);
        rows.emplace(r.rowId, r);
    }
    changes.bind(1, dsrId);
    changes.bind(2, version);
    int rc;
    while ((rc = changes.step()) == SQLITE_ROW) {
        const qint64 rowId = sqlite3_column_int64(changes.get(), 0);
        if (changes.text(1) == "created") {
            rows.erase(rowId);
        } else {
            VersionRow r = rowFrom(changes, 2);
            r.rowId = rowId;
            rows[rowId] = r;
        }
    }
    if (rc != SQLITE_DONE)
        return Result::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    std::vector<VersionRow> out;
    out.reserve(rows.size());
    for (auto &[id, r] : rows)
        out.push_back(std::move(r));
    return out;
}

} // namespace rd
