// Retention: the window, the sweep (purge, retain, stale), and the property
// that after any sequence of sweeps every published or retracted package
// still verifies and its lines recompute exactly from the retained rows.
#include "db/sqlquery.h"
#include "testsupport.h"

#include "import/dsrimporter.h"
#include "licensing/claimscsv.h"
#include "licensing/claimstore.h"
#include "packages/packagestore.h"
#include "packages/packagezip.h"
#include "packages/residualbuilder.h"
#include "packages/retainedsourcecheck.h"
#include "retention/retentionpolicy.h"
#include "retention/retentionsweep.h"
#include "db/database.h"
#include "storage/dsrrepository.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

using namespace rd;

namespace {

QByteArray statementStandIn(const StatementData &data) { return "%PDF-stand-in " + data.packageName.toUtf8(); }

const char *const kTerritories[] = {"GB", "DE", "FR"};
const char *const kCurrencies[] = {"GBP", "EUR", "EUR"};

qint64 rowsOf(Database &db, qint64 dsrId)
{
    return test::scalar(db, QStringLiteral("SELECT count(*) FROM usage_rows WHERE id BETWEEN %1 AND %2").arg(dsrId << 32).arg((dsrId << 32) + 0xFFFFFFFFLL))
        .toLongLong();
}

void setImportedOn(Database &db, qint64 dsrId, const QDate &date)
{
    SqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE dsrs SET imported_at = ? WHERE id = ?"));
    q.addBindValue(date.startOfDay(Qt::UTC).toString(Qt::ISODate));
    q.addBindValue(dsrId);
    QVERIFY(q.exec());
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void windowIsConfigurable();
    void sweepPurgesRetainsAndFlagsStale();
    void publishedPackagesSurviveAnySweeps_data();
    void publishedPackagesSurviveAnySweeps();
};

void TestRetention::windowIsConfigurable()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    RetentionPolicy policy(*db);
    QCOMPARE(policy.windowDays().value(), 90);
    QVERIFY(!policy.setWindowDays(0).ok());
    QVERIFY(policy.setWindowDays(30).ok());
    QCOMPARE(policy.windowDays().value(), 30);
    QVERIFY(policy.isDue(QDate(2026, 1, 1)).value()); // never swept
    QVERIFY(RetentionSweep::run(*db, QDate(2026, 1, 1), true)); // a dry run does not count
    QVERIFY(policy.isDue(QDate(2026, 1, 1)).value());
    QVERIFY(RetentionSweep::run(*db, QDate(2026, 1, 1), false));
    QVERIFY(!policy.isDue(QDate(2026, 1, 1)).value());
    QVERIFY(policy.isDue(QDate(2026, 1, 2)).value());
}

