#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace rd {

class Database;

// The one way core holds a transaction: it rolls back unless committed.
//
// Write mode is BEGIN IMMEDIATE: it takes the write lock before the first
// read, so a read-modify-write sees the latest committed state and cannot
// fail later with SQLITE_BUSY_SNAPSHOT. While another process holds the lock
// (an import of a large file, a sweep) it waits, retrying past each busy
// timeout, for up to maxWaitMs. Read mode is a deferred BEGIN: one consistent
// snapshot for several reads.
//
// SqlQuery and SqliteStatement on the same Database share the transaction:
// both run on its one SQLite connection (Database::handle()).
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    enum class Mode { Write, Read };
    static constexpr int kDefaultMaxWaitMs = 30 * 60 * 1000;

    // Domain code opens its transactions on the Database, never on a backend handle,
    // so another backend can stand behind the same guard.
    explicit Transaction(Database &database, Mode mode = Mode::Write, int maxWaitMs = kDefaultMaxWaitMs);
    // For the SQLite owners' own use.
    explicit Transaction(sqlite3 *db, Mode mode = Mode::Write, int maxWaitMs = kDefaultMaxWaitMs);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded; error() says why not.
    bool active() const { return m_active; }
    explicit operator bool() const { return m_active; }
    bool commit();
    void rollback();
    // SQLite's message for the last failure on this connection.
    QString error() const;

private:
    sqlite3 *m_db;
    bool m_active = false;
    QString m_error;
};

// True when SQLite failed because another connection holds a lock (busy or locked).
bool isBusy(sqlite3 *db);
bool isBusy(Database &database);

} // namespace rd
