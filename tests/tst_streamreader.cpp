#include "formats/gzipinflater.h"
#include "formats/streamreader.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QTest>

using namespace rd;

namespace {

// Reads a whole file through StreamReader in small, odd-sized pieces.
QByteArray readThrough(const QString &path, QString *error = nullptr)
{
    StreamReader reader(path);
    if (!reader.open()) {
        if (error)
            *error = reader.errorString();
        return {};
    }
    QByteArray all;
    char buffer[7919];
    while (true) {
        const qint64 n = reader.read(buffer, sizeof buffer);
        if (n < 0) {
            if (error)
                *error = reader.errorString();
            return {};
        }
        if (n == 0)
            break;
        all.append(buffer, n);
    }
    return all;
}

} // namespace

class TestStreamReader : public QObject
{
    Q_OBJECT

private slots:
    void engines_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("zlib") << "zlib";
        if (GzipInflater::isalAvailable())
            QTest::newRow("isal") << "isal";
    }

    void init() { qunsetenv("RD_INFLATE"); }
    void cleanup() { qunsetenv("RD_INFLATE"); }

    void samplesMatchZlib_data() { engines_data(); }
    void samplesMatchZlib()
    {
        QFETCH(QString, engine);
        qputenv("RD_INFLATE", engine.toLatin1());
        for (const QString &path : test::sampleFiles()) {
            QString error;
            const QByteArray ours = readThrough(path, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(ours, test::readAllDecompressed(path));
        }
    }

    void reportsGzipName_data() { engines_data(); }
    void reportsGzipName()
    {
        QFETCH(QString, engine);
        qputenv("RD_INFLATE", engine.toLatin1());
        StreamReader reader(test::dataPath(QStringLiteral("Spotify_SpotifyDuo_NO_NOK_20200101-20200131.tsv.gz")));
        QVERIFY(reader.open());
        char buffer[4096];
        QVERIFY(reader.read(buffer, sizeof buffer) > 0);
        QCOMPARE(reader.gzipOriginalName(), QStringLiteral("Spotify_SpotifyDuo_SGAE_NO_NOK_20200101-20200531.tsv"));
    }

    void hashesRawBytes()
    {
        const QString path = test::dataPath(QStringLiteral("Spotify_SpotifyFree_CH_CHF_20200201-20200228.tsv.gz"));
        StreamReader reader(path);
        QVERIFY(reader.open());
        char buffer[65536];
        while (reader.read(buffer, sizeof buffer) > 0) {
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(reader.sha256(), QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }

    void truncatedGzipFails_data() { engines_data(); }
    void truncatedGzipFails()
    {
        QFETCH(QString, engine);
        qputenv("RD_INFLATE", engine.toLatin1());
        QTemporaryDir dir;
        QFile sample(test::dataPath(QStringLiteral("Spotify_SpotifyFree_CH_CHF_20200201-20200228.tsv.gz")));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray bytes = sample.readAll();
        for (const qsizetype keep : {bytes.size() / 10, bytes.size() / 2, bytes.size() - 4}) {
            const QString path = test::writeFile(dir, QStringLiteral("cut.tsv.gz"), bytes.left(keep));
            QString error;
            readThrough(path, &error);
            QVERIFY2(!error.isEmpty(), "a truncated gzip must fail, never yield a short file");
        }
    }

    void corruptGzipFails_data() { engines_data(); }
    void corruptGzipFails()
    {
        QFETCH(QString, engine);
        qputenv("RD_INFLATE", engine.toLatin1());
        QTemporaryDir dir;
        QByteArray bytes = test::gzip(QByteArray("dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n").repeated(200));
        bytes[bytes.size() - 6] = static_cast<char>(bytes[bytes.size() - 6] ^ 0x55); // inside the CRC-32 trailer
        QString error;
        readThrough(test::writeFile(dir, QStringLiteral("bad.tsv.gz"), bytes), &error);
        QVERIFY(!error.isEmpty());
    }

    void concatenatedMembers_data() { engines_data(); }
    void concatenatedMembers()
    {
        QFETCH(QString, engine);
        qputenv("RD_INFLATE", engine.toLatin1());
        QTemporaryDir dir;
        const QByteArray first("first part\n"), second = QByteArray("second part\n").repeated(5000);
        const QString path = test::writeFile(dir, QStringLiteral("multi.tsv.gz"), test::gzip(first) + test::gzip(second));
        QString error;
        QCOMPARE(readThrough(path, &error), first + second);
        QVERIFY(error.isEmpty());
    }

    void plainFilePassesThrough()
    {
        const QString path = test::dataPath(QStringLiteral("Spotify_SpotifyStudent_SGAE_GB_GBP_20210901-20210930.tsv"));
        StreamReader reader(path);
        QVERIFY(reader.open());
        QVERIFY(!reader.isGzip());
        QCOMPARE(readThrough(path), test::readAllDecompressed(path));
    }
};

QTEST_GUILESS_MAIN(TestStreamReader)
#include "tst_streamreader.moc"
