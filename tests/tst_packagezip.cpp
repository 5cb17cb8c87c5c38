// The package zip: what it holds, byte-identical exports, tamper detection
// naming the changed entry, and every kind of hostile archive refused.
#include "testsupport.h"

#include "import/dsrimporter.h"
#include "licensing/claimscsv.h"
#include "licensing/claimstore.h"
#include "packages/packagestore.h"
#include "packages/packagezip.h"
#include "packages/residualbuilder.h"
#include "db/database.h"
#include "util/csvtable.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtTest>

#include <sys/stat.h>

using namespace rd;

namespace {

// The statement renderer lives outside core; here a stand-in that shows what
// it was given, so a change of statement data changes the zip.
QByteArray fakeStatement(const StatementData &data)
{
    QByteArray out = "%PDF-fake\n";
    for (const StatementData::Row &r : data.rows)
        out += (r.holder + u';' + r.currency + u';' + r.net + u'\n').toUtf8();
    return out;
}

struct Entry
{
    QString name;
    QByteArray bytes;
    quint32 externalAttr = 0;
};

QList<Entry> readAll(const QString &path)
{
    QList<Entry> out;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        file.open(QIODevice::ReadOnly);
        out << Entry{zip.getCurrentFileName(), file.readAll()};
    }
    return out;
}

void writeAll(const QString &path, const QList<Entry> &entries)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const Entry &e : entries) {
        QuaZipNewInfo info(e.name);
        info.externalAttr = e.externalAttr;
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 9));
        file.write(e.bytes);
        file.close();
    }
    zip.close();
}

// checksums.sha256 recomputed for the other entries, as a forger would.
QList<Entry> withChecksums(QList<Entry> entries)
{
    QByteArray sums;
    entries.removeIf([](const Entry &e) { return e.name == QLatin1String("checksums.sha256"); });
    for (const Entry &e : entries)
        sums += QCryptographicHash::hash(e.bytes, QCryptographicHash::Sha256).toHex() + "  " + e.name.toUtf8() + '\n';
    entries << Entry{QStringLiteral("checksums.sha256"), sums};
    return entries;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

bool anyErrorMentions(const PackageZip::Verification &v, const QString &text)
{
    for (const QString &e : v.errors)
        if (e.contains(text))
            return true;
    return false;
}

} // namespace

class TestPackageZip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void holdsTheManifestLinesAndSourceRows();
    void exportsAreByteIdentical();
    void changedContentIsNamed_data();
    void changedContentIsNamed();
    void flippedCompressedByteIsNamed();
    void hostileArchivesAreRefused_data();
    void hostileArchivesAreRefused();
    void declaredSizeLiesAreRefused();
    void unbuiltPackagesCannotBeExported();
    void csvReaderHandlesAnySplit();
    void csvReaderNamesTheBadLine();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_package = 0;
    QString m_zip;
};

