// DDEX DSR flat files: the cell syntax, layouts from headings, file names,
// exact pro-rata allocation, the shipped samples' reconciliation findings,
// synthetic multi-summary reports and multi-file assembly.
#include "db/sqlquery.h"
#include "testsupport.h"

#include "formats/ddex/ddexcells.h"
#include "formats/ddex/ddexfilename.h"
#include "formats/ddex/ddexlayouts.h"
#include "import/anyimporter.h"
#include "import/ddeximporter.h"
#include "money/prorata.h"
#include "db/database.h"
#include "storage/dsrrepository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

#include <boost/multiprecision/cpp_int.hpp>

using namespace rd;
using Code = ValidationIssue::Code;

namespace {

QString ddexSample(const QString &prefix)
{
    const QDir dir(test::dataPath(QStringLiteral("ddex")));
    const QStringList names = dir.entryList({prefix + QLatin1Char('*')}, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : dir.filePath(names.first());
}

// The codes of a DSR's stored findings, as "code@location", sorted.
QStringList findings(Database &db, qint64 dsrId)
{
    QStringList out;
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT code, field FROM dsr_issues WHERE dsr_id = ? ORDER BY line, seq"));
    q.addBindValue(dsrId);
    q.exec();
    while (q.next())
        out << q.value(0).toString() + QLatin1Char('@') + q.value(1).toString();
    return out;
}

QList<ImportResult> importDdex(Database &db, const QString &path, const ImportOptions &options = {})
{
    return DdexImporter(db).importReport(path, options);
}

// A Basic Audio report: two summaries in GB (GBP) and one in IE (EUR); SU02
// rows carry streams only, so revenue comes from the summaries.
QByteArray basicAudioReport(const QByteArray &lineEnd, bool headings, const QByteArray &messageId = "MSG-1")
{
    QList<QByteArray> lines;
    lines << "HEAD\tdsrf/1.1/1.4.1/1.3\tBasicAudioProfile\t1.3\t" + messageId
                 + "\t2021-02-03T10:00:00Z\t1\t1\t2021-01-01\t2021-01-31\tPADPIDA0000000001X\tSome DSP\tPremium\tPADPIDA0000000002Y\tLabel";
    if (headings) {
        lines << "#HEAD\tMessageVersion\tProfile\tProfileVersion\tMessageId\tMessageCreatedDateTime\tFileNumber\tNumberOfFiles\t"
                 "UsageStartDate\tUsageEndDate\tSenderPartyId\tSenderName\tServiceDescription\tRecipientPartyId\tRecipientName";
        // A column order of our own: read by name, not position.
        lines << "#SY01.02\tSummaryRecordId\tTerritory\tCommercialModel\tUseType\tTotalUsages\tCurrencyOfReporting\tNetRevenue";
        lines << "#SU02.02\tBlockId\tSummaryRecordId\tSalesTransactionId\tTransactedResource\tTransactedRelease\tNumberOfStreams";
    }
    if (headings) {
        lines << "SY01.02\tS1\tGB\tSubscriptionModel\tOnDemandStream\t10\tGBP\t100.00";
        lines << "SY01.02\tS2\tGB\tAdvertisementSupportedModel\tOnDemandStream\t3\tGBP\t0.10";
        lines << "SY01.02\tS3\tIE\tSubscriptionModel\tOnDemandStream\t7\tEUR\t70.7";
    } else {
        lines << "SY01.02\tS1\t\t\tSubscriptionModel\tOnDemandStream\tGB\tPremium\t10\t\tGBP\t100.00";
        lines << "SY01.02\tS2\t\t\tAdvertisementSupportedModel\tOnDemandStream\tGB\tPremium\t3\t\tGBP\t0.10";
        lines << "SY01.02\tS3\t\t\tSubscriptionModel\tOnDemandStream\tIE\tPremium\t7\t\tEUR\t70.7";
    }
    lines << "RE01.02\t1\tR1\tREL1\t\t\t\tThe Band\t\tAn Album\t\tAlbum";
    lines << "AS02.03\t1\tA1\tRES1\tGBAAA2100001\tSong \\\\ One \\| Two\t\tThe Band|Guest\t\tPT3M\tSoundRecording";
    lines << "AS02.03\t1\tA2\tRES2\tGBAAA2100002\tSecond\\\tSong\t\tThe Band";
    auto su = [&](const char *block, const char *summary, const char *id, const char *resource, const char *streams) -> QByteArray {
        if (headings)
            return QByteArray("SU02.02\t") + block + '\t' + summary + '\t' + id + '\t' + resource + "\t\t" + streams;
        return QByteArray("SU02.02\t") + block + '\t' + summary + '\t' + id + "\t\t" + resource + "\tTRUE\t" + streams;
    };
    lines << su("1", "S1", "T1", "A1", "3") << su("1", "S1", "T2", "A2", "7") << su("1", "S2", "T3", "A1", "3")
          << su("1", "S3", "T4", "A2", "7");
    lines << "RE01.02\t2\tR2\tREL2\t\t\t\tSolo\t\tSingle\t\tSingle";
    lines << "AS02.03\t2\tB1\tRES3\tGBAAA2100003\tOnly Track\t\tSolo";
    lines << (headings ? QByteArray("SU02.02\t2\tS1\tT5\t\tR2\t0") : QByteArray("SU02.02\t2\tS1\tT5\tR2\t\tTRUE\t0"));
    const int total = int(lines.size()) + 1;
    lines << "FOOT\t" + QByteArray::number(total) + '\t' + QByteArray::number(total) + "\t3\t2\t2";
    return lines.join(lineEnd) + lineEnd;
}

const char *kBapName = "DSR_PADPIDA0000000002Y_PADPIDA0000000001X_Premium_2021-01__1of1_20210203T100000.tsv";

} // namespace

class TestDdex : public QObject
{
    Q_OBJECT

private slots:
    void cellsAndEscapes();
    void layoutsFromHeadings();
    void fileNames_data();
    void fileNames();
    void proRataSumsExactly();
    void unlimitedMusicReconcilesCleanly();
    void adFundedYieldsItsThreeFindings();
    void youTubeYieldsItsLineCountMismatch();
    void identicalPartsAreDuplicates();
    void missingPartIsReported();
    void multiFileReportIsOneReport();
    void basicAudioWithSeveralSummaries_data();
    void basicAudioWithSeveralSummaries();
    void subscriptionSummariesWithoutHeadings();
    void headDisagreeingWithNameAndReusedMessageId();
    void strictRejectsAndFailureLeavesNoRows();
    void hostileFiles();
};

void TestDdex::cellsAndEscapes()
{
    const auto cells = ddex::splitCells("A\\\tB\tC\\|D|E\t\\\\\t");
    QCOMPARE(cells.size(), std::size_t(4));
    QCOMPARE(ddex::unescape(cells[0]), std::string("A\tB"));
    QCOMPARE(ddex::unescape(cells[1]), std::string("C|D|E"));
    QCOMPARE(ddex::unescape(cells[2]), std::string("\\"));
    QCOMPARE(cells[3], std::string_view());
    const auto values = ddex::splitValues(cells[1]);
    QCOMPARE(values.size(), std::size_t(2));
    QCOMPARE(values[0], std::string("C|D"));
    QCOMPARE(values[1], std::string("E"));
    QVERIFY(ddex::splitValues("").empty());
    QCOMPARE(ddex::unescape("trailing\\"), std::string("trailing\\")); // a lone backslash stays
}

void TestDdex::layoutsFromHeadings()
{
    ddex::RecordLayouts layouts;
    QCOMPARE(layouts.column("SU02.02", "NumberOfStreams"), 7); // built in, by record type
    QCOMPARE(layouts.column("SU02.07", "numberofstreams"), 7); // an unknown version falls back to its type
    QVERIFY(layouts.learnHeading("#SU02.02\tBlockId\tNumberOfStreams \tSummaryRecordId\t\t"));
    QCOMPARE(layouts.column("SU02.02", "NumberOfStreams"), 2);
    QCOMPARE(layouts.column("SU02.02", "SummaryRecordId"), 3);
    QCOMPARE(layouts.column("SU02.02", "TransactedResource"), -1);
    QVERIFY(layouts.fromHeading("SU02.02"));
    QVERIFY(!layouts.known("ZZ99"));
    QVERIFY(!layouts.learnHeading("no hash"));
}

void TestDdex::fileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("territory");
    QTest::addColumn<int>("part");
    QTest::addColumn<int>("parts");
    QTest::newRow("range, no territory") << "DSR_R_S_Svc_2020-06-01--2020-06-30__1of1_20200703T075930.tsv"
                                         << QDate(2020, 6, 1) << QDate(2020, 6, 30) << "" << 1 << 1;
    QTest::newRow("quarter") << "DSR_TEST2_YouTube_AdSupport-music_2015-Q4_IS_1of1_20160121T150926.tsv.gz"
                             << QDate(2015, 10, 1) << QDate(2015, 12, 31) << "IS" << 1 << 1;
    QTest::newRow("month") << "DSR_R_S_Svc_2015-02_AU_2of3_20150723T092522.tsv" << QDate(2015, 2, 1) << QDate(2015, 2, 28)
                           << "AU" << 2 << 3;
    QTest::newRow("year") << "DSR_R_S_Svc_2016_DE_1of1_20170101T000000.tsv" << QDate(2016, 1, 1) << QDate(2016, 12, 31)
                          << "DE" << 1 << 1;
    QTest::newRow("half") << "DSR_R_S_Svc_2016-H2_DE_1of1_20170101T000000.tsv" << QDate(2016, 7, 1) << QDate(2016, 12, 31)
                          << "DE" << 1 << 1;
    QTest::newRow("day") << "DSR_R_S_Svc_2016-02-29_DE_1of1_20170101T000000.tsv" << QDate(2016, 2, 29) << QDate(2016, 2, 29)
                         << "DE" << 1 << 1;
    QTest::newRow("bad period") << "DSR_R_S_Svc_2016-13_DE_1of1_20170101T000000.tsv" << QDate() << QDate() << "" << 0 << 0;
    QTest::newRow("part beyond parts") << "DSR_R_S_Svc_2016_DE_3of2_20170101T000000.tsv" << QDate() << QDate() << "" << 0 << 0;
    QTest::newRow("no created") << "DSR_R_S_Svc_2016_DE_1of1.tsv" << QDate() << QDate() << "" << 0 << 0;
    QTest::newRow("bad territory") << "DSR_R_S_Svc_2016_Germany_1of1_20170101T000000.tsv" << QDate() << QDate() << "" << 0 << 0;
}

