// The caps on hostile input and the guards on what leaves Royalty Desk: gzip bombs, DDEX
// findings past their limit, control characters in text fields, the offline review's line
// limit, repeated CSV columns, and formulas in spreadsheet exports.
#include "testsupport.h"

#include "db/database.h"
#include "formats/ddex/ddexfilename.h"
#include "formats/ddex/ddexreport.h"
#include "formats/streamreader.h"
#include "formats/tsvdsrparser.h"
#include "import/anyimporter.h"
#include "ingest/inputlimitsettings.h"
#include "journal/statusjournal.h"
#include "licensing/claimscsv.h"
#include "remit/remittancebook.h"
#include "packages/packagearchive.h"
#include "report/tableexport.h"
#include "report/xlsxworkbook.h"
#include "util/csvrecords.h"
#include "util/csvtable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace rd;

namespace {

const QString kTsvName = QStringLiteral("Spotify_SpotifyDuo_NO_NOK_20200101-20200131.tsv");
const QByteArray kHeader = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n";

// Reads a file through StreamReader to the end; returns the error, empty when it read cleanly.
QString readThrough(const QString &path, const InputLimits &limits)
{
    StreamReader reader(path);
    reader.setLimits(limits);
    if (!reader.open())
        return reader.errorString();
    std::vector<char> buffer(1 << 20);
    qint64 n;
    while ((n = reader.read(buffer.data(), qint64(buffer.size()))) > 0) {
    }
    return n < 0 ? reader.errorString() : QString();
}

// A valid DSR of `rows` rows whose text repeats, so that it compresses extremely well.
QByteArray repetitiveDsr(int rows)
{
    QByteArray text = kHeader;
    text.reserve(rows * 64);
    for (int i = 0; i < rows; ++i)
        text += "A\taaaaaaaaaaaaaaaaaaaaaaaa\taaaaaaaaaaaaaaaa\t\t1\t0\n";
    return text;
}


// The sample DDEX report with extra lines before its FOOT record.
QString ddexWithExtraLines(const QTemporaryDir &dir, const QByteArray &extra)
{
    const QString name = QStringLiteral("DSR_PADPIDA2015999999X_PADPIDA2015999999X_AdFunded_2015-08-01--2015-08-31__1of1_20151123T182957.tsv");
    QFile sample(test::dataPath(QStringLiteral("ddex/") + name));
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = sample.readAll();
    const qsizetype foot = bytes.indexOf("\nFOOT");
    bytes.insert(foot + 1, extra);
    return test::writeFile(dir, name, bytes);
}

} // namespace

class HostileInputTest : public QObject
{
    Q_OBJECT

private slots:
    void gzipRatioCapStopsABomb()
    {
        QTemporaryDir dir;
        // 2M rows (about 94 MB) of one repeated row compress about a thousand times: a bomb in miniature.
        const QByteArray bomb = test::gzip(repetitiveDsr(2'000'000));
        const QString path = test::writeFile(dir, kTsvName + QStringLiteral(".gz"), bomb);
        InputLimits limits;
        QVERIFY(readThrough(path, limits).contains(QStringLiteral("gzip_max_ratio")));
        limits.gzipMaxRatio = 5000; // a ratio the bomb stays under reads it whole
        QCOMPARE(readThrough(path, limits), QString());
    }