void TestPackageZip::initTestCase()
{
    m_db = test::openDatabase(m_dir);
    QVERIFY(DsrImporter(*m_db).importFile(test::writeFile(m_dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"),
                                                          "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n"
                                                          "A\tSong, with comma\tX\tQZABC0000001\t10\t100.25\n"
                                                          "B\t\"Quoted\" song\tY\tQZABC0000002\t5\t3.3333\n"
                                                          "C\tThird\tZ\tQZABC0000003\t1\t0.01\n"))
                .ok());
    QVERIFY(ClaimStore(*m_db).importFile(ClaimsCsv::read(test::writeFile(m_dir, QStringLiteral("c.csv"),
                                                                         "isrc,territory,rights_holder,share,valid_from\n"
                                                                         "QZABC0000001,GB,Label,70,2019-01-01\n"
                                                                         "QZABC0000002,WW,Other,100,2019-01-01\n"),
                                                         QDate(2019, 1, 1))
                                             .value()));
    PackageStore store(*m_db);
    m_package = store.create(QStringLiteral("January"), {{QStringLiteral("GB")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();
    Adjustment fee;
    fee.kind = Adjustment::Kind::Percent;
    Decimal::parse("-2.5", fee.value);
    fee.reason = QStringLiteral("admin fee");
    QVERIFY(store.addAdjustment(m_package, fee));
    QVERIFY(ResidualBuilder::build(*m_db, m_package));
    m_zip = m_dir.filePath(QStringLiteral("package.zip"));
    const Status written = PackageZip::write(*m_db, m_package, m_zip, fakeStatement);
    QVERIFY2(written.ok(), qPrintable(written.error()));
}

void TestPackageZip::holdsTheManifestLinesAndSourceRows()
{
    const PackageZip::Verification v = PackageZip::verify(m_zip);
    QVERIFY2(v.ok, qPrintable(v.errors.join(u'\n')));
    QCOMPARE(v.entries.size(), 4); // every entry but checksums.sha256 itself
    QStringList names;
    for (const Entry &e : readAll(m_zip))
        names << e.name;
    QCOMPARE(names, QStringList({"manifest.json", "lines.csv", "source/usage.csv", "statement.pdf", "checksums.sha256"}));

    const QJsonObject manifest = v.manifest;
    QCOMPARE(manifest.value("format_version").toInt(), PackageZip::kFormatVersion);
    QCOMPARE(manifest.value("package").toObject().value("id").toInteger(), m_package);
    QCOMPARE(manifest.value("package").toObject().value("state").toString(), QStringLiteral("built"));
    const QJsonArray sources = manifest.value("sources").toArray();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0].toObject().value("rows").toInteger(), 3);
    QCOMPARE(sources[0].toObject().value("sha256").toString().size(), 64);
    QCOMPARE(manifest.value("adjustments").toArray()[0].toObject().value("reason").toString(), QStringLiteral("admin fee"));
    // 103.5933 of revenue, less 2.5%: the totals are exact.
    const QJsonObject gbp = manifest.value("totals").toObject().value("GBP").toObject();
    QCOMPARE(gbp.value("revenue").toString(), QStringLiteral("103.5933"));
    QCOMPARE(gbp.value("adjustment").toString(), QStringLiteral("-2.5898325"));
    QCOMPARE(gbp.value("net").toString(), QStringLiteral("101.0034675"));

    const QByteArray usage = PackageZip::readEntry(m_zip, QStringLiteral("source/usage.csv")).value();
    const QList<QByteArray> rows = usage.trimmed().split('\n');
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows[1].contains(",\"Song, with comma\",X,QZABC0000001,10,100.25"));
    QVERIFY(rows[2].contains(",\"\"\"Quoted\"\" song\",Y,"));
    const QByteArray lines = PackageZip::readEntry(m_zip, QStringLiteral("lines.csv")).value();
    QVERIFY(lines.contains(",Label,GB,"));
    QVERIFY(lines.contains(",Other,GB,"));
    // The unallocated 30% of track A has no holder.
    QVERIFY(lines.contains(",,GB,"));
    // checksums.sha256 is in the format sha256sum -c reads.
    const QByteArray sums = PackageZip::readEntry(m_zip, QStringLiteral("checksums.sha256")).value();
    QVERIFY(sums.contains(QByteArray(QCryptographicHash::hash(usage, QCryptographicHash::Sha256).toHex() + "  source/usage.csv\n")));
}

void TestPackageZip::exportsAreByteIdentical()
{
    const QString again = m_dir.filePath(QStringLiteral("again.zip"));
    QTest::qWait(1100); // a later wall-clock second must not change a byte
    QVERIFY(PackageZip::write(*m_db, m_package, again, fakeStatement).ok());
    QCOMPARE(readBytes(again), readBytes(m_zip));
    QVERIFY(!QFile::exists(again + QLatin1String(".part")));
}

