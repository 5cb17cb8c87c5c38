// Licensing: claims from CSV and LI01, the licensed share as known on a day
// (checked against a brute-force sum for random claims), WW claims, interval
// boundaries, and the exposure and overclaim reports against hand-computed figures.
#include "testsupport.h"

#include "currency/exchangerates.h"
#include "import/anyimporter.h"
#include "import/dsrimporter.h"
#include "licensing/claimscsv.h"
#include "licensing/claimstore.h"
#include "licensing/licensing.h"
#include "licensing/licensingreports.h"
#include "licensing/timelinedata.h"
#include "index/trackindex.h"
#include "db/database.h"

#include <QDir>
#include <QRandomGenerator>
#include <QtTest>

using namespace rd;

namespace {

Decimal dec(const char *text)
{
    Decimal d;
    Decimal::parse(text, d);
    return d;
}

Claim claim(const char *territory, const char *holder, const char *share, QDate from, std::optional<QDate> to,
            QDate knownFrom = QDate(2000, 1, 1), std::optional<QDate> knownTo = std::nullopt, const char *type = "recording")
{
    Claim c;
    c.isrc = QStringLiteral("QZABC0000001");
    c.territory = QString::fromLatin1(territory);
    c.rightsHolder = QString::fromLatin1(holder);
    c.share = dec(share);
    c.validFrom = from;
    c.validTo = to;
    c.knownFrom = knownFrom;
    c.knownTo = knownTo;
    c.rightType = QString::fromLatin1(type);
    return c;
}

QString shareOf(const QList<Claim> &claims, const char *territory, QDate day, QDate knownOn = QDate(2030, 1, 1))
{
    return QString::fromStdString(
        licensing::licensedShare(claims, QString::fromLatin1(territory), QStringLiteral("recording"), day, knownOn).share.toString());
}

// The share a lane's events say holds on a day: the last event on or before it.
DecimalSum fromEvents(const QList<LicensingEvent> &events, QDate day)
{
    DecimalSum share;
    for (const LicensingEvent &e : events)
        if (e.date <= day)
            share = e.share;
    return share;
}

} // namespace

class TestLicensing : public QObject
{
    Q_OBJECT

private slots:
    void eventsMatchBruteForce_data();
    void eventsMatchBruteForce();
    void worldwideAndTerritoryClaimsAddUp();
    void intervalBoundaries();
    void csvNamesLineAndField();
    void csvImportAndKnownOn();
    void li01SharesBecomeClaims();
    void exposureAndOverclaimsAreExact();
    void timelineDataAndTrackSearch();
};

void TestLicensing::eventsMatchBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestLicensing::eventsMatchBruteForce()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const QDate origin(2020, 1, 1);
    const char *territories[] = {"GB", "DE", "WW"};
    const char *holders[] = {"A", "B", "C", "D"};
    QList<Claim> claims;
    const int count = 1 + int(rng.bounded(12));
    for (int i = 0; i < count; ++i) {
        const QDate from = origin.addDays(rng.bounded(300));
        const std::optional<QDate> to = rng.bounded(3) == 0 ? std::nullopt : std::optional(from.addDays(rng.bounded(200)));
        const QDate knownFrom = origin.addDays(rng.bounded(400));
        const std::optional<QDate> knownTo = rng.bounded(3) == 0 ? std::optional(knownFrom.addDays(1 + rng.bounded(200))) : std::nullopt;
        const QString share = QStringLiteral("%1.%2").arg(rng.bounded(120)).arg(rng.bounded(100));
        claims << claim(territories[rng.bounded(3)], holders[rng.bounded(4)], share.toLatin1().constData(), from, to, knownFrom, knownTo);
    }
    for (int k = 0; k < 6; ++k) {
        const QDate knownOn = origin.addDays(rng.bounded(600));
        for (const char *territory : {"GB", "DE", "FR"}) {
            const Lane lane{QString::fromLatin1(territory), QStringLiteral("recording")};
            const QList<LicensingEvent> events = licensing::events(claims, lane, knownOn);
            for (int i = 1; i < events.size(); ++i) // events are changes only
                QVERIFY(!(events[i].share == events[i - 1].share));
            for (int d = -5; d < 560; d += 1 + int(rng.bounded(4))) {
                const QDate day = origin.addDays(d);
                // Brute force: add up every claim that applies.
                DecimalSum brute;
                for (const Claim &c : claims)
                    if ((c.territory == lane.territory || c.territory == QLatin1String("WW")) && c.knownFrom <= knownOn
                        && (!c.knownTo || *c.knownTo > knownOn) && c.validFrom <= day && (!c.validTo || day <= *c.validTo))
                        brute.add(c.share);
                QCOMPARE(fromEvents(events, day).toString(), brute.toString());
                QCOMPARE(licensing::licensedShare(claims, lane.territory, lane.rightType, day, knownOn).share.toString(), brute.toString());
            }
        }
    }
}

