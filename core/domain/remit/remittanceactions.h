#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace rd {

class Database;

// What people do to remittances, each written to the remittance audit log
// with who and when. Payloads already sent are never changed: a retry or a
// re-drive sends the same bytes under the same key.
class RemittanceActions
{
    Q_DECLARE_TR_FUNCTIONS(RemittanceActions)

public:
    explicit RemittanceActions(Database &database) : m_db(database) {}

    // Failed items due again now. Returns how many.
    Expected<int> retry(const QList<qint64> &ids);
    // Dead letters due again with a fresh attempt budget (their history stays); empty ids: all.
    Expected<int> redrive(const QList<qint64> &ids);
    // The pending (unsent) value of a product's remittances with hours in [start, end),
    // for some accounts or all, set to zero.
    Expected<int> resetPending(const QString &product, const QDateTime &start, const QDateTime &end, const QStringList &accounts);
    // Recomputes hours in [start, end) from their usage events: a pending remittance takes
    // the events' sum; one already sent that differs has only the difference queued, as
    // late usage in the next open window. Returns how many remittances changed or were corrected.
    Expected<int> recalculate(const QDateTime &start, const QDateTime &end);
    // In_progress or sent items untouched for longer than the threshold become unknown
    // (or failed) with the reason.
    Expected<int> reconcileStuck(qint64 olderThanSeconds, bool toFailed);

private:
    Status audit(const QString &action, const QString &detail);
    Database &m_db;
};

} // namespace rd
