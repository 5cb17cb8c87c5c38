#pragma once

#include "packages/packagezip.h"
#include "util/csvtable.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace rd {

// A package zip opened for offline review, without any database: its
// verification, manifest, residual lines and (up to a limit) source rows.
// Hostile archives are refused by the verification before a byte of their
// entries is parsed; nothing is ever extracted to disk.
struct PackageArchive
{
    Q_DECLARE_TR_FUNCTIONS(PackageArchive)

public:
    static constexpr qint64 kMaxSourceRows = 2'000'000; // more are counted, not loaded (memory)

    QString path;
    PackageZip::Verification verification;
    bool refused = false; // the archive was not readable or hostile: nothing else is loaded
    QJsonObject manifest;
    CsvTable lines, sourceRows;   // lines.csv in full; source/usage.csv up to kMaxSourceRows
    qint64 sourceRowsTotal = 0; // rows in source/usage.csv, loaded or not
    QStringList problems;       // entries that could not be parsed

    static PackageArchive open(const QString &path);
};

} // namespace rd
