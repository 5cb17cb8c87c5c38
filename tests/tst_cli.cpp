// Runs the real royaltydesk-cli binary.
#include "db/database.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace rd;

namespace {

using Run = test::CliRun;

Run cli(const QString &db, const QStringList &arguments) { return test::runCli(db, arguments); }

QJsonValue json(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        QProcess process;
        process.start(QStringLiteral(RD_CLI_PATH), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("royaltydesk-cli " RD_VERSION));
    }

    void importListShowDelete()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const Run imported = cli(db, QStringList{QStringLiteral("import"), QStringLiteral("--json")} + test::sampleFiles());
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonArray results = json(imported.out).toArray();
        QCOMPARE(results.size(), 5);
        const QJsonObject first = results.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("outcome")).toString(), QStringLiteral("imported"));
        QCOMPARE(first.value(QStringLiteral("rows")).toInt(), 1000);
        QCOMPARE(first.value(QStringLiteral("revenue")).toString(), QStringLiteral("36027466196987217.66316186113906"));
        QVERIFY(first.value(QStringLiteral("rows_per_second")).toInteger() > 0);

        const Run listed = cli(db, {QStringLiteral("dsrs"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray dsrs = json(listed.out).toArray();
        QCOMPARE(dsrs.size(), 5);
        const QJsonObject dsr = dsrs.at(0).toObject();
        for (const char *key : {"id", "path", "status", "territory", "currency", "period_start", "period_end", "rows",
                                "usages", "revenue", "warnings"})
            QVERIFY2(dsr.contains(QLatin1String(key)), key);
        QCOMPARE(dsr.value(QStringLiteral("status")).toString(), QStringLiteral("ingested"));
        QCOMPARE(dsr.value(QStringLiteral("territory")).toString(), QStringLiteral("NO"));
        QCOMPARE(dsr.value(QStringLiteral("period_start")).toString(), QStringLiteral("2020-01-01"));
        QVERIFY(dsr.value(QStringLiteral("revenue")).isString());

        const Run table = cli(db, {QStringLiteral("dsrs")});
        QVERIFY(table.out.contains("SpotifyFamilyPlan"));

        const qint64 id = dsr.value(QStringLiteral("id")).toInteger();
        const Run shown = cli(db, {QStringLiteral("dsr"), QString::number(id), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject detail = json(shown.out).toObject();
        QCOMPARE(detail.value(QStringLiteral("report")).toArray().size(), detail.value(QStringLiteral("warnings")).toInt());
        QCOMPARE(detail.value(QStringLiteral("report")).toArray().at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("gzip_name_differs"));

        const Run human = cli(db, {QStringLiteral("dsr"), QString::number(id)});
        QVERIFY(human.out.contains("Validation report"));

        const Run again = cli(db, {QStringLiteral("import"), test::sampleFiles().constFirst()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("DSR %1").arg(id).toUtf8()), again.err.constData());

        const Run deleted = cli(db, {QStringLiteral("delete"), QString::number(id)});
        QCOMPARE(deleted.exitCode, 0);
        // The same file again matched the report identity and was refused as identical before anything was recorded.
        QCOMPARE(json(cli(db, {QStringLiteral("dsrs"), QStringLiteral("--json")}).out).toArray().size(), 4);
        QCOMPARE(cli(db, {QStringLiteral("dsr"), QString::number(id)}).exitCode, 1);
    }

    void ratesTotalsPercentile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        QCOMPARE(cli(db, QStringList{QStringLiteral("import")} + test::sampleFiles()).exitCode, 0);

        // Without rates the totals say which are missing and exit non-zero; the percentile refuses.
        const Run noRates = cli(db, {"totals", "--by", "territory", "--json"});
        QCOMPARE(noRates.exitCode, 1);
        QVERIFY2(noRates.err.contains("NOK 2020-01-31"), noRates.err.constData());
        const Run noPercentile = cli(db, {"percentile", "10"});
        QCOMPARE(noPercentile.exitCode, 1);
        QVERIFY(noPercentile.err.contains("CHF 2020-02-28"));

        const Run bad = cli(db, {"rates", "import", test::writeFile(dir, "r.csv", "2020-01-31,NOK,x\n")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("r.csv:1: rate:"), bad.err.constData());
        const Run rates = cli(db, {"rates", "import", QStringLiteral(RD_SOURCE_DIR "/resources/rates/sample-eur-rates.csv")});
        QVERIFY2(rates.exitCode == 0, rates.err.constData());
        QCOMPARE(json(cli(db, {"rates", "list", "--json"}).out).toArray().size(), 12);

        const Run totals = cli(db, {"totals", "--by", "territory", "--json"});
        QVERIFY2(totals.exitCode == 0, totals.err.constData());
        const QJsonArray rows = json(totals.out).toArray();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1).toObject().value("territory").toString(), QString("ES"));
        // ES is in EUR: its total is the file's exact total.
        QCOMPARE(rows.at(1).toObject().value("revenue").toString().section('.', 0, 0),
                 QString(cli(db, {"totals", "--by", "dsp", "--currency", "EUR", "--json"}).out).section("\"revenue\": \"", 1).section('.', 0, 0));
        const QJsonArray gb = json(cli(db, {"totals", "--by", "period", "--territory", "gb", "--json"}).out).toArray();
        QCOMPARE(gb.size(), 2);

        const Run percentile = cli(db, {"percentile", "10", "--json"});
        QVERIFY2(percentile.exitCode == 0, percentile.err.constData());
        const QJsonArray items = json(percentile.out).toArray();
        QVERIFY(!items.isEmpty());
        const QStringList keys = items.first().toObject().keys();
        QCOMPARE(keys, QStringList({"artists", "dsp_id", "dsrs", "isrc", "revenue", "title", "usages"}));
        QVERIFY(items.first().toObject().value("dsrs").toArray().size() >= 1);
        const QJsonArray window = json(cli(db, {"percentile", "100", "--period-start", "2021-01-01", "--json"}).out).toArray();
        for (const QJsonValue &item : window)
            QCOMPARE(item.toObject().value("dsrs").toArray(), QJsonArray({5}));
        QCOMPARE(cli(db, {"percentile", "0"}).exitCode, 2);
        QCOMPARE(cli(db, {"totals", "--by", "colour"}).exitCode, 2);
        QCOMPARE(cli(db, {"base-currency", "GBP"}).out.trimmed(), QByteArray("GBP"));
    }

    void redeliveryAndDdex()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const auto [v1, v2] = test::writeRedeliveryPair(dir);
        QCOMPARE(cli(db, {QStringLiteral("import"), v1}).exitCode, 0);
        const Run unasked = cli(db, {QStringLiteral("import"), v2});
        QCOMPARE(unasked.exitCode, 1);
        QVERIFY2(unasked.err.contains("--replace"), unasked.err.constData());
        const Run dryRun = cli(db, {QStringLiteral("import"), QStringLiteral("--dry-run"), v2});
        QCOMPARE(dryRun.exitCode, 0);
        QVERIFY2(dryRun.out.contains("created 1  updated 1  deleted 1"), dryRun.out.constData());
        QVERIFY2(dryRun.out.contains("10 / 1") && dryRun.out.contains("12 / 1"), dryRun.out.constData()); // before and after
        const Run applied = cli(db, {QStringLiteral("import"), QStringLiteral("--replace"), QStringLiteral("--json"), v2});
        QCOMPARE(applied.exitCode, 0);
        const QJsonObject result = json(applied.out).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("created")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("revenue_delta")).toString(), QStringLiteral("-1.5"));
        QCOMPARE(result.value(QStringLiteral("usages_delta")).toInt(), -2);
        const qint64 id = result.value(QStringLiteral("id")).toInteger();
        const Run asOf = cli(db, {QStringLiteral("dsr"), QString::number(id), QStringLiteral("--as-of"),
                                  QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--json")});
        QCOMPARE(asOf.exitCode, 0);
        const QJsonObject known = json(asOf.out).toObject();
        QCOMPARE(known.value(QStringLiteral("known")).toObject().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(known.value(QStringLiteral("versions")).toArray().size(), 2);
        QCOMPARE(cli(db, {QStringLiteral("dsr"), QString::number(id), QStringLiteral("--as-of"), QStringLiteral("2001-01-01")})
                     .out.contains("not known yet"), true);
        QCOMPARE(cli(db, {QStringLiteral("dsr"), QString::number(id), QStringLiteral("--as-of"), QStringLiteral("May")}).exitCode, 2);

        // A DDEX report from which no row can be imported fails, with its reconciliation in the report.
        const QString ddex = QDir(test::dataPath(QStringLiteral("ddex"))).filePath(
            QDir(test::dataPath(QStringLiteral("ddex"))).entryList({QStringLiteral("DSR_PADPIDA2015999999X*")}).constFirst());
        const Run imported = cli(db, {QStringLiteral("import"), QStringLiteral("--json"), ddex});
        QCOMPARE(imported.exitCode, 1);
        const qint64 ddexId = json(imported.out).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(ddexId > 0);
        const Run shown = cli(db, {QStringLiteral("dsr"), QString::number(ddexId)});
        QVERIFY2(shown.out.contains("failed — DSR_PADPIDA2015999999X"), shown.out.constData());
        QVERIFY2(shown.out.contains("FOOT NumberOfBlocksInReport") && shown.out.contains("SU02.02 SummaryRecordId"), shown.out.constData());
    }

    void licensingCommands()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const QString csv = test::writeFile(dir, QStringLiteral("claims.csv"),
                                            "isrc,territory,rights_holder,share,valid_from,valid_to,known_from,known_to,source\n"
                                            "QZABC0000001,WW,Label A,60,2020-01-01,,2020-01-01,,contract 12\n"
                                            "QZABC0000001,GB,Label B,50,2020-06-10,2020-06-20,2020-02-01,,\"claim, disputed\"\n");
        const Run imported = cli(db, {QStringLiteral("rights"), QStringLiteral("import"), csv});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("2 claim"), imported.out.constData());
        const Run bad = cli(db, {QStringLiteral("rights"), QStringLiteral("import"),
                                 test::writeFile(dir, QStringLiteral("bad.csv"), "isrc,territory,rights_holder,share,valid_from\nX,GB,A,5,2020-01-01\n")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("bad.csv:2: isrc"), bad.err.constData());

        const Run licensed = cli(db, {QStringLiteral("licensed"), QStringLiteral("QZABC0000001"), QStringLiteral("GB"),
                                      QStringLiteral("2020-06-12"), QStringLiteral("--json")});
        QCOMPARE(licensed.exitCode, 0);
        const QJsonObject share = json(licensed.out).toObject();
        QCOMPARE(share.value(QStringLiteral("licensed_share")).toString(), QStringLiteral("110"));
        QCOMPARE(share.value(QStringLiteral("overclaimed")).toBool(), true);
        QCOMPARE(share.value(QStringLiteral("claims")).toArray().size(), 2);
        for (const char *key : {"isrc", "territory", "date", "right_type"})
            QVERIFY2(share.contains(QLatin1String(key)), key);
        // As known before Label B's claim arrived.
        const Run earlier = cli(db, {QStringLiteral("licensed"), QStringLiteral("QZABC0000001"), QStringLiteral("GB"),
                                     QStringLiteral("2020-06-12"), QStringLiteral("--as-known-on"), QStringLiteral("2020-01-15"),
                                     QStringLiteral("--json")});
        QCOMPARE(json(earlier.out).toObject().value(QStringLiteral("licensed_share")).toString(), QStringLiteral("60"));

        const Run timeline = cli(db, {QStringLiteral("timeline"), QStringLiteral("QZABC0000001"), QStringLiteral("--territory"),
                                      QStringLiteral("GB"), QStringLiteral("--json")});
        const QJsonArray events = json(timeline.out).toArray();
        QStringList seen;
        for (const QJsonValue &e : events)
            seen << e.toObject().value(QStringLiteral("date")).toString() + u'=' + e.toObject().value(QStringLiteral("licensed_share")).toString();
        QCOMPARE(seen, QStringList({"2020-01-01=60", "2020-06-10=110", "2020-06-21=60"}));

        const Run overclaims = cli(db, {QStringLiteral("overclaims"), QStringLiteral("--json")});
        QCOMPARE(overclaims.exitCode, 0);
        const QJsonObject first = json(overclaims.out).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("to")).toString(), QStringLiteral("2020-06-20"));
        QCOMPARE(first.value(QStringLiteral("total_share")).toString(), QStringLiteral("110"));
        QCOMPARE(first.value(QStringLiteral("claimants")).toArray().size(), 2);
        QCOMPARE(cli(db, {QStringLiteral("exposure"), QStringLiteral("--json")}).exitCode, 0);
        QCOMPARE(cli(db, {QStringLiteral("licensed"), QStringLiteral("nope"), QStringLiteral("GB"), QStringLiteral("2020-01-01")}).exitCode, 2);
    }

    void packageWorkflow()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("import"), test::writeFile(dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"),
                                                                    "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n"
                                                                    "A\tSong\tX\tQZABC0000001\t10\t100\n")})
                     .exitCode,
                 0);
        QCOMPARE(cli(db, {QStringLiteral("rights"), QStringLiteral("import"),
                          test::writeFile(dir, QStringLiteral("c.csv"),
                                          "isrc,territory,rights_holder,share,valid_from,known_from\nQZABC0000001,GB,Label,80,2019-01-01,2019-01-01\n")})
                     .exitCode,
                 0);
        const Run created = cli(db, {QStringLiteral("package"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Jan"),
                                     QStringLiteral("--territory"), QStringLiteral("GB"), QStringLiteral("--period-start"),
                                     QStringLiteral("2020-01-01"), QStringLiteral("--period-end"), QStringLiteral("2020-01-31")});
        QCOMPARE(created.exitCode, 0);
        const QString id = QString::fromUtf8(created.out.trimmed());
        const Run noReason = cli(db, {QStringLiteral("package"), QStringLiteral("adjust"), id, QStringLiteral("--percent"), QStringLiteral("-10")});
        QCOMPARE(noReason.exitCode, 1);
        QVERIFY2(noReason.err.contains("reason"), noReason.err.constData());
        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("adjust"), id, QStringLiteral("--percent"), QStringLiteral("-10"),
                          QStringLiteral("--reason"), QStringLiteral("fee")})
                     .exitCode,
                 0);
        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("advance"), id, QStringLiteral("--holder"), QStringLiteral("Label"),
                          QStringLiteral("--amount"), QStringLiteral("12.5"), QStringLiteral("--currency"), QStringLiteral("GBP")})
                     .exitCode,
                 0);
        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("export"), id, dir.filePath(QStringLiteral("early.zip"))}).exitCode,
                 1); // not built yet
        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("build"), id}).exitCode, 0);
        // Two exports of the same version, with the real statement PDF, are byte-identical.
        const QString a = dir.filePath(QStringLiteral("a.zip")), b = dir.filePath(QStringLiteral("b.zip"));
        const Run exported = cli(db, {QStringLiteral("package"), QStringLiteral("export"), id, a});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QTest::qWait(1100);
        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("export"), id, b}).exitCode, 0);
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QByteArray bytes = fa.readAll();
        QVERIFY(bytes.size() > 1000);
        QCOMPARE(bytes, fb.readAll());

        // verify needs no database at all.
        const Run verified = cli(dir.filePath(QStringLiteral("none/never.sqlite")), {QStringLiteral("package"), QStringLiteral("verify"), a, QStringLiteral("--json")});
        QCOMPARE(verified.exitCode, 0);
        const QJsonObject report = json(verified.out).toObject();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("entries")).toArray().size(), 4);
        QVERIFY(report.value(QStringLiteral("errors")).toArray().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none"))));
        const Run notZip = cli(db, {QStringLiteral("package"), QStringLiteral("verify"), test::writeFile(dir, QStringLiteral("x.zip"), "nope"),
                                    QStringLiteral("--json")});
        QCOMPARE(notZip.exitCode, 1);
        QCOMPARE(json(notZip.out).toObject().value(QStringLiteral("ok")).toBool(), false);

        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("publish"), id}).exitCode, 0);
        // Publishing copied the zip to the archive beside the database, verified.
        const QJsonArray copies = json(cli(db, {QStringLiteral("package"), QStringLiteral("copies"), id, QStringLiteral("--json")}).out).toArray();
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("archive/package-%1-v1.zip").arg(id))));
        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("reverify"), id}).exitCode, 0);
        // A sweep long after: the DSR behind the published package is retained, not purged.
        const Run swept = cli(db, {QStringLiteral("retention"), QStringLiteral("sweep"), QStringLiteral("--now"), QStringLiteral("2100-01-01"),
                                   QStringLiteral("--json")});
        QCOMPARE(swept.exitCode, 0);
        const QJsonObject sweep = json(swept.out).toObject();
        QCOMPARE(sweep.value(QStringLiteral("retained")).toArray().size(), 1);
        QCOMPARE(sweep.value(QStringLiteral("purged")).toArray().size(), 0);
        QCOMPARE(cli(db, {QStringLiteral("retention"), QStringLiteral("window"), QStringLiteral("0")}).exitCode, 2);
        QVERIFY(cli(db, {QStringLiteral("retention"), QStringLiteral("window"), QStringLiteral("30")}).out.contains("30"));
        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("retract"), id}).exitCode, 1); // no reason
        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("retract"), id, QStringLiteral("--reason"), QStringLiteral("wrong")}).exitCode,
                 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("archive/package-%1-v1.retraction.json").arg(id))));
        const Run shown = cli(db, {QStringLiteral("package"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(json(shown.out).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("retracted"));
        const Run listed = cli(db, {QStringLiteral("package"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json(listed.out).toArray().size(), 1);
    }

    void remitAndStatusCommands()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const QString token = test::writeFile(dir, QStringLiteral("token"), "very-secret-token\n");
        QCOMPARE(cli(db, {QStringLiteral("remit"), QStringLiteral("marketplace"), QStringLiteral("add"), QStringLiteral("shop"), QStringLiteral("--url"),
                          QStringLiteral("http://127.0.0.1:9/remit"), QStringLiteral("--token-file"), token, QStringLiteral("--max-attempts"), QStringLiteral("1")})
                     .exitCode,
                 0);
        const Run listed = cli(db, {QStringLiteral("remit"), QStringLiteral("marketplace"), QStringLiteral("list")});
        QVERIFY(listed.out.contains("shop"));
        QVERIFY(!listed.out.contains("very-secret-token")); // never printed
        QCOMPARE(cli(db, {QStringLiteral("remit"), QStringLiteral("marketplace"), QStringLiteral("add"), QStringLiteral("bad"), QStringLiteral("--url"),
                          QStringLiteral("ftp://x")})
                     .exitCode,
                 1);
        const QString hour = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddThh:05:00Z"));
        const QString usage = test::writeFile(dir, QStringLiteral("usage.csv"),
                                              QStringLiteral("timestamp,marketplace,account,product,metric,value\n%1,shop,a,p,EUR,1.5\n%1,shop,a,p,EUR,2\n")
                                                  .arg(hour)
                                                  .toUtf8());
        const Run ingested = cli(db, {QStringLiteral("remit"), QStringLiteral("ingest"), usage});
        QCOMPARE(ingested.exitCode, 0);
        QVERIFY2(ingested.out.contains("2 usage event(s): 1 new remittance(s)"), ingested.out.constData());
        // Nobody listens on port 9: one attempt, then the dead-letter queue.
        QCOMPARE(cli(db, {QStringLiteral("remit"), QStringLiteral("run"), QStringLiteral("--until-idle")}).exitCode, 0);
        const QJsonArray remittances = json(cli(db, {QStringLiteral("remit"), QStringLiteral("list"), QStringLiteral("--json")}).out).toArray();
        QCOMPARE(remittances.size(), 1);
        const QJsonObject r = remittances[0].toObject();
        QCOMPARE(r.value(QStringLiteral("value")).toString(), QStringLiteral("3.5"));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("dead_letter"));
        QCOMPARE(r.value(QStringLiteral("history")).toArray().size(), 1);
        const Run redriven = cli(db, {QStringLiteral("remit"), QStringLiteral("redrive"), QStringLiteral("--all")});
        QVERIFY2(redriven.out.contains("1 dead letter(s) re-driven"), redriven.out.constData());
        QCOMPARE(cli(db, {QStringLiteral("remit"), QStringLiteral("redrive")}).exitCode, 2);
        // Its dataflow.
        const Run status = cli(db, {QStringLiteral("status"), r.value(QStringLiteral("correlation_id")).toString(), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(json(status.out).toObject().value(QStringLiteral("stages")).toArray().first().toObject().value(QStringLiteral("stage")).toString(),
                 QStringLiteral("AGGREGATED"));
        QCOMPARE(cli(db, {QStringLiteral("status"), QStringLiteral("no-such-flow")}).exitCode, 1);
        const Run exported = cli(db, {QStringLiteral("status"), QStringLiteral("export")});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.count('\n') >= 3);
        QVERIFY(QJsonDocument::fromJson(exported.out.split('\n').first()).isObject());
    }

    void errors()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const Run badName = cli(db, {QStringLiteral("import"), test::writeFile(dir, QStringLiteral("report.tsv"), "x")});
        QCOMPARE(badName.exitCode, 1);
        QVERIFY2(badName.err.contains("report.tsv"), badName.err.constData());
        QCOMPARE(cli(db, {QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli(db, {QStringLiteral("dsr"), QStringLiteral("abc")}).exitCode, 2);
        QCOMPARE(cli(db, {QStringLiteral("import")}).exitCode, 2);
        const Run strict = cli(db, {QStringLiteral("import"), QStringLiteral("--strict"),
                                    test::writeFile(dir, QStringLiteral("S_O_GB_GBP_20200101-20200131.tsv"),
                                                    "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\na\tb\tc\td\t-1\t1\n")});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.err.contains("strict"), strict.err.constData());
    }

    void killedImportLeavesNoTrace()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("kill.sqlite"));
        QByteArray content = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\r\n";
        content.reserve(120 << 20);
        for (int i = 0; i < 2'000'000; ++i)
            content += "resource" + QByteArray::number(i) + "\ttitle\tartist\tGBAYE0601498\t7\t0.25\r\n";
        const QString path = test::writeFile(dir, QStringLiteral("Kill_Test_GB_GBP_20200101-20200131.tsv"), content);
        content.clear();

        QProcess process;
        process.start(QStringLiteral(RD_CLI_PATH), {QStringLiteral("--db"), db, QStringLiteral("import"), path});
        QVERIFY(process.waitForStarted());
        // Wait until the import is under way (its placeholder is committed), then kill -9.
        bool importing = false;
        for (int i = 0; i < 400 && !importing; ++i) {
            QTest::qWait(10);
            QSqlDatabase peek = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            peek.setDatabaseName(db);
            if (peek.open()) {
                QSqlQuery q(peek);
                importing = q.exec(QStringLiteral("SELECT count(*) FROM dsrs WHERE status = 'importing'")) && q.next()
                    && q.value(0).toInt() == 1;
            }
            peek.close();
            peek = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        }
        QVERIFY2(importing, "the import never showed as importing");
        QTest::qWait(300);
        QVERIFY2(process.state() == QProcess::Running, "the import finished before it could be killed");
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished());

        auto database = Database::open(db);
        QVERIFY(database.ok());
        QCOMPARE(test::scalar(*database.value(), QStringLiteral("SELECT status || ':' || status_reason FROM dsrs")).toString(),
                 QStringLiteral("failed:interrupted"));
        QCOMPARE(test::scalar(*database.value(), QStringLiteral("SELECT count(*) FROM usage_rows")).toInt(), 0);
        QCOMPARE(test::scalar(*database.value(), QStringLiteral("SELECT count(*) FROM resources")).toInt(), 0);
        QCOMPARE(test::scalar(*database.value(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
