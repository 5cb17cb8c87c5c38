#pragma once

#include "packages/packagezip.h"
#include "money/decimalsum.h"
#include "util/csvtable.h"
#include "util/inputlimits.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <map>

namespace rd {

// A package zip opened for offline review, without any database: its
// verification, manifest, and (each up to a limit, streamed, never read whole)
// residual lines and source rows. The net sums cover every line, shown or not.
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
    CsvTable lines, sourceRows;   // lines.csv up to maxLines; source/usage.csv up to kMaxSourceRows
    qint64 linesTotal = 0;      // rows in lines.csv, loaded or not
    qint64 sourceRowsTotal = 0; // rows in source/usage.csv, loaded or not
    QStringList problems;       // entries that could not be parsed

    // Net payable per currency, summed exactly over every line of lines.csv.
    struct NetSums
    {
        std::map<QString, DecimalSum> byTerritory, byHolder;
    };
    std::map<QString, NetSums> nets;

    // maxLines: the lines.csv rows kept for the table (InputLimits::reviewMaxLines).
    static PackageArchive open(const QString &path, qint64 maxLines = InputLimits().reviewMaxLines);
};

} // namespace rd
