#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <utility>

namespace rd {
class Database;
}

namespace rd::test {

QString dataPath(const QString &fileName);
QStringList sampleFiles();

// Opens a fresh database in dir; fails the test on error.
std::shared_ptr<Database> openDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.sqlite"));

// Writes bytes to dir/fileName and returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &fileName, const QByteArray &bytes);
// gzip-compresses bytes with zlib's gz* API (independent of the importer).
QByteArray gzip(const QByteArray &bytes);
// Decompresses a .gz file with zlib's gz* API, or reads a plain file.
QByteArray readAllDecompressed(const QString &path);

// A small DSR and its re-delivery (the same name in folders v1/ and v2/): row A
// changes its usages, B is dropped, C is new. Returns the two paths.
std::pair<QString, QString> writeRedeliveryPair(const QTemporaryDir &dir);

// Scalar from a single-value SQL query on the database.
QVariant scalar(Database &db, const QString &sql);

// The real royaltydesk-cli run as its own process on database db; lang, when
// given, is its LANG and LC_ALL.
struct CliRun
{
    int exitCode = -1; // -1: it crashed or did not finish in 2 minutes
    QByteArray out;
    QByteArray err;
};
CliRun runCli(const QString &db, const QStringList &arguments, const QString &lang = QString());

} // namespace rd::test