void TestDdex::fileNames()
{
    QFETCH(QString, name);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, territory);
    QFETCH(int, part);
    QFETCH(int, parts);
    const auto parsed = DdexFileName::parse(name);
    if (!start.isValid()) {
        QVERIFY(!parsed);
        QVERIFY(parsed.error().contains(name.left(10)));
        return;
    }
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->periodStart, start);
    QCOMPARE(parsed->periodEnd, end);
    QCOMPARE(parsed->territory, territory);
    QCOMPARE(parsed->part, part);
    QCOMPARE(parsed->parts, parts);
}

void TestDdex::proRataSumsExactly()
{
    using Wide = boost::multiprecision::cpp_int;
    QRandomGenerator rng(4242);
    for (int round = 0; round < 300; ++round) {
        // Amounts from 0.01 to 10^12 with 0 to 6 decimals, positive or negative.
        const int decimals = int(rng.bounded(7));
        QString text = QString::number(rng.bounded(1000000000)) + QLatin1Char('.')
                       + QString::number(rng.bounded(1000000)).rightJustified(6, QLatin1Char('0')).left(decimals);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        if (rng.bounded(4) == 0)
            text.prepend(QLatin1Char('-'));
        Decimal amount;
        QCOMPARE(Decimal::parse(text.toStdString(), amount), Decimal::ParseResult::Exact);
        std::vector<std::int64_t> weights(1 + rng.bounded(60));
        std::int64_t total = 0;
        for (auto &w : weights) {
            w = rng.bounded(4) == 0 ? 0 : std::int64_t(rng.bounded(100000));
            total += w;
        }
        if (total == 0)
            weights.back() = total = 1;
        ProRata split(amount, total);
        QVERIFY(split.decimals() >= 2);
        Wide sum = 0, unit = 1;
        for (int i = split.decimals(); i < Decimal::kScale; ++i)
            unit *= 10;
        for (std::int64_t w : weights) {
            const Decimal share = split.next(w);
            const Wide m = Wide(share.mantissa());
            QVERIFY(m % unit == 0); // in whole units of the amount's precision
            // Within one unit of the exact pro-rata value: |share × W − A × w| < unit × W.
            const Wide error = m * total - Wide(amount.mantissa()) * w;
            QVERIFY2(abs(error) < unit * total, qPrintable(text));
            sum += m;
        }
        QCOMPARE(sum, Wide(amount.mantissa())); // to the last digit
    }
}

