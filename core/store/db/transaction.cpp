#include "transaction.h"

#include "db/database.h"

#include <sqlite3.h>

namespace rd {
namespace {

constexpr int kRetryMs = 200;

bool exec(sqlite3 *db, const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

} // namespace

bool isBusy(sqlite3 *db)
{
    const int code = sqlite3_extended_errcode(db) & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

bool isBusy(Database &database)
{
    return isBusy(database.handle());
}

Transaction::Transaction(Database &database, Mode mode, int maxWaitMs)
    : Transaction(database.handle(), mode, maxWaitMs)
{
}

Transaction::Transaction(sqlite3 *db, Mode mode, int maxWaitMs)
    : m_db(db)
{
    const char *begin = mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN";
    for (int waited = 0;; waited += kRetryMs) {
        if (exec(m_db, begin)) {
            m_active = true;
            return;
        }
        if (!isBusy(m_db) || waited >= maxWaitMs) {
            m_error = tr("Cannot start a transaction: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
            return;
        }
        sqlite3_sleep(kRetryMs);
    }
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    // COMMIT can meet a reader's lock on the way out (SQLITE_BUSY); it is retried, never lost.
    for (int waited = 0;; waited += kRetryMs) {
        if (exec(m_db, "COMMIT")) {
            m_active = false;
            return true;
        }
        if (!isBusy(m_db) || waited >= kDefaultMaxWaitMs) {
            m_error = tr("Cannot commit: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
            rollback();
            return false;
        }
        sqlite3_sleep(kRetryMs);
    }
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    exec(m_db, "ROLLBACK");
    m_active = false;
}

QString Transaction::error() const
{
    return m_error.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_error;
}

} // namespace rd
