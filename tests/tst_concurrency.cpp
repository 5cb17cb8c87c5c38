// Several processes on one database, as the GUI, the CLI and other workstations
// really run: real royaltydesk-cli processes started together.
#include "money/decimal.h"
#include "remit/remittancebook.h"
#include "db/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace rd;

namespace {

// A TSV DSR of `rows` recordings; `salt` makes the content (and so the SHA-256) differ.
QString writeReport(const QTemporaryDir &dir, const QString &folder, int rows, int salt)
{
    QByteArray text = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n";
    text.reserve(rows * 60);
    for (int i = 0; i < rows; ++i)
        text += "rec" + QByteArray::number(i) + "\tTitle " + QByteArray::number(i) + "\tArtist\tGBAYE" +
                QByteArray::number(1000000 + i) + "\t" + QByteArray::number(10 + (i + salt) % 7) + "\t" +
                QByteArray::number(1 + (i + salt) % 5) + ".25\n";
    QDir(dir.path()).mkpath(folder);
    return test::writeFile(dir, folder + QStringLiteral("/Spotify_SpotifyFree_SE_SEK_20200101-20200131.tsv"), text);
}

// The revenue writeReport(…, rows, salt) adds up to, exactly.
QString revenueOf(int rows, int salt)
{
    qint64 cents = 0; // every row is a whole number and 25 hundredths
    for (int i = 0; i < rows; ++i)
        cents += (1 + (i + salt) % 5) * 100 + 25;
    return QString::number(cents / 100) + (cents % 100 ? QStringLiteral(".%1").arg(cents % 100, 2, 10, QLatin1Char('0')).remove(QRegularExpression(QStringLiteral("0+$"))) : QString());
}

// A package of SE, January 2020, created by the CLI; its id, empty when the CLI refused.
QString createJanuaryPackage(const QString &db)
{
    const test::CliRun created = test::runCli(db, {QStringLiteral("package"), QStringLiteral("create"), QStringLiteral("--name"),
                                                   QStringLiteral("January"), QStringLiteral("--territory"), QStringLiteral("SE"),
                                                   QStringLiteral("--period-start"), QStringLiteral("2020-01-01"),
                                                   QStringLiteral("--period-end"), QStringLiteral("2020-01-31")});
    return created.exitCode == 0 ? QString::fromUtf8(created.out.trimmed()) : QString();
}

QProcess *startCli(const QString &db, const QStringList &arguments, QObject *parent)
{
    auto *process = new QProcess(parent);
    process->start(QStringLiteral(RD_CLI_PATH), QStringList{QStringLiteral("--db"), db} + arguments);
    return process;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    // Two CLI processes import two different files of one report, started together: the report
    // counts once. The other is refused (or offered as a re-delivery) with a message saying why.
    void twoImportsOfOneReportCountOnce()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
        QVERIFY(Database::open(db).ok()); // migrated once, so that both start on the same schema
        const QString a = writeReport(dir, QStringLiteral("a"), 200000, 0);
        const QString b = writeReport(dir, QStringLiteral("b"), 200000, 3);
        for (int round = 0; round < 3; ++round) {
            QObject owner;
            QProcess *first = startCli(db, {QStringLiteral("import"), a}, &owner);
            QProcess *second = startCli(db, {QStringLiteral("import"), b}, &owner);
            QVERIFY(first->waitForFinished(120000) && second->waitForFinished(120000));
            const int codes = first->exitCode() + second->exitCode();
            const QByteArray refusal = first->exitCode() ? first->readAllStandardError() : second->readAllStandardError();
            QCOMPARE(codes, 1); // one succeeded, one refused
            QVERIFY2(refusal.contains("the same report") || refusal.contains("re-delivery"), refusal.constData());
            const QJsonArray dsrs = QJsonDocument::fromJson(test::runCli(db, {QStringLiteral("dsrs"), QStringLiteral("--json")}).out).array();
            int ingested = 0;
            for (const QJsonValue &d : dsrs)
                ingested += d.toObject().value(QStringLiteral("status")).toString() == QLatin1String("ingested");
            QCOMPARE(ingested, 1);
            // Next round from an empty book again.
            for (const QJsonValue &d : dsrs)
                QCOMPARE(test::runCli(db, {QStringLiteral("delete"), QString::number(d.toObject().value(QStringLiteral("id")).toInteger())}).exitCode, 0);
        }
    }

