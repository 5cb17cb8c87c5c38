// The real royaltydesk-cli as a user reads it: refusals with the findings
// themselves, dry runs that write nothing, failed imports that say why, output
// that is UTF-8, and amounts in the locale's one number format.
#include "db/database.h"
#include "db/sqlquery.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

using namespace rd;

namespace {

using Run = test::CliRun;

Run cli(const QString &db, const QStringList &arguments, const QString &lang = QString())
{
    return test::runCli(db, arguments, lang);
}

QJsonArray jsonArray(const QByteArray &bytes) { return QJsonDocument::fromJson(bytes).array(); }

// A TSV DSR with `bad` rows whose usages are not numbers and `good` valid rows.
QString writeTsv(const QTemporaryDir &dir, int bad, int good, const QString &name = QStringLiteral("Spotify_SpotifyFree_SE_SEK_20200101-20200131.tsv"))
{
    QByteArray text = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n";
    for (int i = 0; i < bad; ++i)
        text += "bad" + QByteArray::number(i) + "\tTitle\tArtist\tGBAYE0000001\tmany\t1.5\n";
    for (int i = 0; i < good; ++i)
        text += "good" + QByteArray::number(i) + "\tTitle\tArtist\tGBAYE0000002\t10\t2.25\n";
    return test::writeFile(dir, name, text);
}

// A bundled single-file DDEX sample, changed line by line, under its own name in dir.
// PADPIDA2015999999X's sales rows all name a summary id it does not have; TEST2 imports 6 rows.
QString writeDdex(const QTemporaryDir &dir, const std::function<QByteArray(const QByteArray &)> &change,
                  const QString &sample = QStringLiteral("DSR_PADPIDA2015999999X*"))
{
    const QString source = QDir(test::dataPath(QStringLiteral("ddex"))).entryInfoList({sample}).constFirst().filePath();
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return QString();
    QByteArray out;
    for (const QByteArray &line : in.readAll().split('\n'))
        out += change(line) + '\n';
    out.chop(1);
    return test::writeFile(dir, QFileInfo(source).fileName(), out);
}

// Every table's row count: what a dry run must leave as it found it.
QMap<QString, qint64> tableCounts(const QString &path)
{
    QMap<QString, qint64> counts;
    auto db = Database::open(path);
    if (!db)
        return counts;
    SqlQuery tables(*db.value());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : names) {
        SqlQuery count(*db.value());
        count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name));
        counts.insert(name, count.next() ? count.value(0).toLongLong() : -1);
    }
    return counts;
}

