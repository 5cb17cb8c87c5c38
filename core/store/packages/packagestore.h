#pragma once

#include "packages/package.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>
#include <set>

namespace rd {

class SqlQuery;

class Database;

// Owner of `packages`, `package_adjustments`, `package_advances`, `package_audit`
// and the reads of a built version. Packages and their drafts, versions and audit log. Every transition (create,
// adjust, advance, build, publish, retract) is recorded with the OS user, the
// time, what changed and why, in the same transaction as the change.
class PackageStore
{
    Q_DECLARE_TR_FUNCTIONS(PackageStore)

public:
    explicit PackageStore(Database &database) : m_db(database) {}

    Expected<qint64> create(const QString &name, const Partition &partition);
    Expected<std::optional<Package>> find(qint64 id);
    // The package, or a failure that says there is none.
    Expected<Package> existing(qint64 id);
    Expected<QList<Package>> list();
    // A built package changed this way goes back to draft until it is built again.
    Expected<qint64> addAdjustment(qint64 packageId, const Adjustment &adjustment);
    Expected<qint64> addAdvance(qint64 packageId, const Advance &advance);
    Status publish(qint64 packageId);
    Status retract(qint64 packageId, const QString &reason);

    Expected<QList<AuditEntry>> audit(qint64 packageId);
    Expected<QList<ResidualLine>> lines(qint64 packageId, int version);
    Expected<QList<LedgerEntry>> ledger(qint64 packageId, int version);
    // When, by whom and on which claims and base currency a version was built.
    struct BuiltVersion
    {
        QString builtAt, builtBy, knownOn, baseCurrency;
    };
    Expected<BuiltVersion> builtVersion(qint64 packageId, int version);
    // The version's source DSRs as frozen at build, by DSR id.
    Expected<QList<PackageSource>> sources(qint64 packageId, int version);

    // Why a version's source rows are no longer all held (purged or deleted
    // DSRs, named, and those in alsoGone that a sweep is about to purge);
    // empty when they are.
    Expected<QString> missingSources(qint64 packageId, int version, const std::set<qint64> &alsoGone = {});
    // Marks a draft or built package stale (empty reason: no longer stale).
    Status setStale(qint64 packageId, const QString &reason);
    // The package now stands at this built version, with the build in its audit log
    // (inside the builder's transaction).
    Status markBuilt(qint64 packageId, int version, const QString &detail);

    // The package's dataflow in the status journal (BUILT, EXPORTED, PUBLISHED, RETAINED_*, RETRACTED).
    static QString correlationId(qint64 packageId);

    // For the builder and the others, inside their transaction.
    bool record(qint64 packageId, const QString &action, const QString &detail, const QString &reason = QString());

private:
    // Runs change in one immediate transaction: committed when it succeeds, rolled back otherwise.
    Status atomically(const std::function<Status()> &change);
    Status recorded(qint64 packageId, const QString &action, const QString &detail, const QString &reason = QString());
    Expected<qint64> addToDraft(qint64 packageId, SqlQuery &insert, const QString &action, const QString &detail, const QString &reason = QString());
    Status transition(qint64 packageId, Package::State from, Package::State to, const QString &action, const QString &reason,
                      const std::function<Status()> &precondition = {});
    Expected<Package> editable(qint64 packageId);

    Database &m_db;
};

} // namespace rd