    // Two --replace runs of different corrections on one base, both diffed against version 1 (a third
    // connection holds the write lock until both have read): exactly one applies, the other fails cleanly.
    void twoReDeliveriesOfOneBaseApplyOnce()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
        QCOMPARE(test::runCli(db, {QStringLiteral("import"), writeReport(dir, QStringLiteral("base"), 20000, 0)}).exitCode, 0);
        const QString a = writeReport(dir, QStringLiteral("a"), 20000, 1);
        const QString b = writeReport(dir, QStringLiteral("b"), 20000, 2);
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &holder), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QObject owner;
        QProcess *first = startCli(db, {QStringLiteral("import"), QStringLiteral("--replace"), a}, &owner);
        QProcess *second = startCli(db, {QStringLiteral("import"), QStringLiteral("--replace"), b}, &owner);
        QTest::qWait(8000); // both read version 1 and diff against it, then wait for the lock (imports wait as long as it takes)
        sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(holder);
        QVERIFY(first->waitForFinished(120000) && second->waitForFinished(120000));
        const QJsonObject dsr = QJsonDocument::fromJson(test::runCli(db, {QStringLiteral("dsrs"), QStringLiteral("--json")}).out)
                                    .array().at(0).toObject();
        const int failed = first->exitCode() + second->exitCode();
        if (failed == 1) { // both diffed against version 1: exactly one applies, the other says why
            const QByteArray refusal = first->exitCode() ? first->readAllStandardError() : second->readAllStandardError();
            QVERIFY2(refusal.contains("while this re-delivery was diffed against version 1"), refusal.constData());
            QCOMPARE(dsr.value(QStringLiteral("version")).toInt(), 2);
        } else { // on a loaded machine one may have read the DSR only after the other applied: then it diffs
                 // against version 2, and the book must equal one delivery exactly, never a mix of both diffs
            QCOMPARE(failed, 0);
            QCOMPARE(dsr.value(QStringLiteral("version")).toInt(), 3);
        }
        const QString revenue = dsr.value(QStringLiteral("revenue")).toString();
        QVERIFY2(revenue == revenueOf(20000, 1) || revenue == revenueOf(20000, 2), qPrintable(revenue));
    }

    // A retention sweep and a publish of a package built on an expired DSR, both waiting for the
    // write lock after their checks would once have run: the DSR is never purged under a published
    // package. Either the publish wins (the DSR is retained) or the sweep does (the publish is refused).
    void purgeAndPublishNeverBothWin()
    {
        for (int round = 0; round < 3; ++round) {
            QTemporaryDir dir;
            const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
            QCOMPARE(test::runCli(db, {QStringLiteral("import"), writeReport(dir, QStringLiteral("base"), 2000, round)}).exitCode, 0);
            const QString id = createJanuaryPackage(db);
            QVERIFY(!id.isEmpty());
            QCOMPARE(test::runCli(db, {QStringLiteral("package"), QStringLiteral("build"), id}).exitCode, 0);
            QCOMPARE(test::runCli(db, {QStringLiteral("retention"), QStringLiteral("window"), QStringLiteral("1")}).exitCode, 0);

            sqlite3 *holder = nullptr;
            QCOMPARE(sqlite3_open(db.toUtf8().constData(), &holder), SQLITE_OK);
            QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
            QObject owner;
            QProcess *sweep = startCli(db, {QStringLiteral("retention"), QStringLiteral("sweep"), QStringLiteral("--now"), QStringLiteral("2099-01-01")}, &owner);
            QProcess *publish = startCli(db, {QStringLiteral("package"), QStringLiteral("publish"), id}, &owner);
            QTest::qWait(1500); // both have read what they would once have checked, and wait for the lock
            sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_close(holder);
            QVERIFY(sweep->waitForFinished(120000) && publish->waitForFinished(120000));
            auto database = Database::open(db);
            QVERIFY(database.ok());
            const QString retention = test::scalar(*database.value(), QStringLiteral("SELECT retention FROM dsrs")).toString();
            const QString state = test::scalar(*database.value(), QStringLiteral("SELECT state FROM packages")).toString();
            QVERIFY2(!(state == QLatin1String("published") && retention == QLatin1String("purged")),
                     qPrintable(QStringLiteral("round %1: published over a purged source").arg(round)));
            QVERIFY2(state == QLatin1String("published") ? retention == QLatin1String("retained") : publish->exitCode() == 1,
                     qPrintable(state + QLatin1Char(' ') + retention + QLatin1Char(' ') + QString::fromUtf8(publish->readAllStandardError())));
        }
    }

    // Two builds of one package computed against the same version, then stored one after the
    // other: the second finds the version changed inside its write transaction and refuses,
    // so every stored version is one build's, numbered without a gap or a clash.
    void twoBuildsOfOnePackageStoreOneVersionEach()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
        QCOMPARE(test::runCli(db, {QStringLiteral("import"), writeReport(dir, QStringLiteral("base"), 20000, 0)}).exitCode, 0);
        const QString id = createJanuaryPackage(db);
        QVERIFY(!id.isEmpty());
        int built = 0;
        for (int round = 0; round < 3; ++round) {
            sqlite3 *holder = nullptr;
            QCOMPARE(sqlite3_open(db.toUtf8().constData(), &holder), SQLITE_OK);
            QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
            QObject owner;
            QProcess *first = startCli(db, {QStringLiteral("package"), QStringLiteral("build"), id}, &owner);
            QProcess *second = startCli(db, {QStringLiteral("package"), QStringLiteral("build"), id}, &owner);
            QTest::qWait(2500); // both have computed the lines and wait for the write lock
            sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_close(holder);
            QVERIFY(first->waitForFinished(120000) && second->waitForFinished(120000));
            int succeeded = 0;
            for (QProcess *build : {first, second}) {
                const QString err = QString::fromUtf8(build->readAllStandardError());
                if (build->exitCode() == 0)
                    ++succeeded;
                else
                    QVERIFY2(err.contains(QLatin1String("meanwhile")), qPrintable(err));
            }
            QCOMPARE(succeeded, 1);
            built += succeeded;
        }
        auto database = Database::open(db);
        QVERIFY(database.ok());
        QCOMPARE(test::scalar(*database.value(), QStringLiteral("SELECT version FROM packages")).toInt(), built);
        QCOMPARE(test::scalar(*database.value(), QStringLiteral("SELECT count(*) FROM package_versions")).toInt(), built);
        QCOMPARE(test::scalar(*database.value(), QStringLiteral("SELECT count(DISTINCT version) FROM package_lines")).toInt(), built);
    }

    // Rates and journal imports are read-then-write too: six processes import at once, after
    // waiting behind another writer's lock, and every quote and message lands.
    void ratesAndJournalImportsFromManyProcessesAllLand()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
        QCOMPARE(test::runCli(db, {QStringLiteral("dsrs")}).exitCode, 0); // creates the schema
        const QStringList currencies{QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("SEK")};
        QStringList rateFiles, journalFiles;
        for (int k = 0; k < 3; ++k) {
            QByteArray rates = "date,currency,rate\n", journal;
            for (int i = 0; i < 50; ++i) {
                rates += QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate).toUtf8() + ',' + currencies[k].toUtf8() + ",1." + QByteArray::number(k) +
                         QByteArray::number(i) + '\n';
                journal += "{\"type\":\"status\",\"correlationId\":\"flow-" + QByteArray::number(k) + '-' + QByteArray::number(i) +
                           "\",\"stage\":\"LOADED\",\"status\":\"SUCCESS\",\"timestamp\":\"2026-01-01T00:00:00Z\"}\n";
            }
            rateFiles << test::writeFile(dir, QStringLiteral("rates%1.csv").arg(k), rates);
            journalFiles << test::writeFile(dir, QStringLiteral("journal%1.jsonl").arg(k), journal);
        }
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &holder), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QObject owner;
        QList<QProcess *> imports;
        for (int k = 0; k < 3; ++k) {
            imports << startCli(db, {QStringLiteral("rates"), QStringLiteral("import"), rateFiles[k]}, &owner);
            imports << startCli(db, {QStringLiteral("status"), QStringLiteral("import"), journalFiles[k]}, &owner);
        }
        QTest::qWait(1500); // every process waits behind the lock
        sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(holder);
        for (QProcess *import : imports) {
            QVERIFY(import->waitForFinished(120000));
            QVERIFY2(import->exitCode() == 0, import->readAllStandardError().constData());
        }
        auto database = Database::open(db);
        QVERIFY(database.ok());
        QCOMPARE(test::scalar(*database.value(), QStringLiteral("SELECT count(*) FROM exchange_rates")).toInt(), 150);
        QCOMPARE(test::scalar(*database.value(), QStringLiteral("SELECT count(*) FROM status_messages")).toInt(), 150);
    }

    // Read-then-write paths run in immediate transactions: 1,000 usage additions while another
    // connection, on its own thread, commits in a loop. In WAL mode a deferred read-then-write
    // fails at once on a stale snapshot (SQLITE_BUSY_SNAPSHOT), whatever the busy timeout.
    void usageAddsNeverFailWhileAnotherWriterCommits()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir, QStringLiteral("shared.sqlite"));
        std::atomic<bool> stop{false};
        std::atomic<int> commits{0};
        std::thread writer([&] {
            sqlite3 *other = nullptr;
            sqlite3_open(dir.filePath(QStringLiteral("shared.sqlite")).toUtf8().constData(), &other);
            sqlite3_busy_timeout(other, 5000);
            for (int i = 0; !stop; ++i) {
                const QByteArray sql = "BEGIN IMMEDIATE; INSERT OR REPLACE INTO settings (key, value) VALUES ('soak', '" + QByteArray::number(i) + "'); COMMIT;";
                if (sqlite3_exec(other, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
                    ++commits;
                else
                    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
                std::this_thread::sleep_for(std::chrono::microseconds(500)); // a busy process, not a lock hog
            }
            sqlite3_close(other);
        });
        QTRY_VERIFY_WITH_TIMEOUT(commits > 0, 10000); // the other writer is committing before the adds start
        const int before = commits;
        RemittanceBook book(*db);
        QStringList failures;
        const QDateTime hour = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 1000; ++i) {
            UsageEvent e;
            e.timestamp = hour;
            e.marketplace = QStringLiteral("shop");
            e.account = QStringLiteral("acct-%1").arg(i % 7);
            e.product = QStringLiteral("p");
            e.metric = QStringLiteral("EUR");
            Decimal::parse("0.01", e.value);
            if (const auto added = book.add({e}, QStringLiteral("soak")); !added)
                failures << added.error();
            if (i % 50 == 0) // now and then give the other writer a turn at the lock, even on a loaded machine
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        stop = true;
        writer.join();
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 failed, e.g. %2").arg(failures.size()).arg(failures.value(0))));
        QVERIFY2(commits > before, "the other writer committed meanwhile");
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT dec_sum(value) FROM remittances")).toString(), QStringLiteral("10"));
    }
};

QTEST_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
