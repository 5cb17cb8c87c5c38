#pragma once

#include "packages/package.h"
#include "db/sqlitestatement.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace rd {

class Database;

// Owner of a built version's rows: `package_versions`, `package_sources`,
// `package_lines` and `advance_ledger`. The residual builder writes them
// inside its transaction; PackageStore reads them back.
class PackageVersions
{
    Q_DECLARE_TR_FUNCTIONS(PackageVersions)

public:
    explicit PackageVersions(Database &database) : m_db(database) {}

    // The closing balances of every other package that stands published, oldest package first.
    Expected<QList<LedgerEntry>> publishedClosings(qint64 exceptPackageId);
    // The claims date a version was built with; nullopt when there is no such version.
    Expected<std::optional<QDate>> knownOn(qint64 packageId, int version);

    Status writeVersion(qint64 packageId, int version, const QString &builtBy, const QDate &knownOn, const QString &baseCurrency);
    // A source DSR frozen as it stands now (its version, hash, rows and totals), with the rate used.
    Status writeSource(qint64 packageId, int version, qint64 dsrId, const QString &rate);
    Status writeLedger(qint64 packageId, int version, const QList<LedgerEntry> &entries);

    // Inserts a version's lines, one prepared statement for all.
    class LineWriter
    {
    public:
        LineWriter(Database &database, qint64 packageId, int version);
        Status insert(const ResidualLine &line);

    private:
        Database &m_db;
        SqliteStatement m_insert;
        qint64 m_packageId;
        int m_version;
    };

private:
    Database &m_db;
};

} // namespace rd