void TestDdex::unlimitedMusicReconcilesCleanly()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const auto results = importDdex(*db, ddexSample("DSR_PADPIDA00123456743"));
    QCOMPARE(results.size(), 1);
    QVERIFY2(results[0].ok(), qPrintable(results[0].error));
    const ImportResult &r = results[0];
    QCOMPARE(r.totals.rows, 15u);
    QCOMPARE(r.totals.usages, 3160);
    QCOMPARE(r.totals.revenue.toString(), std::string("5000"));
    QCOMPARE(r.totals.errors, 0u);
    QCOMPARE(r.totals.warnings, 0u);
    QCOMPARE(findings(*db, r.dsrId), QStringList());
    const auto record = DsrRepository(*db).find(r.dsrId);
    QVERIFY(record && record.value());
    QCOMPARE(record.value()->territory, QStringLiteral("GB"));
    QCOMPARE(record.value()->currency, QStringLiteral("GBP"));
    QCOMPARE(record.value()->format, QStringLiteral("ddex"));
    QCOMPARE(test::scalar(*db, "SELECT revenue_basis FROM dsrs").toString(), QStringLiteral("allocated"));
    // Every allocated amount is in pence, and they add up to the summary's 5000.00 exactly.
    QCOMPARE(test::scalar(*db, "SELECT count(*) FROM usage_rows WHERE revenue GLOB '*.???*'").toInt(), 0);
    QCOMPARE(test::scalar(*db, "SELECT dec_sum(revenue) FROM usage_rows").toString(), QStringLiteral("5000"));
    // 120 of 3160 streams: 189.873… → 189.87.
    QCOMPARE(test::scalar(*db, "SELECT revenue FROM usage_rows WHERE usages = 120").toString(), QStringLiteral("189.87"));
}

