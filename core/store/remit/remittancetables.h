#pragma once

#include "remit/remittancerecords.h"
#include "util/expected.h"

#include <QList>

#include <map>
#include <memory>
#include <optional>

namespace rd {

class SqlQuery;

class Database;

// Owner of the remittance tables: `remittances`, `usage_events`,
// `remittance_attempts`, `remittance_sender` and `remittance_audit`. Each
// function is one statement; the callers in remit/ (the book, the sender,
// the recovery actions, the monitor) decide the transactions, with the
// Transaction guard on the same Database.
class RemittanceTables
{
public:
    explicit RemittanceTables(Database &database);
    ~RemittanceTables();

    // ---- the book: windows and usage
    Expected<std::optional<RemittanceWindow>> window(const UsageEvent &key, const QString &hour);
    Expected<qint64> createWindow(const UsageEvent &key, const QString &hour, const QString &value, const QString &idempotencyKey,
                                  const QString &correlationId);
    // Sets the value of a window that is still open (pending, never sent); false when it no longer is.
    Expected<bool> setOpenValue(qint64 id, const QString &value, const QString &note = QString());
    Status recordEvent(const UsageEvent &event, const QString &source, qint64 remittanceId);

    // ---- the sender
    Expected<std::optional<QString>> senderOwner();
    Status setSenderOwner(const QString &owner, const QDateTime &since);
    Status releaseSender(const QString &owner);
    // What a dead sender left in flight (in progress or sent) goes back to pending.
    Status requeueInFlight(const QString &note, const QDateTime &at);
    // Unsettled remittances of these marketplaces: how many, and the earliest retry time ("" when one is due now).
    Expected<std::pair<qint64, QString>> unsettled(const QStringList &marketplaces);
    Expected<QList<DueRemittance>> due(const QDateTime &now);
    // The remittance as it is now (status, value, payload, attempts), or nullopt when it is gone.
    Expected<std::optional<DueRemittance>> current(qint64 id);
    Status markGratis(qint64 id, const QDateTime &at);
    // Pending → in progress with its payload and attempt number; false when it is no longer pending.
    Expected<bool> claim(qint64 id, const QString &payload, int attempt, const QDateTime &at);
    Expected<qint64> addAttempt(qint64 remittanceId, const QDateTime &at);
    Status markSent(qint64 id, const QDateTime &at);
    Status recordAttemptAnswer(qint64 attemptId, std::optional<int> httpStatus, const QString &errorCode, const QString &message,
                               qint64 latencyMs);
    Status settle(qint64 id, const QString &status, const QString &errorCode, const QString &note, const QDateTime &at);
    Status reschedule(qint64 id, const QString &errorCode, const QDateTime &nextAttempt, const QDateTime &at);

    // ---- recovery actions (each returns the number of remittances changed)
    Expected<int> retryFailed(const QList<qint64> &ids);
    Expected<int> redriveDeadLetters(const QList<qint64> &ids); // empty: all
    Expected<int> resetPendingValues(const QString &product, const QString &fromHour, const QString &toHour, const QStringList &accounts);
    Expected<QList<RecalculationRow>> recalculationRows(const QString &fromHour, const QString &toHour);
    Expected<int> markStuck(const QDateTime &updatedBefore, const QString &status, const QString &note);
    Status audit(const QString &action, const QString &detail, const QString &who);

    // ---- the monitor
    // (marketplace, hour, status) → count over [fromHour, toHour).
    Expected<std::map<std::tuple<QString, QString, QString>, int>> statusCounts(const QString &fromHour, const QString &toHour);
    struct Unhappy
    {
        int failed = 0, deadLetters = 0;
        QDateTime oldestDeadLetter;
    };
    Expected<Unhappy> unhappy();
    Expected<int> stuckCount(const QDateTime &updatedBefore);
    // (metric, value) of every pending remittance.
    Expected<QList<std::pair<QString, QString>>> pendingValues();
    Expected<QList<RemittanceRow>> list(const RemittanceFilter &filter);
    Expected<QStringList> marketplaces();
    Expected<QList<AttemptRow>> attempts(qint64 remittanceId);
    Expected<QList<QStringList>> auditLog(int limit);

private:
    SqlQuery &prepared(const char *name, const QString &sql);

    Database &m_db;
    std::map<const char *, std::unique_ptr<SqlQuery>> m_statements; // the book's, prepared once per RemittanceTables
};

} // namespace rd