int findingLines(const QByteArray &text, const QString &fileName)
{
    return int(QString::fromUtf8(text).count(QRegularExpression(QRegularExpression::escape(fileName) + QStringLiteral(":\\d+: "))));
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

private slots:
    void strictTsvPrintsTheFindings()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const QString file = writeTsv(dir, 25, 3);
        const QString name = QFileInfo(file).fileName();
        const Run refused = cli(db, {QStringLiteral("import"), QStringLiteral("--strict"), file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Rejected in strict mode: 25 row(s) with errors"), refused.err.constData());
        QVERIFY2(refused.err.contains((name + QStringLiteral(":2: usages: usages \"many\" is not a whole number")).toUtf8()),
                 refused.err.constData());
        QCOMPARE(findingLines(refused.err, name), 20);
        const qint64 id = jsonArray(cli(db, {QStringLiteral("dsrs"), QStringLiteral("--json")}).out).at(0).toObject()
                              .value(QStringLiteral("id")).toInteger();
        QVERIFY2(refused.err.contains(QStringLiteral("… and 5 more; see `royaltydesk-cli dsr %1`").arg(id).toUtf8()),
                 refused.err.constData());
        // The JSON result carries them too.
        const Run json = cli(db, {QStringLiteral("import"), QStringLiteral("--strict"), QStringLiteral("--json"), file});
        const QJsonObject result = jsonArray(json.out).at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("finding_count")).toInt(), 25);
        QCOMPARE(result.value(QStringLiteral("findings")).toArray().size(), 20);
        QCOMPARE(result.value(QStringLiteral("findings")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
    }

    void strictDdexPrintsTheFindings()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const QString file = writeDdex(dir, [](const QByteArray &line) {
            return line.startsWith("SY02.03\t") ? QByteArray(line).replace("\tGB\t", "\tXQ\t") : line;
        });
        const Run refused = cli(db, {QStringLiteral("import"), QStringLiteral("--strict"), file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Rejected in strict mode"), refused.err.constData());
        QVERIFY2(refused.err.contains((QFileInfo(file).fileName() + QStringLiteral(":8: SY02.03 Territory: ")).toUtf8()),
                 refused.err.constData());
        QVERIFY2(refused.err.contains("XQ"), refused.err.constData());
        // Listed as a failed DSR with the reason, like a strict TSV rejection.
        const QJsonObject dsr = jsonArray(cli(db, {QStringLiteral("dsrs"), QStringLiteral("--json")}).out).at(0).toObject();
        QCOMPARE(dsr.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    }

    void ddexHeadThatIsNotTabSeparatedIsNamed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const QString file = writeDdex(dir, [](const QByteArray &line) {
            return line.startsWith("HEAD\t") ? QByteArray(line).replace('\t', ' ').trimmed() : line;
        }, QStringLiteral("DSR_TEST2*"));
        const Run refused = cli(db, {QStringLiteral("import"), file});
        QCOMPARE(refused.exitCode, 1);
        const QString expected = QFileInfo(file).fileName()
                                 + QStringLiteral(":1: the HEAD record could not be read: its fields are separated by spaces, not by tabs");
        QVERIFY2(refused.err.contains(expected.toUtf8()), refused.err.constData());
    }

    void ddexWithNothingImportableFails()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        // Every sales row of this sample names a summary ("SY1") that does not exist ("1"), so none can be imported.
        const QString file = writeDdex(dir, [](const QByteArray &line) { return line; });
        const Run refused = cli(db, {QStringLiteral("import"), QStringLiteral("--json"), file});
        QCOMPARE(refused.exitCode, 1);
        const QJsonObject result = jsonArray(refused.out).at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY2(result.value(QStringLiteral("error")).toString().contains(QStringLiteral(": nothing could be imported")),
                 qPrintable(result.value(QStringLiteral("error")).toString()));
        QVERIFY(!result.value(QStringLiteral("findings")).toArray().isEmpty());
        const QJsonObject dsr = jsonArray(cli(db, {QStringLiteral("dsrs"), QStringLiteral("--json")}).out).at(0).toObject();
        QCOMPARE(dsr.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(dsr.value(QStringLiteral("rows")).toInt(), 0);
        // A TSV whose every row has an error fails the same way.
        const Run tsv = cli(db, {QStringLiteral("import"), writeTsv(dir, 4, 0)});
        QCOMPARE(tsv.exitCode, 1);
        QVERIFY2(tsv.err.contains("SEK_20200101-20200131.tsv: nothing could be imported: all 4 row(s) have errors"), tsv.err.constData());
    }

    void dryRunWritesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const auto [v1, v2] = test::writeRedeliveryPair(dir);
        QCOMPARE(cli(db, {QStringLiteral("import"), v1}).exitCode, 0);
        const QString ddex = writeDdex(dir, [](const QByteArray &line) { return line; }, QStringLiteral("DSR_TEST2*"));
        const QString tsv = writeTsv(dir, 2, 5);
        const auto before = tableCounts(db);
        QVERIFY(before.value(QStringLiteral("dsrs")) == 1);

        const Run newTsv = cli(db, {QStringLiteral("import"), QStringLiteral("--dry-run"), tsv});
        QCOMPARE(newTsv.exitCode, 0);
        QVERIFY2(newTsv.out.contains("dry run, nothing written") && newTsv.out.contains("would import rows 5"), newTsv.out.constData());
        QVERIFY2(newTsv.out.contains(":2: usages:"), newTsv.out.constData()); // the findings, as an import would report them
        const Run newDdex = cli(db, {QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--json"), ddex});
        QCOMPARE(newDdex.exitCode, 0);
        QCOMPARE(jsonArray(newDdex.out).at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("dry_run"));
        QVERIFY(jsonArray(newDdex.out).at(0).toObject().value(QStringLiteral("rows")).toInt() > 0);
        QCOMPARE(cli(db, {QStringLiteral("import"), QStringLiteral("--dry-run"), v2}).exitCode, 0);
        const Run strict = cli(db, {QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--strict"), tsv});
        QCOMPARE(strict.exitCode, 1);
        QCOMPARE(tableCounts(db), before);
        // The same files imported for real do write.
        QCOMPARE(cli(db, {QStringLiteral("import"), tsv}).exitCode, 0);
        QCOMPARE(tableCounts(db).value(QStringLiteral("dsrs")), 2);
    }

    void outputIsUtf8WhateverTheLocale()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("import"), QStringLiteral("--strict"), writeTsv(dir, 1, 1)}).exitCode, 1);
        for (const QString &lang : {QStringLiteral("C"), QStringLiteral("C.UTF-8")}) {
            const Run shown = cli(db, {QStringLiteral("dsr"), QStringLiteral("1")}, lang);
            QCOMPARE(shown.exitCode, 0);
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString text = utf8.decode(shown.out);
            QVERIFY2(!utf8.hasError(), qPrintable(lang));
            QVERIFY2(text.contains(QStringLiteral("failed — Rejected in strict mode")), shown.out.constData());
            QVERIFY2(!shown.out.contains("\xC3\xA2"), shown.out.constData()); // "â", the start of a double-encoded dash
        }
    }

    void ratesListingTheBaseAtOneAreAccepted()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const Run accepted = cli(db, {QStringLiteral("rates"), QStringLiteral("import"),
                                      test::writeFile(dir, QStringLiteral("sheet.csv"), "date,currency,rate\n2020-01-31,EUR,1.000\n2020-01-31,NOK,10.5\n")});
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QVERIFY2(accepted.out.contains("1 rate(s) against EUR imported"), accepted.out.constData());
        QVERIFY2(accepted.out.contains("1 line(s) quoting EUR itself at 1 passed over"), accepted.out.constData());
        const Run refused = cli(db, {QStringLiteral("rates"), QStringLiteral("import"),
                                     test::writeFile(dir, QStringLiteral("bad.csv"), "2020-01-31,NOK,10\n2020-01-31,EUR,1.2\n")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("bad.csv:2: rate: EUR is the base currency; its rate can only be 1, not 1.2"), refused.err.constData());
    }

    void packageShowHasTotalsAndMarksOverclaims()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("import"), test::writeFile(dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"),
                                                                    "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n"
                                                                    "A\tSong\tX\tQZABC0000001\t10\t1234567.5\n"
                                                                    "B\tTune\tY\tQZABC0000002\t5\t10\n")}).exitCode, 0);
        // Song is claimed 130 % in GB: overclaimed.
        const Run rights = cli(db, {QStringLiteral("rights"), QStringLiteral("import"),
                                    test::writeFile(dir, QStringLiteral("c.csv"),
                                                    "isrc,territory,rights_holder,share,valid_from,known_from\n"
                                                    "QZABC0000001,GB,Label,80,2019-01-01,2019-01-01\n"
                                                    "QZABC0000001,GB,Other,50,2019-01-01,2019-01-01\n"
                                                    "QZABC0000002,GB,Label,100,2019-01-01,2019-01-01\n")});
        QVERIFY2(rights.exitCode == 0, rights.err.constData());
        const Run created = cli(db, {QStringLiteral("package"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Jan"),
                                     QStringLiteral("--territory"), QStringLiteral("GB"), QStringLiteral("--period-start"),
                                     QStringLiteral("2020-01-01"), QStringLiteral("--period-end"), QStringLiteral("2020-01-31")});
        QCOMPARE(created.exitCode, 0);
        const QString id = QString::fromUtf8(created.out.trimmed());
        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("build"), id}).exitCode, 0);
        const Run shown = cli(db, {QStringLiteral("package"), QStringLiteral("show"), id}, QStringLiteral("en_US.UTF-8"));
        QCOMPARE(shown.exitCode, 0);
        const QString text = QString::fromUtf8(shown.out);
        QVERIFY2(text.contains(QStringLiteral("OVERCLAIMED")), shown.out.constData());
        QVERIFY2(text.contains(QStringLiteral("Totals per currency")), shown.out.constData());
        // Grouped, two decimals: the overclaimed shares scale to 130 %, so Label's 80 is 759,733.846… of 1,234,567.5.
        QVERIFY2(text.contains(QStringLiteral("759,733.85")), shown.out.constData());
        QVERIFY2(!text.contains(QStringLiteral("759733")), shown.out.constData());
        QVERIFY2(text.contains(QStringLiteral("GBP           4  1,234,577.50")), shown.out.constData()); // the currency's total
        // In French the same amounts are grouped and marked the French way.
        const Run french = cli(db, {QStringLiteral("package"), QStringLiteral("show"), id}, QStringLiteral("fr_FR.UTF-8"));
        QVERIFY2(QString::fromUtf8(french.out).contains(QStringLiteral("1\u202f234\u202f577,50")), french.out.constData());
    }

    // QLatin1String("…") or QLatin1Char('é') turns UTF-8 source bytes into mojibake; the compiler cannot tell.
    void sourcesPassNoNonAsciiThroughLatin1()
    {
        const QRegularExpression latin1(QStringLiteral(R"(QLatin1(String|StringView|Char)\s*\(\s*(\"[^\"]*\"|'[^']*'))"));
        QStringList offenders;
        for (const char *folder : {"app", "core", "ui"}) {
            QDirIterator it(QStringLiteral(RD_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (auto match = latin1.globalMatch(text); match.hasNext();) {
                    const QString literal = match.next().captured(2);
                    if (std::any_of(literal.begin(), literal.end(), [](QChar c) { return c.unicode() > 0x7f; }))
                        offenders << it.filePath() + QStringLiteral(": ") + literal;
                }
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
