#include "testsupport.h"

#include <QProcess>

#include "db/database.h"
#include "db/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QVariant>

#include <zlib.h>

namespace rd::test {

QString dataPath(const QString &fileName)
{
    return QStringLiteral(RD_TEST_DATA "/") + fileName;
}

QStringList sampleFiles()
{
    QStringList files;
    for (const QString &name : QDir(QStringLiteral(RD_TEST_DATA)).entryList({QStringLiteral("Spotify_*")}, QDir::Files, QDir::Name))
        files << dataPath(name);
    return files;
}

std::shared_ptr<Database> openDatabase(const QTemporaryDir &dir, const QString &name)
{
    auto db = Database::open(dir.filePath(name));
    if (!db) {
        QTest::qFail(qPrintable(db.error()), __FILE__, __LINE__);
        return nullptr;
    }
    return db.value();
}

QString writeFile(const QTemporaryDir &dir, const QString &fileName, const QByteArray &bytes)
{
    const QString path = dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        QTest::qFail("cannot write a test file", __FILE__, __LINE__);
    return path;
}

QByteArray gzip(const QByteArray &bytes)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&z, static_cast<uLong>(bytes.size()))) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    z.avail_in = static_cast<uInt>(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(static_cast<qsizetype>(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray readAllDecompressed(const QString &path)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb"); // reads plain files as they are
    QByteArray all;
    char buffer[65536];
    int n;
    while ((n = gzread(file, buffer, sizeof buffer)) > 0)
        all.append(buffer, n);
    gzclose(file);
    return all;
}

QVariant scalar(Database &db, const QString &sql)
{
    SqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

std::pair<QString, QString> writeRedeliveryPair(const QTemporaryDir &dir)
{
    const QString name = QStringLiteral("Gen_Offer_ES_EUR_20200101-20200131.tsv");
    QDir().mkpath(dir.filePath(QStringLiteral("v1")));
    QDir().mkpath(dir.filePath(QStringLiteral("v2")));
    return {writeFile(dir, QStringLiteral("v1/") + name,
                      "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\nA\tSong\tX\t\t10\t1.00\nB\tOld\tX\t\t5\t2\n"),
            writeFile(dir, QStringLiteral("v2/") + name,
                      "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\nA\tSong\tX\t\t12\t1.00\nC\tNew\tX\t\t1\t0.5\n")};
}

CliRun runCli(const QString &db, const QStringList &arguments, const QString &lang)
{
    QProcess process;
    if (!lang.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral(RD_CLI_PATH), QStringList{QStringLiteral("--db"), db} + arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace rd::test
