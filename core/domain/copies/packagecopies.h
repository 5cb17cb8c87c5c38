#pragma once

#include "copies/copytargets.h"
#include "packages/packagezip.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>

namespace rd {

class Database;

// Publishing with retained copies: the package is published, its zip
// written once and copied to every enabled retention target (temporary name,
// rename, read back and compared by SHA-256, retried with backoff). A target
// that fails keeps its reason and can be retried or re-verified on demand.
// Retracting writes a signed-off retraction record beside every copy; no
// copy is ever deleted.
class PackageCopies
{
    Q_DECLARE_TR_FUNCTIONS(PackageCopies)

public:
    struct Options
    {
        int attempts = 4;
        int firstBackoffMs = 500; // doubled after each failure
        std::function<void(int ms)> sleep; // default: the thread sleeps
    };

    PackageCopies(Database &database, StatementRenderer renderer);
    PackageCopies(Database &database, StatementRenderer renderer, Options options);

    // Publishes the built package and copies it. Publishing stands even when
    // a copy fails: the failure is recorded and shown, to be retried.
    Status publish(qint64 packageId);
    // Writes the copies still pending or failed (all targets enabled now).
    Status copy(qint64 packageId);
    // Reads every copy back and compares it with the published zip's SHA-256.
    Status reverify(qint64 packageId);
    // Retracts the package and writes the retraction record beside every copy.
    Status retract(qint64 packageId, const QString &reason);

    Expected<QList<CopyState>> states(qint64 packageId);
    static QString copyName(qint64 packageId, int version);
    static QString retractionName(qint64 packageId, int version);

private:
    Status retried(const std::function<Status()> &attempt, int *attempts);
    Status setState(qint64 packageId, int version, const TargetConfig &target, const QString &sha256, const QString &state,
                    const QString &reason, int attempts, bool verified);

    Database &m_db;
    StatementRenderer m_renderer;
    Options m_options;
};

} // namespace rd
