#include "import/dsrimporter.h"
#include "rows/keyfilter.h"
#include "db/database.h"
#include "storage/dsrrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace rd;
Q_DECLARE_METATYPE(ImportResult::Outcome)

namespace {

const QByteArray kHeader = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\r\n";
const QByteArray kRow = "abcDEF\tsong\tAnna Moran|Bruno Best\tGBAYE0601498\t10\t1.5\r\n";

QByteArray row(const QByteArray &dspId, const QByteArray &usages, const QByteArray &revenue,
               const QByteArray &isrc = "GBAYE0601498", const QByteArray &title = "song")
{
    return dspId + '\t' + title + "\tAnna Moran\t" + isrc + '\t' + usages + '\t' + revenue + "\r\n";
}

// "line:code:field" for every report entry, in order, so rows compare at a glance.
QStringList reportOf(Database &db, qint64 dsrId)
{
    QStringList out;
    const auto entries = DsrRepository(db).report(dsrId, -1, 100000);
    for (const ReportEntry &e : entries.value())
        out << QStringLiteral("%1:%2:%3").arg(e.line).arg(QLatin1String(codeName(e.code)),
                                                         e.code == ValidationIssue::Code::MissingValue ? e.detail
                                                                                                       : QLatin1String(fieldName(e.field)));
    return out;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void hostileFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("gzipped");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<ImportResult::Outcome>("outcome");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<QString>("revenue");
        QTest::addColumn<QStringList>("report");
        QTest::addColumn<QString>("errorMentions");
        using O = ImportResult::Outcome;

        QTest::newRow("crlf ok") << kHeader + row("a", "10", "1.5") + row("b", "5", "2.25") << false << false
                                 << O::Imported << 2LL << "3.75" << QStringList{} << "";
        QTest::newRow("lf only") << QByteArray("dsp_id\ttitle\tartists\tisrc\tusages\trevenue\na\tt\tx\tGBAYE0601498\t1\t2\n")
                                 << false << false << O::Imported << 1LL << "2" << QStringList{} << "";
        QTest::newRow("no final newline") << kHeader + QByteArray("a\tt\tx\tGBAYE0601498\t1\t2") << false << false
                                          << O::Imported << 1LL << "2" << QStringList{} << "";
        QTest::newRow("gzip") << kHeader + row("a", "1", "0.1") + row("b", "2", "0.2") << true << false << O::Imported
                              << 2LL << "0.3" << QStringList{} << "";
        QTest::newRow("empty file") << QByteArray() << false << false << O::Failed << 0LL << "0" << QStringList{}
                                    << "empty";
        QTest::newRow("header only") << kHeader << false << false << O::Imported << 0LL << "0" << QStringList{} << "";
        QTest::newRow("bad header") << QByteArray("id\tname\tartists\tisrc\tusages\trevenue\r\n") + kRow << false << false
                                    << O::Failed << 0LL << "0" << QStringList{} << "line 1";
        QTest::newRow("wrong column counts")
            << kHeader + row("a", "1", "1") + "b\tt\tx\t1\r\n" + "c\tt\tx\tGBAYE0601498\t1\t1\textra\r\n" << false
            << false << O::Imported << 1LL << "1" << QStringList{"3:column_count:columns", "4:column_count:columns"} << "";
        QTest::newRow("negative usages") << kHeader + row("a", "-5", "1") + row("b", "2", "1") << false << false
                                         << O::Imported << 1LL << "1" << QStringList{"2:negative:usages"} << "";
        // A file whose every row has an error imports nothing: it fails, with the findings kept.
        QTest::newRow("non-numeric usages") << kHeader + row("a", "12x", "1") + row("b", "1.5", "1") << false << false
                                            << O::Failed << 0LL << "0"
                                            << QStringList{"2:not_a_number:usages", "3:not_a_number:usages"} << "nothing could be imported";
        QTest::newRow("malformed revenue") << kHeader + row("a", "1", "1,5") + row("b", "1", "€3") << false << false
                                           << O::Failed << 0LL << "0"
                                           << QStringList{"2:malformed_decimal:revenue", "3:malformed_decimal:revenue"} << "nothing could be imported";
        QTest::newRow("missing values kept as missing")
            << kHeader + row("a", "", "") + row("b", "3", "1", "", "") << false << false << O::Imported << 2LL << "1"
            << QStringList{"2:missing_value:usages, revenue", "3:missing_value:title, isrc"} << "";
        QTest::newRow("exponent rounded with warning")
            << kHeader + row("a", "1", "2.220446049250313e-16") << false << false << O::Imported << 1LL
            << "0.00000000000000022204" << QStringList{"2:rounded:revenue"} << "";
        QTest::newRow("isrc normalized, invalid kept")
            << kHeader + row("a", "1", "1", "gb-aye-06-01498") + row("b", "1", "1", "123") << false << false
            << O::Imported << 2LL << "2" << QStringList{"3:invalid_isrc:isrc"} << "";
        QTest::newRow("invalid utf8") << kHeader + row("a", "1", "1", "GBAYE0601498", "caf\xe9") + row("b", "1", "2")
                                      << false << false << O::Imported << 1LL << "2" << QStringList{"2:invalid_utf8:title"}
                                      << "";
        QTest::newRow("utf8 ok") << kHeader + row("a", "1", "1", "GBAYE0601498", "caf\xc3\xa9 \xe5\xa4\x9c") << false
                                 << false << O::Imported << 1LL << "1" << QStringList{} << "";
        QTest::newRow("utf16 file") << QByteArray("\xff\xfe" "d\0s\0p\0", 8) << false << false << O::Failed << 0LL << "0"
                                    << QStringList{} << "header";
        QTest::newRow("1 MB field") << kHeader + row("a", "1", "1", "GBAYE0601498", QByteArray(1 << 20, 'x')) + row("b", "1", "1")
                                    << false << false << O::Imported << 1LL << "1" << QStringList{"2:field_too_long:title"}
                                    << "";
        QTest::newRow("8 MB line") << kHeader + row("a", "1", "1", "GBAYE0601498", QByteArray(8 << 20, 'y')) + row("b", "1", "1")
                                   << false << false << O::Imported << 1LL << "1" << QStringList{"2:line_too_long:"} << "";
        QTest::newRow("blank line") << kHeader + row("a", "1", "1") + "\r\n" + row("b", "1", "1") << false << false
                                    << O::Imported << 2LL << "2" << QStringList{"3:blank_line:"} << "";
        QTest::newRow("missing dsp_id") << kHeader + row("", "1", "1") << false << false << O::Failed << 0LL << "0"
                                        << QStringList{"2:missing_dsp_id:dsp_id"} << "nothing could be imported";
        QTest::newRow("strict rejects") << kHeader + row("a", "1", "1") + row("b", "-1", "1") << false << true
                                        << O::Failed << 0LL << "0" << QStringList{"3:negative:usages"} << "strict";
        QTest::newRow("strict accepts clean") << kHeader + row("a", "1", "1") + row("b", "", "1") << false << true
                                              << O::Imported << 2LL << "2" << QStringList{"3:missing_value:usages"} << "";
    }

