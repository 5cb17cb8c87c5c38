#include "import/dsrimporter.h"
#include "util/progresssink.h"
#include "report/reportcsv.h"
#include "db/database.h"
#include "storage/dsrrepository.h"
#include "storage/migrations.h"
#include "util/csvrecords.h"
#include "db/sqlquery.h"
#include "testsupport.h"

#include <QFile>

#include <sqlite3.h>

#include <chrono>
#include <thread>
#include <QSqlQuery>
#include <QTest>

using namespace rd;

namespace {

const QString kNoNok = QStringLiteral("Spotify_SpotifyDuo_NO_NOK_20200101-20200131.tsv.gz");

QString bigFile(const QTemporaryDir &dir, int rows)
{
    QByteArray content = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\r\n";
    for (int i = 0; i < rows; ++i)
        content += "id" + QByteArray::number(i) + "\tsong " + QByteArray::number(i % 97) + "\tAnna\t\t" +
                   QByteArray::number(i % 1000) + "\t0." + QByteArray::number(i % 100 + 100) + "\r\n";
    return test::writeFile(dir, QStringLiteral("Big_Test_GB_GBP_20200101-20200131.tsv"), content);
}

class CancelAfter final : public ProgressSink
{
public:
    explicit CancelAfter(int calls) : m_left(calls) {}
    void setProgress(qint64, qint64, quint64) override { --m_left; }
    bool canceled() const override { return m_left <= 0; }

private:
    int m_left;
};

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void migratesAnEmptyDatabase()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        QCOMPARE(db->schemaVersion(), static_cast<int>(schemaMigrations().size()));
        for (const char *table : {"dsrs", "dsr_issues", "resources", "usage_rows"})
            QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'").arg(QLatin1String(table))).toInt(), 1);
        QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        db.reset();
        // Reopening is a no-op for the schema.
        auto again = test::openDatabase(dir);
        QCOMPARE(again->schemaVersion(), static_cast<int>(schemaMigrations().size()));
    }

    // A version 1 database keeps its resources and gains the key table.
    void migratesResourceKeysFromVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("test.sqlite"));
        {
            QSqlDatabase v1 = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            v1.setDatabaseName(path);
            QVERIFY(v1.open());
            QSqlQuery q(v1);
            for (const QString &sql : schemaMigrations().at(0))
                QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO resources (id, key_hi, key_lo, dsp_id) VALUES (7, -5, 9, 'a'), (8, 3, -2, 'b')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            v1.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        auto db = test::openDatabase(dir);
        QCOMPARE(db->schemaVersion(), static_cast<int>(schemaMigrations().size()));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT group_concat(key_hi || ':' || key_lo || '>' || resource_id, ' ') "
                                                  "FROM resource_keys")).toString(),
                 QStringLiteral("-5:9>7 3:-2>8"));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM pragma_table_info('resources') WHERE name LIKE 'key_%'")).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT group_concat(dsp_id, '') FROM resources ORDER BY id")).toString(), QStringLiteral("ab"));
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        {
            auto db = test::openDatabase(dir);
            SqlQuery(*db).exec(QStringLiteral("PRAGMA user_version = 999"));
        }
        auto db = Database::open(dir.filePath(QStringLiteral("test.sqlite")));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("newer")), qPrintable(db.error()));
    }

    // A newer Royalty Desk migrates while this one waits for the lock: this one must refuse, not
    // write its own (lower) version over the newer one. The competitor is a separate connection
    // on its own thread, as another process would be.
    void refusesANewerSchemaWrittenWhileWaitingForTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("test.sqlite"));
        const int known = int(schemaMigrations().size());
        {
            auto db = test::openDatabase(dir);
            SqlQuery(*db).exec(QStringLiteral("PRAGMA user_version = %1").arg(known - 1)); // an older schema
        }
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        const QByteArray bump = QStringLiteral("PRAGMA user_version = %1").arg(known + 3).toUtf8();
        QCOMPARE(sqlite3_exec(other, bump.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        std::thread competitor([other] {
            std::this_thread::sleep_for(std::chrono::milliseconds(700)); // while the opener waits for the lock
            sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
        });
        auto opened = Database::open(path); // reads the old version, then waits for the write lock
        competitor.join();
        sqlite3_close(other);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QLatin1String("newer")), qPrintable(opened.error()));
        sqlite3 *check = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &check), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(check, "PRAGMA user_version", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), known + 3); // not stepped back
        sqlite3_finalize(stmt);
        sqlite3_close(check);
    }

    // Schema 15: a report that a race counted twice keeps its first DSR; the later one becomes failed, saying why.
    void migrationResolvesReportsCountedTwice()
    {
        QTemporaryDir dir;
        {
            auto db = test::openDatabase(dir);
            QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"),
                                                                "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\nA\tS\tX\tQZABC0000001\t1\t2\n"))
                        .ok());
            SqlQuery q(*db);
            QVERIFY(q.exec(QStringLiteral("DROP INDEX dsrs_identity")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO dsrs (format, path, file_name, sha256, dsp, offer, territory, currency, period_start, "
                                          "period_end, status, imported_at) SELECT format, path, file_name, 'other', dsp, offer, territory, "
                                          "currency, period_start, period_end, status, imported_at FROM dsrs")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 14")));
        }
        auto db = test::openDatabase(dir);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT group_concat(id || ':' || status, ' ') FROM dsrs")).toString(),
                 QStringLiteral("1:ingested 2:failed"));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT status_reason FROM dsrs WHERE id = 2")).toString(),
                 QStringLiteral("counted twice: the same report as DSR 1"));
        // And the schema now says so: a second ingested DSR of the report cannot be written.
        SqlQuery q(*db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE dsrs SET status = 'ingested' WHERE id = 2")));
    }

    void refusesDuplicateContent()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        const ImportResult first = DsrImporter(*db).importFile(test::dataPath(kNoNok));
        QVERIFY(first.ok());
        // Same bytes under another name are still the same content.
        QFile::copy(test::dataPath(kNoNok), dir.filePath(QStringLiteral("Spotify_Copy_NO_NOK_20200101-20200131.tsv.gz")));
        const ImportResult second = DsrImporter(*db).importFile(dir.filePath(QStringLiteral("Spotify_Copy_NO_NOK_20200101-20200131.tsv.gz")));
        QCOMPARE(second.outcome, ImportResult::Outcome::Duplicate);
        QCOMPARE(second.duplicateOf, first.dsrId);
        QVERIFY2(second.error.contains(QStringLiteral("DSR %1").arg(first.dsrId)), qPrintable(second.error));
        QVERIFY(second.error.contains(kNoNok));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM usage_rows")).toInt(), 1000);
    }

    void injectedFailureLeavesNothing()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        ImportOptions options;
        options.failAfterRows = 100;
        const ImportResult result = DsrImporter(*db).importFile(bigFile(dir, 50000), options);
        QCOMPARE(result.outcome, ImportResult::Outcome::Failed);
        QVERIFY(result.error.contains(QLatin1String("injected")));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM usage_rows")).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM resources")).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT status FROM dsrs")).toString(), QStringLiteral("failed"));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT row_count FROM dsrs")).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // The same file imports fine afterwards: a failed attempt does not block it.
        QVERIFY(DsrImporter(*db).importFile(dir.filePath(QStringLiteral("Big_Test_GB_GBP_20200101-20200131.tsv"))).ok());
    }

    void cancelLeavesNoTrace()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        CancelAfter cancel(2);
        const ImportResult result = DsrImporter(*db).importFile(bigFile(dir, 100000), {}, &cancel);
        QCOMPARE(result.outcome, ImportResult::Outcome::Canceled);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM dsrs")).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM usage_rows")).toInt(), 0);
    }

    void staleImportIsMarkedInterrupted()
    {
        QTemporaryDir dir;
        {
            auto db = test::openDatabase(dir);
            // A placeholder left by a process that no longer exists (PID 0 never is one).
            QVERIFY(SqlQuery(*db)
                        .exec(QStringLiteral("INSERT INTO dsrs (path, file_name, dsp, offer, territory, currency, "
                                             "period_start, period_end, status, importer, imported_at) VALUES "
                                             "('/x', 'x', 'S', 'O', 'GB', 'GBP', '2020-01-01', '2020-01-31', "
                                             "'importing', '999999999:1', '2020-02-01T00:00:00Z')")));
        }
        auto db = test::openDatabase(dir);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT status || ':' || status_reason FROM dsrs")).toString(),
                 QStringLiteral("failed:interrupted"));
    }

    void deleteRemovesRowsAndReport()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        const ImportResult a = DsrImporter(*db).importFile(test::dataPath(kNoNok));
        const ImportResult b = DsrImporter(*db).importFile(test::dataPath(QStringLiteral("Spotify_SpotifyFree_CH_CHF_20200201-20200228.tsv.gz")));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(DsrRepository(*db).remove(a.dsrId).ok());
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM usage_rows")).toInt(), 1000);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM dsr_issues WHERE dsr_id = %1").arg(a.dsrId)).toInt(), 0);
        QVERIFY(!DsrRepository(*db).find(a.dsrId).value().has_value());
        QVERIFY(!DsrRepository(*db).remove(a.dsrId).ok());
        // The deleted content can be imported again.
        QVERIFY(DsrImporter(*db).importFile(test::dataPath(kNoNok)).ok());
    }

    void reportPagesCoverEveryLineOnce()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        const ImportResult result = DsrImporter(*db).importFile(test::dataPath(kNoNok));
        const auto record = DsrRepository(*db).find(result.dsrId).value();
        QList<ReportEntry> all;
        qint64 after = -1;
        while (true) {
            const auto page = DsrRepository(*db).report(result.dsrId, after, 7);
            QVERIFY(page.ok());
            if (page->isEmpty())
                break;
            QVERIFY(page->first().line > after);
            all += page.value();
            after = page->last().line;
        }
        QCOMPARE(all.size(), record->reportWarnings() + record->errorCount);
        QCOMPARE(all.size(), DsrRepository(*db).report(result.dsrId, -1, 100000).value().size());
    }

    void reportExportsToCsv()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        const ImportResult result = DsrImporter(*db).importFile(test::dataPath(kNoNok));
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(ReportCsvExporter(*db).exportReport(result.dsrId, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("line,severity,code,field,detail,message"));
        QCOMPARE(lines.size() - 1, static_cast<qsizetype>(result.totals.warnings + result.totals.rowsWithMissing));
        QVERIFY(lines.at(1).startsWith("0,warning,gzip_name_differs,file,"));
        QCOMPARE(csv::quoteForSpreadsheet(QStringLiteral("=HYPERLINK()")), QStringLiteral("'=HYPERLINK()"));
        QCOMPARE(csv::quoteForSpreadsheet(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