void TestDdex::adFundedYieldsItsThreeFindings()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const auto results = importDdex(*db, ddexSample("DSR_PADPIDA2015999999X"));
    QCOMPARE(results.size(), 1);
    // Every row points to a summary that does not exist: nothing is imported, so the report fails, findings kept.
    QCOMPARE(results[0].outcome, ImportResult::Outcome::Failed);
    QVERIFY2(results[0].error.contains(QLatin1String(": nothing could be imported")), qPrintable(results[0].error));
    QCOMPARE(results[0].totals.rows, 0u);
    QCOMPARE(results[0].findingCount, 5u);
    QCOMPARE(test::scalar(*db, "SELECT status || ' ' || row_count FROM dsrs").toString(), QStringLiteral("failed 0"));
    QCOMPARE(findings(*db, results[0].dsrId),
             QStringList({"summary_usages_mismatch@SY02.03 1", "dangling_summary_reference@SU02.02 SummaryRecordId",
                          "dangling_summary_reference@SU02.02 SummaryRecordId",
                          "dangling_summary_reference@SU02.02 SummaryRecordId",
                          "footer_mismatch@FOOT NumberOfBlocksInReport"}));
    QCOMPARE(test::scalar(*db, "SELECT group_concat(line) FROM dsr_issues WHERE code = 'dangling_summary_reference'").toString(),
             QStringLiteral("11,14,17"));
    QCOMPARE(test::scalar(*db, "SELECT detail FROM dsr_issues WHERE code = 'footer_mismatch'").toString(),
             QStringLiteral("NumberOfBlocksInReport says 94, 3 counted"));
}