void TestLicensing::worldwideAndTerritoryClaimsAddUp()
{
    const QList<Claim> claims{claim("WW", "World", "70", QDate(2020, 1, 1), std::nullopt),
                              claim("GB", "Local", "30", QDate(2020, 3, 1), QDate(2020, 3, 31)),
                              claim("DE", "Other", "50", QDate(2020, 1, 1), std::nullopt)};
    QCOMPARE(shareOf(claims, "GB", QDate(2020, 2, 1)), QStringLiteral("70"));   // WW alone
    QCOMPARE(shareOf(claims, "GB", QDate(2020, 3, 15)), QStringLiteral("100")); // WW and GB coexist
    QCOMPARE(shareOf(claims, "DE", QDate(2020, 3, 15)), QStringLiteral("120")); // overclaimed
    QCOMPARE(shareOf(claims, "FR", QDate(2020, 3, 15)), QStringLiteral("70"));  // WW applies everywhere
    QCOMPARE(shareOf(claims, "FR", QDate(2019, 12, 31)), QStringLiteral("0"));  // fully unlicensed
    const auto gb = licensing::licensedShare(claims, QStringLiteral("GB"), QStringLiteral("recording"), QDate(2020, 3, 15), QDate(2030, 1, 1));
    QVERIFY(gb.fullyLicensed());
    QVERIFY(!gb.overclaimed() && !gb.unlicensed());
    // The lanes: one per territory named, plus WW; a territory filter adds its lane even without claims of its own.
    QCOMPARE(licensing::lanes(claims).size(), 3);
    QCOMPARE(licensing::lanes(claims, QStringLiteral("FR")).size(), 1);
    QCOMPARE(licensing::events(claims, Lane{QStringLiteral("WW"), QStringLiteral("recording")}, QDate(2030, 1, 1)).size(), 1);
}

void TestLicensing::intervalBoundaries()
{
    const QList<Claim> claims{claim("GB", "A", "40", QDate(2020, 1, 10), QDate(2020, 1, 20)),
                              claim("GB", "B", "25", QDate(2020, 1, 21), std::nullopt)};
    QCOMPARE(shareOf(claims, "GB", QDate(2020, 1, 9)), QStringLiteral("0"));
    QCOMPARE(shareOf(claims, "GB", QDate(2020, 1, 10)), QStringLiteral("40")); // first day counts
    QCOMPARE(shareOf(claims, "GB", QDate(2020, 1, 20)), QStringLiteral("40")); // valid_to is inclusive
    QCOMPARE(shareOf(claims, "GB", QDate(2020, 1, 21)), QStringLiteral("25"));
    QCOMPARE(shareOf(claims, "GB", QDate(2099, 1, 1)), QStringLiteral("25"));  // open-ended
    const auto events = licensing::events(claims, Lane{QStringLiteral("GB"), QStringLiteral("recording")}, QDate(2030, 1, 1));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].date, QDate(2020, 1, 10));
    QCOMPARE(events[1].date, QDate(2020, 1, 21)); // the day after valid_to
    // known_to is exclusive: withdrawn that day.
    const QList<Claim> known{claim("GB", "A", "40", QDate(2020, 1, 1), std::nullopt, QDate(2020, 5, 1), QDate(2020, 6, 1))};
    QCOMPARE(shareOf(known, "GB", QDate(2020, 2, 1), QDate(2020, 4, 30)), QStringLiteral("0"));
    QCOMPARE(shareOf(known, "GB", QDate(2020, 2, 1), QDate(2020, 5, 1)), QStringLiteral("40"));
    QCOMPARE(shareOf(known, "GB", QDate(2020, 2, 1), QDate(2020, 5, 31)), QStringLiteral("40"));
    QCOMPARE(shareOf(known, "GB", QDate(2020, 2, 1), QDate(2020, 6, 1)), QStringLiteral("0"));
}