void TestPackageZip::changedContentIsNamed_data()
{
    QTest::addColumn<QString>("entry");
    for (const char *name : {"manifest.json", "lines.csv", "source/usage.csv", "statement.pdf"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestPackageZip::changedContentIsNamed()
{
    QFETCH(QString, entry);
    QList<Entry> entries = readAll(m_zip);
    for (Entry &e : entries)
        if (e.name == entry)
            e.bytes[e.bytes.size() / 2] = char(e.bytes[e.bytes.size() / 2] ^ 0x01);
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.zip"));
    writeAll(tampered, entries);
    const PackageZip::Verification v = PackageZip::verify(tampered);
    QVERIFY(!v.ok);
    for (const auto &[name, ok] : v.entries)
        QCOMPARE(ok, name != entry);
    QVERIFY(anyErrorMentions(v, entry + QLatin1String(": the checksum does not match")));
}

void TestPackageZip::flippedCompressedByteIsNamed()
{
    // One byte of lines.csv's compressed data, flipped in the archive file itself.
    QByteArray bytes = readBytes(m_zip);
    qsizetype at = bytes.indexOf(QByteArray("PK\x03\x04", 4));
    while (at >= 0) {
        const int nameLength = quint8(bytes[at + 26]) | quint8(bytes[at + 27]) << 8;
        const int extraLength = quint8(bytes[at + 28]) | quint8(bytes[at + 29]) << 8;
        if (bytes.mid(at + 30, nameLength) == "lines.csv") {
            const qsizetype data = at + 30 + nameLength + extraLength;
            bytes[data + 20] = char(bytes[data + 20] ^ 0x10);
            break;
        }
        at = bytes.indexOf(QByteArray("PK\x03\x04", 4), at + 4);
    }
    QVERIFY(at >= 0);
    const QString flipped = m_dir.filePath(QStringLiteral("flipped.zip"));
    writeBytes(flipped, bytes);
    const PackageZip::Verification v = PackageZip::verify(flipped);
    QVERIFY(!v.ok);
    QVERIFY2(anyErrorMentions(v, QStringLiteral("lines.csv: ")), qPrintable(v.errors.join(u'\n')));
    for (const auto &[name, ok] : v.entries)
        QCOMPARE(ok, name != QLatin1String("lines.csv"));
}

void TestPackageZip::hostileArchivesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zip-slip") << "zip-slip" << "../../evil.sh: a path outside the package";
    QTest::newRow("absolute path") << "absolute" << "/etc/evil: a path outside the package";
    QTest::newRow("symbolic link") << "symlink" << "source/usage.csv: a symbolic link";
    QTest::newRow("duplicate entry") << "duplicate" << "lines.csv: the archive holds it twice";
    QTest::newRow("zip bomb") << "bomb" << "statement.pdf: expands";
    QTest::newRow("missing manifest") << "no-manifest" << "manifest.json is missing";
    QTest::newRow("malformed manifest") << "bad-manifest" << "manifest.json is not valid JSON";
    QTest::newRow("manifest without package") << "thin-manifest" << "manifest.json lacks format_version or package";
    QTest::newRow("not a zip") << "not-zip" << "is not a readable zip archive";
    QTest::newRow("unlisted entry") << "unlisted" << "extra.txt is not listed in checksums.sha256";
}

void TestPackageZip::hostileArchivesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QList<Entry> entries = readAll(m_zip);
    entries.removeIf([](const Entry &e) { return e.name == QLatin1String("checksums.sha256"); });
    const QString hostile = m_dir.filePath(kind + QLatin1String(".zip"));
    if (kind == QLatin1String("zip-slip"))
        entries << Entry{QStringLiteral("../../evil.sh"), "rm -rf ~\n"};
    else if (kind == QLatin1String("absolute"))
        entries << Entry{QStringLiteral("/etc/evil"), "x"};
    else if (kind == QLatin1String("symlink"))
        entries[2] = Entry{QStringLiteral("source/usage.csv"), "/etc/passwd", quint32(S_IFLNK | 0777) << 16};
    else if (kind == QLatin1String("duplicate"))
        entries << entries[1];
    else if (kind == QLatin1String("bomb"))
        entries[3].bytes = QByteArray(40 << 20, '\0');
    else if (kind == QLatin1String("no-manifest"))
        entries.removeFirst();
    else if (kind == QLatin1String("bad-manifest"))
        entries[0].bytes = "{\"format_version\": 1, \"package\": ";
    else if (kind == QLatin1String("thin-manifest"))
        entries[0].bytes = "{\"hello\": 1}";
    else if (kind == QLatin1String("unlisted"))
        entries << Entry{QStringLiteral("extra.txt"), "x"};
    if (kind == QLatin1String("not-zip"))
        writeBytes(hostile, "PK\x03\x04 truncated");
    else if (kind == QLatin1String("unlisted")) {
        QList<Entry> listed = withChecksums(entries.mid(0, entries.size() - 1));
        listed.insert(listed.size() - 1, entries.last());
        writeAll(hostile, listed);
    } else
        writeAll(hostile, withChecksums(entries));
    const PackageZip::Verification v = PackageZip::verify(hostile);
    QVERIFY(!v.ok);
    QVERIFY2(anyErrorMentions(v, expected), qPrintable(v.errors.join(u'\n')));
}

void TestPackageZip::declaredSizeLiesAreRefused()
{
    // The central directory says lines.csv is larger than it is.
    QByteArray bytes = readBytes(m_zip);
    const QByteArray central("PK\x01\x02", 4);
    for (qsizetype at = bytes.indexOf(central); at >= 0; at = bytes.indexOf(central, at + 4)) {
        const int nameLength = quint8(bytes[at + 28]) | quint8(bytes[at + 29]) << 8;
        if (bytes.mid(at + 46, nameLength) != "lines.csv")
            continue;
        quint32 size = quint8(bytes[at + 24]) | quint8(bytes[at + 25]) << 8 | quint8(bytes[at + 26]) << 16 | quint32(quint8(bytes[at + 27])) << 24;
        size += 4096;
        for (int i = 0; i < 4; ++i)
            bytes[at + 24 + i] = char((size >> (8 * i)) & 0xff);
    }
    const QString lying = m_dir.filePath(QStringLiteral("lying.zip"));
    writeBytes(lying, bytes);
    const PackageZip::Verification v = PackageZip::verify(lying);
    QVERIFY(!v.ok);
    QVERIFY2(anyErrorMentions(v, QStringLiteral("lines.csv: ")), qPrintable(v.errors.join(u'\n')));
}

void TestPackageZip::unbuiltPackagesCannotBeExported()
{
    PackageStore store(*m_db);
    const qint64 draft = store.create(QStringLiteral("draft"), {{QStringLiteral("GB")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();
    const QString path = m_dir.filePath(QStringLiteral("draft.zip"));
    const Status written = PackageZip::write(*m_db, draft, path, fakeStatement);
    QVERIFY(!written.ok());
    QVERIFY(written.error().contains(QStringLiteral("not built")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QLatin1String(".part")));
}

void TestPackageZip::csvReaderHandlesAnySplit()
{
    const QByteArray text = "a,b,c\r\n1,\"x, \"\"quoted\"\"\",\r\n\"multi\nline\",é,3\n\n4,5,\"\"\n";
    // Fed whole and in pieces of every size: the same table.
    for (int piece = 1; piece <= text.size(); ++piece) {
        CsvTable table;
        CsvStreamReader reader(table, 10);
        for (qsizetype at = 0; at < text.size(); at += piece)
            QVERIFY(reader.feed(QByteArrayView(text.constData() + at, std::min<qsizetype>(piece, text.size() - at))));
        QVERIFY(reader.finish());
        QCOMPARE(table.columns, QStringList({"a", "b", "c"}));
        QCOMPARE(table.rowCount(), 3);
        QCOMPARE(table.row(0), QStringList({"1", "x, \"quoted\"", ""}));
        QCOMPARE(table.row(1), QStringList({"multi\nline", QStringLiteral("é"), "3"}));
        QCOMPARE(table.row(2), QStringList({"4", "5", ""}));
    }
    // Rows past the limit are counted, not kept.
    CsvTable few;
    CsvStreamReader limited(few, 1);
    QVERIFY(limited.feed(text) && limited.finish());
    QCOMPARE(few.rowCount(), 1);
    QCOMPARE(limited.rows(), 3);
}

void TestPackageZip::csvReaderNamesTheBadLine()
{
    CsvTable table;
    CsvStreamReader wrongCount(table, 10);
    QVERIFY(!wrongCount.feed("a,b\n1,2\n3\n"));
    QVERIFY2(wrongCount.error().contains(QStringLiteral("line 3")), qPrintable(wrongCount.error()));
    CsvTable other;
    CsvStreamReader unclosed(other, 10);
    QVERIFY(unclosed.feed("a,b\n1,\"never closed\n"));
    QVERIFY(!unclosed.finish());
    QVERIFY(unclosed.error().contains(QStringLiteral("not closed")));
}

QTEST_GUILESS_MAIN(TestPackageZip)
#include "tst_packagezip.moc"