void TestDdex::youTubeYieldsItsLineCountMismatch()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const auto results = importDdex(*db, ddexSample("DSR_TEST2_YouTube"));
    QCOMPARE(results.size(), 1);
    QVERIFY2(results[0].ok(), qPrintable(results[0].error));
    QCOMPARE(findings(*db, results[0].dsrId),
             QStringList({"footer_mismatch@FOOT NumberOfLinesInFile", "footer_mismatch@FOOT NumberOfLinesInReport"}));
    QCOMPARE(results[0].totals.rows, 6u);
    QCOMPARE(results[0].totals.usages, 10210);
    QCOMPARE(results[0].totals.revenue.toString(), std::string("7")); // SU03 rows report their own revenue
    QCOMPARE(test::scalar(*db, "SELECT revenue_basis || ' ' || territory || ' ' || currency FROM dsrs").toString(),
             QStringLiteral("reported IS USD"));
    // LI01 rights-controller shares, with the validity of the sales record they follow.
    QCOMPARE(test::scalar(*db, "SELECT count(*) FROM rights_shares").toInt(), 5);
    QCOMPARE(test::scalar(*db, "SELECT rights_controller || ' ' || share || ' ' || isrc || ' ' || valid_from || ' ' || valid_to "
                               "FROM rights_shares WHERE line = 27").toString(),
             QStringLiteral("PUB_3 1.0000 USRH10903879 2015-10-01 2015-10-02"));
}

void TestDdex::identicalPartsAreDuplicates()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const auto results = importDdex(*db, ddexSample("DSR_PADPIDA2014999999Z"));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results[0].outcome, ImportResult::Outcome::Failed);
    QVERIFY2(results[0].error.contains(QLatin1String("identical")) && results[0].error.contains(QLatin1String("1of2"))
                 && results[0].error.contains(QLatin1String("2of2")),
             qPrintable(results[0].error));
    QCOMPARE(test::scalar(*db, "SELECT count(*) FROM usage_rows").toInt(), 0);
}

void TestDdex::missingPartIsReported()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const QString part = dir.filePath(QStringLiteral("DSR_R_S_Svc_2015-02_AU_1of2_20150723T092522.tsv"));
    QVERIFY(QFile::copy(ddexSample("DSR_PADPIDA2014999999Z"), part));
    const auto results = importDdex(*db, part);
    QCOMPARE(results[0].outcome, ImportResult::Outcome::Failed);
    QVERIFY2(results[0].error.contains(QLatin1String("Missing: 2of2")), qPrintable(results[0].error));
    // Two files claiming one part.
    QVERIFY(QFile::copy(part, part + QLatin1String(".gz")));
    const auto twice = importDdex(*db, part);
    QVERIFY2(twice[0].error.contains(QLatin1String("twice")), qPrintable(twice[0].error));
}

