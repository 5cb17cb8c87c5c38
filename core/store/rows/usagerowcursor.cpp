#include "usagerowcursor.h"

#include "db/database.h"

namespace rd {

Expected<std::optional<UsageRowCursor::Span>> UsageRowCursor::span(Database &database, qint64 dsrId)
{
    using Result = Expected<std::optional<Span>>;
    SqliteStatement count(database.handle(), "SELECT row_count, (SELECT min(id) FROM usage_rows WHERE id BETWEEN ?2 AND ?3), "
                                             "(SELECT max(id) FROM usage_rows WHERE id BETWEEN ?2 AND ?3) FROM dsrs WHERE id = ?1");
    if (!count.valid())
        return Result::failure(QString::fromUtf8(sqlite3_errmsg(database.handle())));
    count.bind(1, dsrId);
    count.bind(2, dsrId << 32);
    count.bind(3, (dsrId << 32) | 0xFFFFFFFFLL);
    if (count.step() != SQLITE_ROW || sqlite3_column_type(count.get(), 1) == SQLITE_NULL)
        return std::optional<Span>();
    return std::optional<Span>(Span{sqlite3_column_int64(count.get(), 0), sqlite3_column_int64(count.get(), 1), sqlite3_column_int64(count.get(), 2)});
}

UsageRowCursor::UsageRowCursor(Database &database, std::int64_t first, std::int64_t last)
    : UsageRowCursor(database.handle(), nullptr, first, last)
{
}

UsageRowCursor::UsageRowCursor(sqlite3 *db, sqlite3 *owned, std::int64_t first, std::int64_t last)
    : m_db(db)
    , m_owned(owned, sqlite3_close)
    , m_rows(db, "SELECT id, resource_id, usages, revenue FROM usage_rows WHERE id BETWEEN ? AND ?")
    , m_failed(!m_rows.valid())
{
    if (!m_failed) {
        m_rows.bind(1, first);
        m_rows.bind(2, last);
    }
}

std::unique_ptr<UsageRowCursor> UsageRowCursor::onSecondConnection(Database &database, std::int64_t first, std::int64_t last)
{
    const char *file = sqlite3_db_filename(database.handle(), "main");
    sqlite3 *second = nullptr;
    if (!file || !*file || sqlite3_open_v2(file, &second, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(second);
        return nullptr;
    }
    return std::unique_ptr<UsageRowCursor>(new UsageRowCursor(second, second, first, last));
}

UsageRowCursor::~UsageRowCursor() = default;

bool UsageRowCursor::next()
{
    if (m_failed)
        return false;
    const int rc = m_rows.step();
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    return rc == SQLITE_ROW;
}

std::optional<std::int64_t> UsageRowCursor::usages() const
{
    if (sqlite3_column_type(m_rows.get(), 2) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(m_rows.get(), 2);
}

QString UsageRowCursor::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace rd