void TestLicensing::csvNamesLineAndField()
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("bad.csv"),
                                         "isrc,territory,rights_holder,share,valid_from,valid_to\n"
                                         "QZABC0000001,GB,A,50,2020-01-01,\n"
                                         "NOTANISRC,GB,A,50,2020-01-01,\n"
                                         "QZABC0000001,XX,A,50,2020-01-01,\n"
                                         "QZABC0000001,GB,,101,2020-01-01,2019-01-01\n"
                                         "QZABC0000001,GB,A,5\n");
    const auto read = ClaimsCsv::read(path, QDate(2021, 1, 1));
    QVERIFY(!read);
    const QString error = read.error();
    for (const char *expected : {"bad.csv:3: isrc", "bad.csv:4: territory", "bad.csv:5: rights_holder", "bad.csv:5: share",
                                 "bad.csv:5: valid_to", "bad.csv:6: line"})
        QVERIFY2(error.contains(QLatin1String(expected)), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String(":2:")), qPrintable(error)); // the good line is not blamed
    const auto header = ClaimsCsv::read(test::writeFile(dir, QStringLiteral("h.csv"), "isrc,territory,share\n"), QDate(2021, 1, 1));
    QVERIFY(!header && header.error().contains(QLatin1String("rights_holder")));
}

void TestLicensing::csvImportAndKnownOn()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const QString path = test::writeFile(dir, QStringLiteral("claims.csv"),
                                         "valid_from,isrc,territory,rights_holder,share,known_from,known_to,source\n"
                                         "2020-01-01,qz-abc-00-00001,gb,\"Label, Inc\",60,2020-02-01,,\"said \"\"yes\"\"\"\n"
                                         "2020-01-01,QZABC0000001,GB,Other,50,,2020-03-01,\n");
    const auto file = ClaimsCsv::read(path, QDate(2020, 1, 15)); // import date: known_from of the second
    QVERIFY2(file, qPrintable(file.error()));
    QCOMPARE(ClaimStore(*db).importFile(file.value())->claims, 2);
    QVERIFY(!ClaimStore(*db).importFile(file.value())); // the same file twice
    const auto claims = ClaimStore(*db).forTrack(QStringLiteral("QZABC0000001"), QStringLiteral("GB"));
    QCOMPARE(claims->size(), 2);
    QCOMPARE(claims->at(0).rightsHolder + claims->at(1).rightsHolder, QStringLiteral("Label, IncOther"));
    QCOMPARE(claims->at(0).source, QStringLiteral("said \"yes\""));
    QCOMPARE(claims->at(0).line, 2);
    // As known on: Jan 20 only the second; Feb 15 both; Mar 1 the second is withdrawn.
    QCOMPARE(shareOf(claims.value(), "GB", QDate(2020, 6, 1), QDate(2020, 1, 20)), QStringLiteral("50"));
    QCOMPARE(shareOf(claims.value(), "GB", QDate(2020, 6, 1), QDate(2020, 2, 15)), QStringLiteral("110"));
    QCOMPARE(shareOf(claims.value(), "GB", QDate(2020, 6, 1), QDate(2020, 3, 1)), QStringLiteral("60"));
}

