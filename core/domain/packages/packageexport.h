#pragma once

#include "packages/package.h"
#include "packages/packagezip.h"
#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace rd {

class Database;

// Everything a package zip holds, read from the book for the package's
// current version; the zip is written from this alone, except the source rows,
// which stream (writeSourceRows).
struct PackageExport
{
    Q_DECLARE_TR_FUNCTIONS(PackageExport)

public:
    Package package;
    QList<ResidualLine> lines;
    QList<LedgerEntry> ledger;
    QList<AuditEntry> audit;
    QList<PackageSource> sources;
    QString builtAt, builtBy, knownOn, baseCurrency;

    // Refused for a package never built, or whose source rows are gone.
    static Expected<PackageExport> read(Database &database, qint64 packageId);

    // manifest.json: everything a reviewer needs to check the package without Royalty Desk.
    QJsonObject manifest() const;
    // lines.csv
    QByteArray linesCsv() const;
    // The statement PDF's data: the totals per holder and currency.
    StatementData statement() const;
    // source/usage.csv, a chunk of about 1 MiB at a time; false with `error` set when a source cannot be read.
    bool writeSourceRows(Database &database, const std::function<void(const QByteArray &)> &write, QString &error) const;
};

} // namespace rd
