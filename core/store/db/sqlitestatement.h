#pragma once

#include <sqlite3.h>

#include <string_view>

namespace rd {

// Runs SQL without results (BEGIN, COMMIT, ...) on a raw connection.
inline bool execRaw(sqlite3 *db, const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

// A prepared statement on a raw SQLite connection, for the bulk paths where
// SqlQuery's per-value QVariants would dominate. Finalized on destruction.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool valid() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }

    void bind(int index, sqlite3_int64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }
    // The text must stay alive until step(); the import's batches guarantee that.
    void bindText(int index, std::string_view text)
    {
        if (text.empty())
            sqlite3_bind_null(m_stmt, index);
        else
            sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    }

    // A column of the current row as bytes (empty for NULL), valid until the next step() or reset().
    std::string_view text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? std::string_view(data, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
    }
    std::string_view blob(int column) const
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return data ? std::string_view(data, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
    }

    // Runs the statement to completion (or to its first row) and resets it.
    int step() { return sqlite3_step(m_stmt); }
    void reset() { sqlite3_reset(m_stmt); }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace rd
