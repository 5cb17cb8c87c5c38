#pragma once

#include "db/sqlitestatement.h"
#include "util/expected.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

namespace rd {

class Database;

// Reads a DSR's stored usage rows (usage_rows) by id range, streamed: the
// re-delivery diff loads the stored side through it. A DSR's row ids are
// dsr_id << 32 | n.
class UsageRowCursor
{
public:
    // The DSR's row count and its lowest and highest row ids; nullopt when it has no rows.
    struct Span
    {
        std::int64_t rowCount = 0, firstId = 0, lastId = 0;
    };
    static Expected<std::optional<Span>> span(Database &database, qint64 dsrId);

    // Rows with ids in [first, last], on the database's connection.
    UsageRowCursor(Database &database, std::int64_t first, std::int64_t last);
    // The same on a second, read-only connection to the same file, so that two
    // threads can scan two halves at once; null for an in-memory database.
    static std::unique_ptr<UsageRowCursor> onSecondConnection(Database &database, std::int64_t first, std::int64_t last);
    ~UsageRowCursor();
    UsageRowCursor(const UsageRowCursor &) = delete;
    UsageRowCursor &operator=(const UsageRowCursor &) = delete;

    // Moves to the next row; false at the end or on an error (failed() tells).
    bool next();
    std::int64_t rowId() const { return sqlite3_column_int64(m_rows.get(), 0); }
    std::int64_t resourceId() const { return sqlite3_column_int64(m_rows.get(), 1); }
    std::optional<std::int64_t> usages() const;
    std::string_view revenue() const { return m_rows.text(3); } // canonical decimal text; empty when missing
    bool failed() const { return m_failed; }
    QString error() const;

private:
    UsageRowCursor(sqlite3 *db, sqlite3 *owned, std::int64_t first, std::int64_t last);

    sqlite3 *m_db;
    // The second connection: declared before the statement, so closed after it is finalized.
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> m_owned;
    SqliteStatement m_rows;
    bool m_failed = false;
};

} // namespace rd
