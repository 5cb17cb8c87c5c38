#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rd {

class Database;

// What the statement (statement.pdf) summarizes: per rights holder and
// currency, the revenue, adjustments, recouped advances and net payable.
struct StatementData
{
    QString packageName, state, builtAt, baseCurrency;
    qint64 packageId = 0;
    int version = 0;
    struct Row
    {
        QString holder, currency, revenue, adjustment, recouped, net, baseNet;
    };
    QList<Row> rows;
};
// Renders the statement PDF (QPdfWriter lives in Qt GUI, outside core).
using StatementRenderer = std::function<QByteArray(const StatementData &)>;

// Writes and checks the package zip: manifest.json, lines.csv,
// source/usage.csv, statement.pdf and checksums.sha256 (sha256sum -c format,
// every other entry). Exporting the same package version twice gives the same
// bytes: fixed entry order, the build time as every entry's time, sorted JSON
// keys, no creation time in the PDF.
class PackageZip
{
    Q_DECLARE_TR_FUNCTIONS(PackageZip)

public:
    static constexpr int kFormatVersion = 1;

    static Status write(Database &database, qint64 packageId, const QString &path, const StatementRenderer &renderStatement);

    // The verification of a zip: every entry against checksums.sha256, the
    // manifest present and well formed; hostile archives (paths leaving the
    // folder, links, duplicates, sizes that lie, bombs) refused before reading.
    struct Verification
    {
        bool ok = false;
        QList<std::pair<QString, bool>> entries; // name, checksum matched
        QStringList errors;
        QStringList changed; // entries whose checksum does not match (each also has its error)
        QJsonObject manifest;
    };
    static Verification verify(const QString &path);
    // Reads one entry of a verified zip (at most maxBytes).
    static Expected<QByteArray> readEntry(const QString &path, const QString &name, qint64 maxBytes = qint64(1) << 30);
    // Streams one entry of a verified zip in pieces to consume (false: stop).
    static Status streamEntry(const QString &path, const QString &name, const std::function<bool(QByteArrayView)> &consume);
};

} // namespace rd