void TestDdex::multiFileReportIsOneReport()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    // The synthetic report split after its first block: part 2 continues the blocks and holds the footer.
    const QList<QByteArray> lines = basicAudioReport("\n", true).split('\n');
    const int cut = int(lines.indexOf(QByteArray("RE01.02\t2\tR2\tREL2\t\t\t\tSolo\t\tSingle\t\tSingle")));
    QVERIFY(cut > 0);
    // Each file has its header (numbered) and headings; part 2 has no summaries.
    QByteArray first = lines.mid(0, cut).join('\n') + '\n' + "FOOT\t" + QByteArray::number(cut + 1) + "\t\t3\t1\t2\n";
    first.replace("\t1\t1\t2021-01-01", "\t1\t2\t2021-01-01");
    QByteArray second = lines.mid(0, 4).join('\n') + '\n' + lines.mid(cut).join('\n');
    second.replace("\t1\t1\t2021-01-01", "\t2\t2\t2021-01-01");
    const QByteArray footer = "FOOT\t8\t" + QByteArray::number(cut + 1 + 8) + "\t3\t1\t2";
    second.replace(QByteArray("FOOT\t18\t18\t3\t2\t2"), footer);
    const QString stem = QStringLiteral("DSR_PADPIDA0000000002Y_PADPIDA0000000001X_Premium_2021-01__%1of2_20210203T100000.tsv");
    test::writeFile(dir, stem.arg(1), first);
    const QString part2 = test::writeFile(dir, stem.arg(2), test::gzip(second)).replace(QLatin1String(".tsv"), QLatin1String(".tsv"));
    QVERIFY(QFile::rename(part2, part2 + QLatin1String(".gz")));

    AnyImporter importer(*db);
    const auto results = importer.importFile(dir.filePath(stem.arg(2) + QLatin1String(".gz"))); // any part will do
    QCOMPARE(results.size(), 2); // GB/GBP and IE/EUR
    for (const ImportResult &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(importer.importFile(dir.filePath(stem.arg(1))).isEmpty()); // the same report: skipped in this batch
    const QStringList found = findings(*db, results[0].dsrId);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));
    QCOMPARE(results[0].totals.rows + results[1].totals.rows, 5u);
    QCOMPARE(test::scalar(*db, "SELECT count(*) FROM dsr_files").toInt(), 4); // two files for each of the two DSRs
    // Line numbers continue across the files, so rows stay distinct.
    QCOMPARE(test::scalar(*db, "SELECT count(DISTINCT id) FROM usage_rows").toInt(), 5);
    // The same report again is a duplicate.
    const auto again = AnyImporter(*db).importFile(dir.filePath(stem.arg(1)));
    QCOMPARE(again[0].outcome, ImportResult::Outcome::Duplicate);
}

void TestDdex::basicAudioWithSeveralSummaries_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<bool>("headings");
    QTest::addColumn<bool>("gzip");
    QTest::newRow("LF, headings") << QByteArray("\n") << true << false;
    QTest::newRow("CRLF, no headings (built-in layouts)") << QByteArray("\r\n") << false << false;
    QTest::newRow("gzip") << QByteArray("\n") << true << true;
}