    void gzipSizeCapStopsAtTheLimit()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, kTsvName + QStringLiteral(".gz"), test::gzip(repetitiveDsr(100'000)));
        InputLimits limits;
        limits.gzipMaxBytes = 1 << 20;
        const QString error = readThrough(path, limits);
        QVERIFY2(error.contains(QStringLiteral("gzip_max_bytes")) && error.contains(QStringLiteral("1048576")), qPrintable(error));
        limits.gzipMaxBytes = 64 << 20;
        QCOMPARE(readThrough(path, limits), QString());
    }

    void importOfABombFailsNamingFileAndLimitAndStoresNoRows()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        QVERIFY(InputLimitSettings(*db).set(QStringLiteral("gzip_max_bytes"), 1 << 20).ok());
        const QString path = test::writeFile(dir, kTsvName + QStringLiteral(".gz"), test::gzip(repetitiveDsr(100'000)));
        const QList<ImportResult> results = AnyImporter(*db).importFile(path);
        QCOMPARE(results.size(), 1);
        QVERIFY(!results[0].ok());
        QVERIFY2(results[0].error.contains(kTsvName) && results[0].error.contains(QStringLiteral("gzip_max_bytes")), qPrintable(results[0].error));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM usage_rows")).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM dsrs WHERE status = 'ingested'")).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void limitSettingsAreCheckedAndKept()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        InputLimitSettings settings(*db);
        QVERIFY(!settings.set(QStringLiteral("gzip_max_ratio"), 3).ok()); // below the minimum
        QVERIFY(!settings.set(QStringLiteral("no_such_limit"), 100).ok());
        QVERIFY(settings.set(QStringLiteral("ddex_max_findings"), 250).ok());
        QCOMPARE(settings.load()->ddexMaxFindings, 250);
        QCOMPARE(settings.load()->gzipMaxRatio, InputLimits().gzipMaxRatio);

        // The CLI shows and sets the same settings, and prints the refusal itself.
        const QString path = dir.filePath(QStringLiteral("test.sqlite"));
        test::CliRun set = test::runCli(path, {QStringLiteral("limits"), QStringLiteral("set"), QStringLiteral("gzip_max_ratio"), QStringLiteral("50")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains("gzip_max_ratio") && set.out.contains("50"));
        test::CliRun bad = test::runCli(path, {QStringLiteral("limits"), QStringLiteral("set"), QStringLiteral("gzip_max_ratio"), QStringLiteral("2")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("gzip_max_ratio must be at least 10"), bad.err.constData());
        QCOMPARE(settings.load()->gzipMaxRatio, 50);
    }

    void ddexFindingsPastTheLimitAreCounted()
    {
        QTemporaryDir dir;
        // 300 lines of invalid UTF-8 (errors) and 200 of an unknown record type (warnings).
        QByteArray extra;
        for (int i = 0; i < 300; ++i)
            extra += "SU02\t\xff\xfe broken\n";
        for (int i = 0; i < 200; ++i)
            extra += "ZZ99\tunknown\n";
        const QString path = ddexWithExtraLines(dir, extra);
        const auto name = DdexFileName::parse(path);
        QVERIFY(bool(name));
        ddex::ReportAnalysis analysis;
        InputLimits limits;
        limits.ddexMaxFindings = 100;
        analysis.setLimits(limits);
        QVERIFY(analysis.analyze({ddex::ReportPart{path, *name, {}, 0, 0}}));
        const std::vector<ValidationIssue> &issues = analysis.issues();
        QCOMPARE(issues.size(), std::size_t(101)); // the limit, then the count of the rest
        QCOMPARE(issues.back().code, ValidationIssue::Code::FindingsNotKept);
        QCOMPARE(issues.back().severity, ValidationIssue::Severity::Error);
        QVERIFY(std::stoi(issues.back().detail) >= 400);
        QVERIFY(analysis.errorCount() >= 300); // every error counts, kept or not

        // Unlimited enough, every finding is kept and there is no count.
        ddex::ReportAnalysis all;
        all.analyze({ddex::ReportPart{path, *name, {}, 0, 0}});
        QVERIFY(all.issues().size() >= 500);
        QVERIFY(all.issues().back().code != ValidationIssue::Code::FindingsNotKept);
        QCOMPARE(all.errorCount(), analysis.errorCount());
    }

    void ddexImportKeepsFindingsUpToTheBooksLimitAndCountsThemAll()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        QVERIFY(InputLimitSettings(*db).set(QStringLiteral("ddex_max_findings"), 100).ok());
        QByteArray extra;
        for (int i = 0; i < 300; ++i)
            extra += "SU02\t\xff\xfe broken\n";
        const QString path = ddexWithExtraLines(dir, extra);
        const QList<ImportResult> results = AnyImporter(*db).importFile(path);
        QCOMPARE(results.size(), 1);
        QVERIFY(results[0].dsrId > 0);
        QVERIFY2(results[0].totals.errors >= 300, qPrintable(QString::number(results[0].totals.errors))); // every error counted
        const qint64 dsr = results[0].dsrId;
        const int stored = test::scalar(*db, QStringLiteral("SELECT count(*) FROM dsr_issues WHERE dsr_id = %1").arg(dsr)).toInt();
        QVERIFY2(stored <= 102 && stored >= 101, qPrintable(QString::number(stored))); // the limit, the count, at most a reused MessageId
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT detail FROM dsr_issues WHERE dsr_id = %1 AND code = 'findings_not_kept'").arg(dsr))
                     .toInt() >= 200,
                 true);
    }

    void controlCharactersInTsvTextFieldsAreRowErrors()
    {
        TsvDsrParser parser;
        RowBatch batch;
        QByteArray nul("id1\tti\0tle\tartist\tEROVR1717158\t1\t2.5", 36);
        parser.parseLine(nul.data(), std::size_t(nul.size()), 7, batch);
        QByteArray bell = "id2\ttitle\tart\aist\tEROVR1717158\t1\t2.5";
        parser.parseLine(bell.data(), std::size_t(bell.size()), 8, batch);
        QByteArray clean = "id3\ttitle\tartist\tEROVR1717158\t1\t2.5";
        parser.parseLine(clean.data(), std::size_t(clean.size()), 9, batch);
        QCOMPARE(batch.rows.size(), std::size_t(1));
        QCOMPARE(batch.issues.size(), std::size_t(2));
        QCOMPARE(batch.issues[0].line, std::uint64_t(7));
        QCOMPARE(batch.issues[0].code, ValidationIssue::Code::ControlCharacter);
        QCOMPARE(batch.issues[0].field, ValidationIssue::Field::Title);
        QCOMPARE(QString::fromStdString(batch.issues[0].detail), QStringLiteral("U+0000 at character 3"));
        QCOMPARE(batch.issues[1].field, ValidationIssue::Field::Artists);
        QCOMPARE(QString::fromStdString(batch.issues[1].detail), QStringLiteral("U+0007 at character 4"));
        QCOMPARE(parser.totals().errors, std::uint64_t(2));
        // The message says what was found and that the row is left out.
        const QString message = ValidationText::message(ValidationIssue::Code::ControlCharacter, ValidationIssue::Field::Title,
                                                        QStringLiteral("U+0000 at character 3"));
        QVERIFY(message.contains(QStringLiteral("U+0000")));
    }

    void controlCharactersInDdexCellsAreFindingsWithTheColumn()
    {
        QTemporaryDir dir;
        const QString path = ddexWithExtraLines(dir, QByteArray("SY02\tx\x01y\n"));
        const auto name = DdexFileName::parse(path);
        ddex::ReportAnalysis analysis;
        QVERIFY(analysis.analyze({ddex::ReportPart{path, *name, {}, 0, 0}}));
        const auto found = std::find_if(analysis.issues().begin(), analysis.issues().end(),
                                        [](const ValidationIssue &i) { return i.code == ValidationIssue::Code::ControlCharacter; });
        QVERIFY(found != analysis.issues().end());
        QVERIFY(found->line > 1);
        QVERIFY2(QString::fromStdString(found->location).startsWith(QStringLiteral("SY02 ")), found->location.c_str());
        QCOMPARE(QString::fromStdString(found->detail), QStringLiteral("U+0001 at character 2"));
    }

    void controlCharactersInOtherFilesAreProblemsWithLineAndField()
    {
        QTemporaryDir dir;
        const QString claims = test::writeFile(dir, QStringLiteral("claims.csv"),
                                               "isrc,territory,rights_holder,share,valid_from\n"
                                               "GHFLZ7387963,WW,Good Holder,60,2019-01-01\n"
                                               "GHFLZ7387963,GB,Bad\x01Holder,40,2019-01-01\n");
        const auto read = ClaimsCsv::read(claims, QDate(2026, 1, 1));
        QVERIFY(!read);
        QVERIFY2(read.error().contains(QStringLiteral("claims.csv:3: rights_holder: a control character (U+0001 at character 4)")),
                 qPrintable(read.error()));
        const QString events = test::writeFile(dir, QStringLiteral("events.jsonl"),
                                               "{\"timestamp\":\"2026-11-01T10:00:00Z\",\"marketplace\":\"aws\",\"account\":\"a\\u0000b\","
                                               "\"product\":\"p\",\"metric\":\"m\",\"value\":\"1\"}\n");
        const auto read2 = RemittanceBook::readEvents(events);
        QVERIFY(!read2);
        QVERIFY2(read2.error().contains(QStringLiteral("events.jsonl:1: account: a control character (U+0000 at character 2)")),
                 qPrintable(read2.error()));
        const QString journal = test::writeFile(dir, QStringLiteral("journal.jsonl"),
                                                "{\"correlationId\":\"c\\u0007\",\"stage\":\"S\",\"status\":\"SUCCESS\",\"timestamp\":\"2026-11-01T10:00:00Z\"}\n");
        const auto read3 = StatusJournal::readJsonl(journal);
        QVERIFY(!read3);
        QVERIFY2(read3.error().contains(QStringLiteral("journal.jsonl:1: correlationId: a control character (U+0007 at character 2)")), qPrintable(read3.error()));
    }

    void repeatedClaimsColumnIsRefused()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("claims.csv"),
                                             "isrc,territory,rights_holder,share,isrc,valid_from\n"
                                             "GHFLZ7387963,WW,Holder,60,GHFLZ7387963,2019-01-01\n");
        const auto read = ClaimsCsv::read(path, QDate(2026, 1, 1));
        QVERIFY(!read);
        QVERIFY2(read.error().contains(QStringLiteral("claims.csv:1")) && read.error().contains(QStringLiteral("\"isrc\" appears twice")),
                 qPrintable(read.error()));
    }

    void reviewKeepsLinesUpToItsLimitAndSumsThemAll()
    {
        QTemporaryDir dir;
        const QString zip = QStringLiteral(RD_SOURCE_DIR "/fuzz/seeds/package_zip/small-package.zip");
        const PackageArchive whole = PackageArchive::open(zip);
        QVERIFY(whole.verification.ok);
        QCOMPARE(whole.lines.rowCount(), whole.linesTotal);
        QVERIFY(whole.linesTotal >= 5);
        const PackageArchive capped = PackageArchive::open(zip, 3);
        QCOMPARE(capped.lines.rowCount(), 3);
        QCOMPARE(capped.linesTotal, whole.linesTotal);
        // The sums are over every line, not the ones kept.
        QCOMPARE(capped.nets.size(), whole.nets.size());
        for (const auto &[currency, sums] : whole.nets) {
            QVERIFY(capped.nets.at(currency).byHolder == sums.byHolder);
            QVERIFY(capped.nets.at(currency).byTerritory == sums.byTerritory);
        }
    }

    void packageCsvFieldsAndColumnsAreCapped()
    {
        CsvTable table;
        CsvStreamReader commas(table, 10);
        QVERIFY(commas.feed("a,b,c\n1,2,3\n"));
        QVERIFY(!commas.feed(QByteArray(10'000'000, ','))); // refused at the header's width, not after 10M fields
        QVERIFY2(commas.error().contains(QStringLiteral("line 3")) && commas.error().contains(QStringLiteral("header's 3")), qPrintable(commas.error()));
        CsvTable wide;
        CsvStreamReader header(wide, 10);
        QVERIFY(!header.feed(QByteArray(5000, ',')));
        QVERIFY(header.error().contains(QStringLiteral("more than 1000 columns")));
        CsvTable table2;
        CsvStreamReader longField(table2, 10);
        QVERIFY(longField.feed("a\n\""));
        QVERIFY(!longField.feed(QByteArray(2 << 20, 'x')));
        QVERIFY(longField.error().contains(QStringLiteral("longer than 1048576 bytes")));
    }

    void spreadsheetFormulasAreNeutralizedAndNumbersKept()
    {
        QCOMPARE(csv::neutralized(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(csv::neutralized(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(csv::neutralized(QStringLiteral("+cmd|' /C calc'!A0")), QStringLiteral("'+cmd|' /C calc'!A0"));
        QCOMPARE(csv::neutralized(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
        QCOMPARE(csv::neutralized(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        for (const char *number : {"-12.5", "+3", "-0.00000000000000000001", "1e5", "-", "Northern Songs", ""})
            QCOMPARE(csv::neutralized(QString::fromLatin1(number)), QString::fromLatin1(number));
        QCOMPARE(csv::quoteForSpreadsheet(QStringLiteral("=1,2")), QStringLiteral("\"'=1,2\""));
    }

    void xlsxEscapesWhatXmlCannotHold()
    {
        QCOMPARE(XlsxWorkbook::escaped(QStringLiteral("a<b & \"c\"")), QStringLiteral("a&lt;b &amp; &quot;c&quot;"));
        QCOMPARE(XlsxWorkbook::escaped(QString(QChar(1)) + QStringLiteral("x")), QStringLiteral("_x0001_x"));
        QCOMPARE(XlsxWorkbook::escaped(QStringLiteral("_x0041_")), QStringLiteral("_x005F_x0041_"));
    }

    void tableExportsGuardFormulasInCsvAndXlsx()
    {
        QTemporaryDir dir;
        TableData table;
        table.title = QStringLiteral("Holders");
        table.headers = {QStringLiteral("holder"), QStringLiteral("net"), QStringLiteral("rows")};
        table.rows = {{QStringLiteral("=HYPERLINK(\"http://x\",\"pay\")"), QStringLiteral("-12.5"), qlonglong(3)},
                      {QStringLiteral("Plain Holder"), QStringLiteral("4"), qlonglong(1)}};
        const QString csvPath = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(TableExport::writeCsv(csvPath, table).ok());
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csv = csvFile.readAll();
        QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"pay\"\")\",-12.5,3"), csv.constData());
        QVERIFY(csv.contains("Plain Holder,4,1"));

        const QString xlsxPath = dir.filePath(QStringLiteral("t.xlsx"));
        QVERIFY(TableExport::writeXlsx(xlsxPath, table).ok());
        QuaZip zip(xlsxPath);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        auto entry = [&zip](const QString &name) {
            zip.setCurrentFile(name);
            QuaZipFile file(&zip);
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        };
        const QByteArray sheet = entry(QStringLiteral("xl/worksheets/sheet1.xml"));
        const QByteArray styles = entry(QStringLiteral("xl/styles.xml"));
        // The formula-like text is a string cell in the Text format (numFmtId 49, "@"), never a formula;
        // the count stays a number.
        QVERIFY2(!sheet.contains("<f>"), sheet.constData());
        QVERIFY2(styles.contains("numFmtId=\"49\""), styles.constData());
        QVERIFY2(sheet.contains("<c r=\"A2\" s=\"") && sheet.contains("t=\"inlineStr\""), sheet.constData());
        QVERIFY2(!sheet.contains("<c r=\"A3\" s=\""), sheet.constData()); // plain text keeps the default style
        QVERIFY2(sheet.contains("<c r=\"C2\"><v>3</v></c>") || sheet.contains("<c r=\"C2\" s=\"0\"><v>3</v></c>"), sheet.constData());
    }
};

QTEST_GUILESS_MAIN(HostileInputTest)
#include "tst_hostileinput.moc"
