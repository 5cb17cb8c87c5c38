#pragma once

#include "copies/copyrecords.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QList>

namespace rd {

class Database;

// Owner of `copy_targets`: the configured retention targets.
class CopyTargetTable
{
    Q_DECLARE_TR_FUNCTIONS(CopyTargetTable)

public:
    explicit CopyTargetTable(Database &database) : m_db(database) {}

    Expected<QList<TargetConfig>> list(bool enabledOnly);
    Expected<qint64> add(const TargetConfig &target);
    Status setEnabled(qint64 id, bool enabled);
    // Only an SFTP target has a host key.
    Status setFingerprint(qint64 id, const QString &fingerprint);

private:
    Database &m_db;
};

// Owner of `package_copies`: where each package version was copied, and how it went.
class PackageCopyTable
{
public:
    explicit PackageCopyTable(Database &database) : m_db(database) {}

    // Adds or updates the copy of (package, version, target); attempts add up,
    // and verifiedAt (when valid) replaces the last verification.
    Status write(qint64 packageId, int version, const CopyState &copy, const QDateTime &verifiedAt);
    Status writeRetraction(qint64 packageId, int version, qint64 targetId, const QString &state, const QString &reason, const QDateTime &at);
    // The copies of the package's current version, by target; `target` is left empty.
    Expected<QList<CopyState>> currentCopies(qint64 packageId);

private:
    Database &m_db;
};

} // namespace rd