    void hostileFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, gzipped);
        QFETCH(bool, strict);
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        const QString name = QStringLiteral("Test_Offer_GB_GBP_20200101-20200131.tsv") + (gzipped ? QStringLiteral(".gz") : QString());
        const QString path = test::writeFile(dir, name, gzipped ? test::gzip(content) : content);
        ImportOptions options;
        options.strict = strict;
        const ImportResult result = DsrImporter(*db).importFile(path, options);

        QTEST(result.outcome, "outcome");
        QFETCH(QString, errorMentions);
        if (!errorMentions.isEmpty()) {
            QVERIFY2(result.error.contains(errorMentions, Qt::CaseInsensitive), qPrintable(result.error));
            if (!strict)
                QVERIFY2(result.error.contains(name), "a file error names the file");
        }
        QFETCH(qint64, rows);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM usage_rows")).toLongLong(), rows);
        if (result.dsrId != 0) {
            const auto record = DsrRepository(*db).find(result.dsrId);
            QVERIFY(record.ok() && record.value().has_value());
            QTEST(record.value()->revenue, "revenue");
            QCOMPARE(record.value()->rows, rows);
            QTEST(reportOf(*db, result.dsrId), "report");
        }
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM dsrs WHERE status = 'importing'")).toInt(), 0);
    }

    void truncatedGzipLeavesNothing()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        QByteArray content = kHeader;
        for (int i = 0; i < 20000; ++i)
            content += row("id" + QByteArray::number(i), "1", "0.01");
        const QByteArray gz = test::gzip(content);
        const QString path = test::writeFile(dir, QStringLiteral("Test_Offer_GB_GBP_20200101-20200131.tsv.gz"), gz.left(gz.size() * 9 / 10));
        const ImportResult result = DsrImporter(*db).importFile(path);
        QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QLatin1String("truncated")) || result.error.contains(QLatin1String("corrupt")),
                 qPrintable(result.error));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM usage_rows")).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM resources")).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT status FROM dsrs")).toString(), QStringLiteral("failed"));
    }

    void resourcesAreSharedAcrossDsrs()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        const QString a = test::writeFile(dir, QStringLiteral("S_O_GB_GBP_20200101-20200131.tsv"), kHeader + row("x", "1", "1") + row("y", "1", "1"));
        const QString b = test::writeFile(dir, QStringLiteral("S_O_GB_GBP_20200201-20200229.tsv"), kHeader + row("x", "2", "2") + row("z", "1", "1"));
        QVERIFY(DsrImporter(*db).importFile(a).ok());
        QVERIFY(DsrImporter(*db).importFile(b).ok());
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM resources")).toInt(), 3);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM usage_rows")).toInt(), 4);
        // The second import found x in the key index rather than creating it again.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT group_concat(r.dsp_id, '') FROM usage_rows u "
                                                  "JOIN resources r ON r.id = u.resource_id ORDER BY u.id")).toString(),
                 QStringLiteral("xyxz"));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT dec_sum(revenue) FROM usage_rows")).toString(), QStringLiteral("5"));
    }

    // A tiny cache fills and is emptied many times; keys waiting to be indexed
    // must survive that, and resources must stay unique within and across DSRs.
    void resourcesStayUniqueWhenTheCacheOverflows()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        auto fileWith = [&](const QString &name, int from, int to, int repeats) {
            QByteArray content = kHeader;
            for (int r = 0; r < repeats; ++r)
                for (int i = from; i < to; ++i)
                    content += row("res" + QByteArray::number((i * 7919) % to), "1", "0.5");
            return test::writeFile(dir, name, content);
        };
        ImportOptions options;
        options.resourceCacheSlots = 16; // room for 12 keys
        const ImportResult first = DsrImporter(*db).importFile(fileWith(QStringLiteral("S_O_GB_GBP_20200101-20200131.tsv"), 0, 300, 3), options);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM resources")).toInt(), 300);
        // The second file shares res0…res299 and adds res300…res599.
        const ImportResult second = DsrImporter(*db).importFile(fileWith(QStringLiteral("S_O_GB_GBP_20200201-20200229.tsv"), 0, 600, 2), options);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM resources")).toInt(), 600);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(DISTINCT dsp_id) FROM resources")).toInt(), 600);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM resource_keys")).toInt(), 600);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM resource_keys k LEFT JOIN resources r "
                                                  "ON r.id = k.resource_id WHERE r.id IS NULL")).toInt(), 0);
        // Every usage row points at the resource named on its line.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM usage_rows")).toInt(), 900 + 1200);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(DISTINCT resource_id) FROM usage_rows WHERE id >> 32 = %1")
                                       .arg(second.dsrId)).toInt(), 600);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM usage_rows u JOIN resources r ON r.id = u.resource_id "
                                                  "WHERE u.id >> 32 = %1 AND r.dsp_id = 'res' || (((u.id & 4294967295) - 2) % 600 * 7919 % 600)")
                                       .arg(second.dsrId)).toInt(), 1200);
    }

    // The filter that spares lookups must never miss a key it was given, and
    // must reject most keys it was not.
    void keyFilterHasNoFalseNegatives()
    {
        KeyFilter filter(std::size_t(1) << 20);
        auto keyOf = [](int i) {
            const QByteArray id = QByteArray::number(i);
            return ResourceKey::of(std::string_view(id.constData(), static_cast<std::size_t>(id.size())), "t", "a", "i");
        };
        constexpr int kAdded = 50000; // 21 bits per key
        for (int i = 0; i < kAdded; ++i)
            filter.add(keyOf(i));
        for (int i = 0; i < kAdded; ++i)
            QVERIFY(filter.mayContain(keyOf(i)));
        int falsePositives = 0;
        for (int i = kAdded; i < 2 * kAdded; ++i)
            falsePositives += filter.mayContain(keyOf(i)) ? 1 : 0;
        QVERIFY2(falsePositives < kAdded / 100, qPrintable(QString::number(falsePositives)));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