void TestDdex::basicAudioWithSeveralSummaries()
{
    QFETCH(QByteArray, lineEnd);
    QFETCH(bool, headings);
    QFETCH(bool, gzip);
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const QByteArray text = basicAudioReport(lineEnd, headings);
    const QString path = test::writeFile(dir, QString::fromLatin1(kBapName) + (gzip ? QLatin1String(".gz") : QLatin1String("")),
                                         gzip ? test::gzip(text) : text);
    const auto results = importDdex(*db, path);
    QCOMPARE(results.size(), 2);
    for (const ImportResult &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(findings(*db, results[0].dsrId), QStringList());
    SqlQuery q(*db);
    q.exec(QStringLiteral("SELECT territory, currency, row_count, usages_total, revenue_total, revenue_basis FROM dsrs ORDER BY id"));
    QStringList dsrs;
    while (q.next())
        dsrs << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toString()}.join(QLatin1Char(' '));
    // GB: S1 100.00 over 3, 7 and 0 streams, S2 0.10 over 3; IE: S3 70.7 over 7.
    QCOMPARE(dsrs, QStringList({"GB GBP 4 13 100.1 allocated", "IE EUR 1 7 70.7 allocated"}));
    QCOMPARE(test::scalar(*db, "SELECT group_concat(revenue, ' ') FROM (SELECT revenue FROM usage_rows ORDER BY id)").toString(),
             QStringLiteral("30 70 0.1 0 70.7"));
    // Escaped characters and multi-value artists reach the resources intact.
    QCOMPARE(test::scalar(*db, "SELECT title || ' / ' || artists FROM resources WHERE dsp_id = 'RES1'").toString(),
             QStringLiteral("Song \\ One | Two / The Band|Guest"));
    QCOMPARE(test::scalar(*db, "SELECT title FROM resources WHERE dsp_id = 'RES2'").toString(), QStringLiteral("Second\tSong"));
    // A release of one resource is that resource.
    QCOMPARE(test::scalar(*db, "SELECT count(*) FROM resources WHERE dsp_id = 'RES3'").toInt(), 1);
}

void TestDdex::subscriptionSummariesWithoutHeadings()
{
    // SY05.02 (a licensor's share of a subscription service) in the built-in layout: its TotalUsages
    // count the whole service, and the money is its AllocatedNetRevenue.
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const QByteArray text =
        "HEAD\tdsrf/1.1/1.4.1/1.3\tBasicAudioProfile\t1.3\tSUB-1\t2021-02-03T10:00:00Z\t1\t1\t2021-01-01\t2021-01-31\t"
        "PADPIDA0000000001X\tSome DSP\tPremium\tPADPIDA0000000002Y\tLabel\n"
        "SY05.02\tS1\t\t\tSubscriptionModel\tOnDemandStream\tDE\tPremium\tLabel\t\tMakeAvailableRight\t1000\t30\t\t"
        "12.34\t\t\tEUR\n"
        "RE01.02\t1\tR1\tREL1\t\t\t\tThe Band\t\tAn Album\t\tAlbum\n"
        "AS02.03\t1\tA1\tRES1\tDEAAA2100001\tOne\t\tThe Band\n"
        "AS02.03\t1\tA2\tRES2\tDEAAA2100002\tTwo\t\tThe Band\n"
        "SU02.02\t1\tS1\tT1\t\tA1\tTRUE\t10\n"
        "SU02.02\t1\tS1\tT2\t\tA2\tTRUE\t20\n"
        "FOOT\t8\t8\t1\t1\t1\n";
    const auto results = importDdex(*db, test::writeFile(dir, QString::fromLatin1(kBapName), text));
    QCOMPARE(results.size(), 1);
    QVERIFY2(results[0].ok(), qPrintable(results[0].error));
    QCOMPARE(findings(*db, results[0].dsrId), QStringList());
    QCOMPARE(test::scalar(*db, "SELECT territory || ' ' || currency || ' ' || revenue_total || ' ' || usages_total FROM dsrs").toString(),
             QStringLiteral("DE EUR 12.34 30"));
    QCOMPARE(test::scalar(*db, "SELECT group_concat(revenue, ' ') FROM (SELECT revenue FROM usage_rows ORDER BY id)").toString(),
             QStringLiteral("4.11 8.23"));
}

void TestDdex::headDisagreeingWithNameAndReusedMessageId()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    QVERIFY(importDdex(*db, test::writeFile(dir, QString::fromLatin1(kBapName), basicAudioReport("\n", true)))[0].ok());
    // Another report (another DSP name, so not a re-delivery) with the same MessageId, whose name says February.
    QByteArray other = basicAudioReport("\n", true);
    other.replace("Some DSP", "Other DSP");
    const QString name = QString::fromLatin1(kBapName).replace(QLatin1String("2021-01_"), QLatin1String("2021-02_"));
    const auto results = importDdex(*db, test::writeFile(dir, name, other));
    QVERIFY2(results[0].ok(), qPrintable(results[0].error));
    QCOMPARE(findings(*db, results[0].dsrId),
             QStringList({"head_differs_from_file_name@HEAD UsageStartDate", "head_differs_from_file_name@HEAD UsageEndDate",
                          "message_id_reused@HEAD MessageId"}));
}