void TestRetention::sweepPurgesRetainsAndFlagsStale()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    auto rowsFor = [](const char *territory) -> QByteArray {
        return QByteArray("dsp_id\ttitle\tartists\tisrc\tusages\trevenue\nA\tSong ") + territory
               + "\tX\tQZABC0000001\t10\t100\nB\tOther\tY\tQZABC0000002\t1\t5\n";
    };
    const QByteArray rows = rowsFor("DE");
    QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"), rowsFor("GB"))).ok());
    QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QStringLiteral("Gen_Offer_DE_EUR_20200101-20200131.tsv"), rows)).ok());
    QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QStringLiteral("Gen_Offer_FR_EUR_20200101-20200131.tsv"), rowsFor("FR"))).ok());
    for (qint64 id : {1, 2, 3})
        setImportedOn(*db, id, QDate(2026, 1, 1));
    PackageStore store(*db);
    const qint64 published = store.create(QStringLiteral("GB"), {{QStringLiteral("GB")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();
    QVERIFY(ResidualBuilder::build(*db, published));
    QVERIFY(store.publish(published).ok());
    const qint64 built = store.create(QStringLiteral("DE"), {{QStringLiteral("DE")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();
    QVERIFY(ResidualBuilder::build(*db, built));
    const qint64 draft = store.create(QStringLiteral("FR"), {{QStringLiteral("FR")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();

    // Day 89 after import: nothing has expired.
    auto early = RetentionSweep::run(*db, QDate(2026, 3, 31), false);
    QVERIFY2(early, qPrintable(early ? QString() : early.error()));
    QVERIFY(early->purged.isEmpty() && early->retained.isEmpty());
    // Day 90: the dry run says what would happen and changes nothing.
    const auto dry = RetentionSweep::run(*db, QDate(2026, 4, 1), true);
    QVERIFY(dry);
    QCOMPARE(dry->purged.size(), 2);
    QCOMPARE(dry->retained.size(), 1);
    QCOMPARE(dry->stale.size(), 2);
    QCOMPARE(rowsOf(*db, 2), 2);
    QVERIFY(store.find(built).value()->staleReason.isEmpty());

    const auto report = RetentionSweep::run(*db, QDate(2026, 4, 1), false);
    QVERIFY(report);
    QCOMPARE(report->retained.size(), 1);
    QCOMPARE(report->retained[0].id, 1);
    QCOMPARE(report->retained[0].packages, QStringList{QString::number(published)});
    QCOMPARE(report->purged.size(), 2);
    QCOMPARE(rowsOf(*db, 1), 2); // retained
    QCOMPARE(rowsOf(*db, 2), 0); // purged
    QCOMPARE(rowsOf(*db, 3), 0);
    const auto dsr2 = DsrRepository(*db).find(2).value();
    QCOMPARE(dsr2->retention, QStringLiteral("purged"));
    QCOMPARE(dsr2->revenue, QStringLiteral("105")); // the record and its totals stay
    QCOMPARE(DsrRepository(*db).find(1).value()->retention, QStringLiteral("retained"));

    // The built and the draft package are stale, with a reason naming the DSR; neither builds, exports or publishes.
    const auto builtNow = store.find(built).value();
    QVERIFY2(builtNow->staleReason.contains(QStringLiteral("DSR 2")), qPrintable(builtNow->staleReason));
    QVERIFY(store.find(draft).value()->staleReason.contains(QStringLiteral("DSR(s) 3")));
    QVERIFY(!store.publish(built).ok());
    QVERIFY(!PackageZip::write(*db, built, dir.filePath(QStringLiteral("b.zip")), statementStandIn).ok());
    const auto rebuilt = ResidualBuilder::build(*db, draft);
    QVERIFY(!rebuilt);
    QVERIFY(rebuilt.error().contains(QStringLiteral("purged")));
    QCOMPARE(store.audit(built).value().last().action, QStringLiteral("stale"));

    // The published package: still exports, verifies and recomputes; its DSR cannot be deleted.
    QVERIFY(RetainedSourceCheck::run(*db, published, 1).value().isEmpty());
    const QString zip = dir.filePath(QStringLiteral("p.zip"));
    QVERIFY(PackageZip::write(*db, published, zip, statementStandIn).ok());
    QVERIFY(PackageZip::verify(zip).ok);
    QVERIFY(!DsrRepository(*db).remove(1).ok());
    // The check can fail: a stored line that no longer matches its rows is named.
    {
        SqlQuery tamper(*db);
        QVERIFY(tamper.exec(QStringLiteral("UPDATE package_lines SET revenue = '1' WHERE package_id = %1 AND line_no = 1").arg(published)));
        const auto problems = RetainedSourceCheck::run(*db, published, 1).value();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("line 1: recomputes as")), qPrintable(problems.first()));
        QVERIFY(tamper.exec(QStringLiteral("UPDATE package_lines SET revenue = '100' WHERE package_id = %1 AND line_no = 1").arg(published)));
        QVERIFY(RetainedSourceCheck::run(*db, published, 1).value().isEmpty());
    }
    // A retained DSR is never purged by later sweeps, whatever the date.
    QVERIFY(RetentionSweep::run(*db, QDate(2040, 1, 1), false));
    QCOMPARE(rowsOf(*db, 1), 2);
    // Deleting the purged DSR and importing it again makes the package buildable.
    QVERIFY(DsrRepository(*db).remove(2).ok());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("again")));
    QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QStringLiteral("again/Gen_Offer_DE_EUR_20200101-20200131.tsv"), rows)).ok());
    QVERIFY(ResidualBuilder::build(*db, built));
    QVERIFY(store.find(built).value()->staleReason.isEmpty());
}

void TestRetention::publishedPackagesSurviveAnySweeps_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 20; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestRetention::publishedPackagesSurviveAnySweeps()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    QVERIFY(RetentionPolicy(*db).setWindowDays(int(rng.bounded(20, 120))));
    const QDate start(2026, 1, 1);
    // Random DSRs over three territories and four months, imported on random days.
    for (int d = 0; d < 10; ++d) {
        const int t = int(rng.bounded(3));
        const int month = int(rng.bounded(1, 5));
        const QDate from(2020, month, 1);
        QByteArray text = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n";
        const int rows = int(rng.bounded(1, 12));
        for (int r = 0; r < rows; ++r)
            text += QStringLiteral("D%1\tT%1\tA%6\tQZABC%2\t%3\t%4.%5\n")
                        .arg(rng.bounded(6))
                        .arg(rng.bounded(6), 7, 10, QLatin1Char('0'))
                        .arg(r + 1)
                        .arg(rng.bounded(500))
                        .arg(rng.bounded(1000), 3, 10, QLatin1Char('0'))
                        .arg(d)
                        .toUtf8();
        const QString name = QStringLiteral("Gen_Offer%1_%2_%3_%4-%5.tsv")
                                 .arg(d)
                                 .arg(QLatin1String(kTerritories[t]), QLatin1String(kCurrencies[t]), from.toString(QStringLiteral("yyyyMMdd")),
                                      QDate(2020, month, from.daysInMonth()).toString(QStringLiteral("yyyyMMdd")));
        const ImportResult imported = DsrImporter(*db).importFile(test::writeFile(dir, name, text));
        QVERIFY2(imported.ok(), qPrintable(name + imported.error));
        setImportedOn(*db, imported.dsrId, start.addDays(rng.bounded(60)));
    }
    QVERIFY(ClaimStore(*db).importFile(ClaimsCsv::read(test::writeFile(dir, QStringLiteral("c.csv"),
                                                                       "isrc,territory,rights_holder,share,valid_from\n"
                                                                       "QZABC0000001,WW,Label,60,2019-01-01\n"
                                                                       "QZABC0000002,GB,Other,100,2019-01-01\n"
                                                                       "QZABC0000002,GB,Rival,30,2019-01-01\n"),
                                                       QDate(2019, 1, 1))
                                           .value()));
    PackageStore store(*db);
    QList<qint64> packages;
    QDate day = start;
    int published = 0;
    for (int step = 0; step < 40; ++step) {
        const int dice = int(rng.bounded(20));
        switch (dice < 4 ? 0 : dice < 9 ? 1 : dice < 13 ? 2 : dice < 15 ? 3 : 4) {
        case 0: { // a new package over a random partition
            const int month = int(rng.bounded(1, 3));
            Partition p{{QString::fromLatin1(kTerritories[rng.bounded(3)])}, QDate(2020, month, 1), QDate(2020, 4, 30), {}, {}};
            packages << store.create(QStringLiteral("p%1").arg(step), p).value();
            if (rng.bounded(2) == 0) { // an advance to Label, carried from package to package
                Decimal amount;
                Decimal::parse("40", amount);
                store.addAdvance(packages.last(), Advance{0, QStringLiteral("Label"), amount, QStringLiteral("GBP")});
            }
            break;
        }
        case 1: // build (fails when nothing is left in its partition, or it is stale)
            if (!packages.isEmpty())
                ResidualBuilder::build(*db, packages[int(rng.bounded(int(packages.size())))]);
            break;
        case 2: { // publish one of the built packages
            QList<qint64> built;
            for (qint64 id : packages)
                if (store.find(id).value()->state == Package::State::Built)
                    built << id;
            if (!built.isEmpty())
                published += store.publish(built[int(rng.bounded(int(built.size())))]).ok() ? 1 : 0;
            break;
        }
        case 3:
            if (!packages.isEmpty())
                store.retract(packages[int(rng.bounded(int(packages.size())))], QStringLiteral("random"));
            break;
        default: { // a sweep some days on
            day = day.addDays(rng.bounded(1, 30));
            const auto swept = RetentionSweep::run(*db, day, rng.bounded(4) == 0);
            QVERIFY2(swept, qPrintable(swept ? QString() : swept.error()));
            break;
        }
        }
        // The invariant, after every step.
        for (qint64 id : packages) {
            const Package p = *store.find(id).value();
            if (p.state != Package::State::Published && p.state != Package::State::Retracted)
                continue;
            const auto problems = RetainedSourceCheck::run(*db, id, p.version);
            QVERIFY(problems);
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
            const QString zip = dir.filePath(QStringLiteral("p%1.zip").arg(id));
            const Status written = PackageZip::write(*db, id, zip, statementStandIn);
            QVERIFY2(written.ok(), qPrintable(written.error()));
            const PackageZip::Verification v = PackageZip::verify(zip);
            QVERIFY2(v.ok, qPrintable(v.errors.join(u'\n')));
            qint64 declared = 0;
            for (const QJsonValue &s : v.manifest.value(QStringLiteral("sources")).toArray())
                declared += s.toObject().value(QStringLiteral("rows")).toInteger();
            const QByteArray usage = PackageZip::readEntry(zip, QStringLiteral("source/usage.csv")).value();
            QCOMPARE(qint64(usage.count('\n')) - 1, declared);
        }
    }
    // A last sweep far in the future: only the rows behind published or retracted packages are left.
    QVERIFY(RetentionSweep::run(*db, day.addYears(5), false));
    const qint64 held = test::scalar(*db, QStringLiteral("SELECT count(*) FROM dsrs WHERE retention <> 'purged'")).toLongLong();
    const qint64 kept = test::scalar(*db, QStringLiteral("SELECT count(DISTINCT s.dsr_id) FROM package_sources s JOIN packages p "
                                                         "ON p.id = s.package_id AND p.version = s.version "
                                                         "WHERE p.state IN ('published', 'retracted')"))
                            .toLongLong();
    QCOMPARE(held, kept);
    qDebug("%d package(s) published; %lld of 10 DSRs kept for them", published, kept);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