void TestLicensing::li01SharesBecomeClaims()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const QDir samples(test::dataPath(QStringLiteral("ddex")));
    const auto results = AnyImporter(*db).importFile(samples.filePath(samples.entryList({QStringLiteral("DSR_TEST2_YouTube*")}).constFirst()));
    QVERIFY2(results.value(0).ok(), qPrintable(results.value(0).error));
    const auto claims = ClaimStore(*db).forTrack(QStringLiteral("USRH10903879"));
    QCOMPARE(claims->size(), 4);
    for (const Claim &c : claims.value()) {
        QCOMPARE(c.territory, QStringLiteral("IS")); // the summary's territory
        QCOMPARE(c.rightType, QStringLiteral("publishing"));
        QCOMPARE(c.dsrId, results[0].dsrId);
        QVERIFY(c.source.contains(QLatin1String("DSR")));
    }
    // PUB_3's first share holds 2015-10-01..02 (the validity of the sales record it follows).
    const auto share = licensing::licensedShare(claims.value(), QStringLiteral("IS"), QStringLiteral("publishing"), QDate(2015, 10, 2),
                                                QDate::currentDate());
    QCOMPARE(share.claims.size(), 1);
    QCOMPARE(share.claims[0].rightsHolder, QStringLiteral("PUB_3"));
    QCOMPARE(share.claims[0].line, 27);
}

void TestLicensing::exposureAndOverclaimsAreExact()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    // Two DSRs in GB (GBP at 0.8 per EUR) in January and February; three tracks.
    for (const auto &[name, rows] : {std::pair{"Gen_Offer_GB_GBP_20200101-20200131.tsv",
                                               "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n"
                                               "A\tAlpha\tX\tQZABC0000001\t10\t8.00\nB\tBeta\tX\tQZABC0000002\t5\t4\n"
                                               "C\tGamma\tX\tQZABC0000003\t7\t1.6\nN\tNone\tX\t\t3\t0.8\n"},
                                     std::pair{"Gen_Offer_GB_GBP_20200201-20200229.tsv",
                                               "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n"
                                               "A\tAlpha\tX\tQZABC0000001\t20\t16\nB\tBeta\tX\tQZABC0000002\t1\t0.8\n"}})
        QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QString::fromLatin1(name), rows)).ok());
    ExchangeRates rates(*db);
    QVERIFY(rates.put({QStringLiteral("GBP"), QDate(2020, 1, 31), QStringLiteral("0.8"), QStringLiteral("test")}));
    QVERIFY(rates.put({QStringLiteral("GBP"), QDate(2020, 2, 29), QStringLiteral("0.8"), QStringLiteral("test")}));
    // Alpha: 100% from Feb 10 (so January and February both dip below); Beta: fully licensed, then 150% from Feb 20;
    // Gamma: no claims at all.
    const QString csv = test::writeFile(dir, QStringLiteral("claims.csv"),
                                        "isrc,territory,rights_holder,share,valid_from,known_from\n"
                                        "QZABC0000001,GB,L1,100,2020-02-10,2019-01-01\n"
                                        "QZABC0000002,WW,L2,100,2019-01-01,2019-01-01\n"
                                        "QZABC0000002,GB,L3,50,2020-02-20,2019-01-01\n");
    QVERIFY(ClaimStore(*db).importFile(ClaimsCsv::read(csv, QDate(2019, 1, 1)).value()));
    ReportWindow window;
    window.knownOn = QDate(2021, 1, 1);
    const auto exposure = LicensingReports::exposure(*db, window);
    QVERIFY2(exposure, qPrintable(exposure.error()));
    QStringList rows;
    for (const ExposureRow &r : exposure.value())
        rows << QStringLiteral("%1 %2 %3% %4 %5").arg(r.isrc.isEmpty() ? QStringLiteral("-") : r.isrc, r.territory,
                                                     QString::fromStdString(r.licensedShare.toString()))
                    .arg(r.usage.usages).arg(QString::fromStdString(r.usage.revenue.toString(2)));
    // Alpha: 10 + 20 usages, (8 + 16) / 0.8 = 30 EUR; Gamma: 7, 2 EUR; no ISRC: 3, 1 EUR. Beta is never below 100%.
    QCOMPARE(rows, QStringList({"QZABC0000001 GB 0% 30 30.00", "QZABC0000003 GB 0% 7 2.00", "- GB 0% 3 1.00"}));
    const auto overclaims = LicensingReports::overclaims(*db, window);
    QVERIFY2(overclaims, qPrintable(overclaims.error()));
    QCOMPARE(overclaims->size(), 1);
    const OverclaimRow &o = overclaims->first();
    QCOMPARE(o.isrc, QStringLiteral("QZABC0000002"));
    QCOMPARE(o.from, QDate(2020, 2, 20));
    QVERIFY(!o.to);
    QCOMPARE(QString::fromStdString(o.totalShare.toString()), QStringLiteral("150"));
    QCOMPARE(o.claimants, QStringList({"L2", "L3"}));
    QCOMPARE(o.usage.usages, 1); // only February overlaps the stretch
    QCOMPARE(o.usage.revenue.toString(2), std::string("1.00"));
}