void TestDdex::strictRejectsAndFailureLeavesNoRows()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    ImportOptions strict;
    strict.strict = true;
    const auto rejected = importDdex(*db, ddexSample("DSR_TEST2_YouTube"), strict);
    QCOMPARE(rejected[0].outcome, ImportResult::Outcome::Failed);
    QVERIFY(rejected[0].error.contains(QLatin1String("strict")));
    ImportOptions failing;
    failing.failAfterRows = 2;
    const auto failed = importDdex(*db, test::writeFile(dir, QString::fromLatin1(kBapName), basicAudioReport("\n", true)), failing);
    QCOMPARE(failed[0].outcome, ImportResult::Outcome::Failed);
    for (const char *table : {"usage_rows", "resources", "dsr_resource_chunks", "rights_shares", "dsr_files"})
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(), 0);
    QCOMPARE(test::scalar(*db, "SELECT count(*) FROM dsrs WHERE status = 'ingested'").toInt(), 0);
    // The strict rejection is a failed DSR that keeps its findings, like a strict TSV rejection.
    QVERIFY(rejected[0].dsrId > 0);
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM dsr_issues WHERE dsr_id <> %1").arg(rejected[0].dsrId)).toInt(), 0);
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM dsr_issues WHERE dsr_id = %1").arg(rejected[0].dsrId)).toInt(), 2);
}

void TestDdex::hostileFiles()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const QString stem = QStringLiteral("DSR_R_S_Svc_2021-01_GB_1of1_20210203T10000%1.tsv");
    // A truncated gzip stream: the error names the file, nothing is kept.
    const QByteArray packed = test::gzip(basicAudioReport("\n", true));
    const auto truncated = importDdex(*db, test::writeFile(dir, stem.arg(1) + QLatin1String(".gz"), packed.left(packed.size() / 2)));
    QCOMPARE(truncated[0].outcome, ImportResult::Outcome::Failed);
    QVERIFY2(truncated[0].error.contains(stem.arg(1)), qPrintable(truncated[0].error));
    // Bad encodings, unknown records and unparsable numbers are findings with line and column.
    QByteArray bad = basicAudioReport("\n", true);
    bad.replace("SU02.02\t1\tS1\tT1\tA1\t\t3", "SU02.02\t1\tS1\tT1\tA1\t\tthree");
    bad.replace("RE01.02\t2\tR2", "ZZ01\t2\tR2");
    bad.replace("Only Track", "Only \xff Track");
    const auto results = importDdex(*db, test::writeFile(dir, stem.arg(2), bad));
    QVERIFY2(results[0].ok(), qPrintable(results[0].error));
    const QStringList found = findings(*db, results[0].dsrId);
    QVERIFY2(found.contains(QStringLiteral("not_a_number@SU02.02 NumberOfStreams")), qPrintable(found.join(u' ')));
    QVERIFY2(found.contains(QStringLiteral("unknown_record_type@ZZ01")), qPrintable(found.join(u' ')));
    QVERIFY2(found.contains(QStringLiteral("invalid_utf8@")), qPrintable(found.join(u' ')));
    // A file that is not a DDEX name at all.
    const auto notDdex = importDdex(*db, test::writeFile(dir, QStringLiteral("DSR_nonsense.tsv"), "HEAD\n"));
    QVERIFY(notDdex[0].error.contains(QLatin1String("DSR_nonsense.tsv")));
}

QTEST_GUILESS_MAIN(TestDdex)
#include "tst_ddex.moc"
