#pragma once

#include <QString>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rd {

class Database;

// An empty text binds as NULL: the owners store a missing value as NULL, not as ''.
inline QVariant nullIfEmpty(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }

// A statement for the owners' ordinary SQL: values bound and read as QVariants,
// by position, on the Database's one SQLite connection (so inside its
// transaction). The bulk paths use SqliteStatement, on the same connection,
// to bind and read without a QVariant per value.
//
// It reads forward only. exec() runs the statement to its first row; next() moves to each row in turn,
// the first included. After exec() the bindings start again from the first, so
// a statement is bound and run again in a loop.
class SqlQuery
{
public:
    explicit SqlQuery(const Database &database);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    bool prepare(const QString &sql);
    void addBindValue(const QVariant &value);
    void bindValue(int index, const QVariant &value); // 0-based
    bool exec();
    bool exec(const QString &sql); // prepare and exec

    bool next();
    QVariant value(int column) const;
    int numRowsAffected() const { return m_changes; }
    QVariant lastInsertId() const { return m_lastInsertId; }
    // Resets the statement, releasing its read of the tables (the bindings stay prepared).
    void finish();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorText() const { return m_error; }

private:
    void fail();
    void clearStatement();

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QVariant> m_bindings;
    int m_nextBinding = 0;
    bool m_rowPending = false; // exec() stepped onto a row that next() has not handed out yet
    bool m_done = true;
    int m_changes = 0;
    QVariant m_lastInsertId;
    QString m_error;
};

} // namespace rd
