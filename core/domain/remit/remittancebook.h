#pragma once

#include "remit/remittancerecords.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace rd {

class Database;

// Aggregates usage into hourly remittances: at most one per (marketplace,
// account, product, metric, hour), which the schema enforces. Usage for an
// hour whose remittance is still pending adds to it. Late usage, for an hour
// whose remittance is already on its way (or done), goes into the next open
// window of the same key: the first later hour whose remittance is pending,
// or a new one. A remittance's payload and idempotency key never change once
// it is sent.
class RemittanceBook
{
    Q_DECLARE_TR_FUNCTIONS(RemittanceBook)

public:
    explicit RemittanceBook(Database &database) : m_db(database) {}

    // Reads a CSV (header timestamp,marketplace,account,product,metric,value)
    // or JSON-lines file; errors name the file, line and field.
    static Expected<QList<UsageEvent>> readEvents(const QString &path);

    struct Added
    {
        int events = 0;
        int remittances = 0; // created
        int late = 0;        // events moved to a later window
    };
    // In one transaction: everything or nothing.
    Expected<Added> add(const QList<UsageEvent> &events, const QString &source);
    // The same, inside the caller's write Transaction on this database (a recalculation
    // reads, fixes and adds its corrections in one transaction).
    Expected<Added> addWithinTransaction(const QList<UsageEvent> &events, const QString &source);

    // The net payable lines of a published package as usage: marketplace
    // "packages", account = rights holder, product = ISRC, metric = currency.
    Expected<Added> addPackage(qint64 packageId);

    static QString idempotencyKey(const QString &marketplace, const QString &account, const QString &product, const QString &metric,
                                  const QDateTime &hour);

private:
    Database &m_db;
};

} // namespace rd