void TestLicensing::timelineDataAndTrackSearch()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"),
                                                        "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n"
                                                        "A\tSummer Rain\tThe Band\tQZABC0000001\t10\t8\n"
                                                        "A2\tSummer Rain (edit)\tThe Band\tQZABC0000001\t5\t1\n"
                                                        "B\tWinter\tSolo\tQZABC0000002\t1\t1\n")).ok());
    const QString csv = test::writeFile(dir, QStringLiteral("claims.csv"),
                                        "isrc,territory,rights_holder,share,valid_from,valid_to,known_from\n"
                                        "QZABC0000001,GB,L1,60,2019-06-01,2020-01-15,2019-01-01\n"
                                        "QZABC0000001,WW,L2,40,2019-01-01,,2019-01-01\n"
                                        "QZABC0000009,DE,L3,100,2019-01-01,,2019-01-01\n");
    QVERIFY(ClaimStore(*db).importFile(ClaimsCsv::read(csv, QDate(2019, 1, 1)).value()));
    TrackIndex index(*db);
    QCOMPARE(index.refresh().value(), 3); // two ISRCs from resources, one from claims only
    QCOMPARE(index.refresh().value(), 0); // up to date
    const auto found = index.search(QStringLiteral("summ ban"));
    QVERIFY2(found, qPrintable(found.error()));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().isrc, QStringLiteral("QZABC0000001"));
    QCOMPARE(index.search(QStringLiteral("QZABC00000")).value().size(), 3); // ISRC prefix
    QCOMPARE(index.search(QStringLiteral("\"*)")).value().size(), 0);       // FTS syntax is not the user's
    QCOMPARE(index.resourcesOf(found->first().id).value().size(), 2);

    const auto timeline = TimelineBuilder::build(*db, QStringLiteral("QZABC0000001"), QDate(2021, 1, 1));
    QVERIFY2(timeline, qPrintable(timeline.error()));
    QCOMPARE(timeline->lanes.size(), 2); // GB and WW
    QStringList bands;
    for (const TimelineBand &b : timeline->bands)
        bands << QStringLiteral("%1 %2 %3").arg(b.lane.territory, b.from.toString(Qt::ISODate), QString::fromStdString(b.share.toString()));
    QCOMPARE(bands, QStringList({"GB 2019-01-01 40", "GB 2019-06-01 100", "GB 2020-01-16 40", "WW 2019-01-01 40"}));
    QCOMPARE(timeline->bands[1].state(), TimelineBand::State::Full);
    QCOMPARE(timeline->bands[1].claims.size(), 2);
    QCOMPARE(timeline->usage.size(), 1);
    QCOMPARE(timeline->usage[0].usages, 15); // both resources of the ISRC
    QCOMPARE(timeline->usage[0].revenue.toString(), std::string("9"));
}

QTEST_GUILESS_MAIN(TestLicensing)
#include "tst_licensing.moc"
