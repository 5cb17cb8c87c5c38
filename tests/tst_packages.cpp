// Residual packages: the sum invariant over random partitions, claims,
// adjustments and advances; the holders' lines against a brute-force split;
// the lifecycle and its audit log; advances carried to the next package.
#include "testsupport.h"

#include "currency/exchangerates.h"
#include "import/dsrimporter.h"
#include "licensing/claimscsv.h"
#include "licensing/claimstore.h"
#include "packages/packagestore.h"
#include "packages/residualbuilder.h"
#include "packages/retainedsourcecheck.h"
#include "db/database.h"

#include <QRandomGenerator>
#include <QtTest>

#include <boost/multiprecision/cpp_int.hpp>

#include <map>

using namespace rd;
using Wide = boost::multiprecision::cpp_int;

namespace {

Wide mantissa(const QString &text)
{
    Decimal d;
    if (Decimal::parse(text.toStdString(), d) == Decimal::ParseResult::Exact)
        return Wide(DecimalSum::Accumulator(d.mantissa()).str());
    return Wide(DecimalSum::fromString(text.toStdString())->raw().str());
}

const Wide kUnit = [] {
    Wide u = 1;
    for (int i = 0; i < Decimal::kScale; ++i)
        u *= 10;
    return u;
}();

struct GeneratedRow
{
    int track;
    QString revenue;
};

} // namespace

class TestPackages : public QObject
{
    Q_OBJECT

private slots:
    void linesAddUpExactly_data();
    void linesAddUpExactly();
    void lifecycleAndAudit();
    void advancesCarryForward();
    void hugeRevenuesStayExact();
    void amountsInTheBaseCurrency();
};

void TestPackages::linesAddUpExactly_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 15; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestPackages::linesAddUpExactly()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const char *markets[][2] = {{"GB", "GBP"}, {"DE", "EUR"}, {"NO", "NOK"}};
    const int tracks = 12;
    // Rows per DSR, remembered for the brute force: (territory, currency) → track → revenue.
    std::map<std::pair<QString, QString>, std::map<int, Wide>> revenue;
    for (int d = 0; d < 4; ++d) {
        const auto &m = markets[rng.bounded(3)];
        QByteArray text = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n";
        for (int r = 0; r < 30; ++r) {
            const int track = int(rng.bounded(tracks));
            const QString amount = rng.bounded(8) == 0 ? QStringLiteral("-%1.5").arg(rng.bounded(3))
                                                       : QStringLiteral("%1.%2").arg(rng.bounded(1000)).arg(rng.bounded(100000), 5, 10, QLatin1Char('0'));
            text += QStringLiteral("D%1\tT%1\tA\tQZABC%2\t1\t%3\n").arg(track).arg(track, 7, 10, QLatin1Char('0')).arg(amount).toUtf8();
            revenue[{QString::fromLatin1(m[0]), QString::fromLatin1(m[1])}][track] += mantissa(amount);
        }
        const QString name = QStringLiteral("Gen_Offer%1_%2_%3_20200101-20200131.tsv").arg(d).arg(QLatin1String(m[0]), QLatin1String(m[1]));
        QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, name, text)).ok());
    }
    // Claims: random holders and shares, sometimes over 100%, some WW.
    QByteArray csv = "isrc,territory,rights_holder,share,valid_from,valid_to,known_from\n";
    for (int c = 0; c < 20; ++c)
        csv += QStringLiteral("QZABC%1,%2,H%3,%4.%5,2019-01-01,%6,2019-01-01\n")
                   .arg(int(rng.bounded(tracks)), 7, 10, QLatin1Char('0'))
                   .arg(rng.bounded(4) == 0 ? QStringLiteral("WW") : QString::fromLatin1(markets[rng.bounded(3)][0]))
                   .arg(rng.bounded(4)).arg(rng.bounded(70)).arg(rng.bounded(100))
                   .arg(rng.bounded(3) == 0 ? QStringLiteral("2020-01-15") : QString())
                   .toUtf8();
    QVERIFY(ClaimStore(*db).importFile(ClaimsCsv::read(test::writeFile(dir, QStringLiteral("c.csv"), csv), QDate(2019, 1, 1)).value()));

    Partition p;
    p.territories = {QStringLiteral("GB"), QStringLiteral("DE"), QStringLiteral("NO")};
    p.periodStart = QDate(2020, 1, 1);
    p.periodEnd = QDate(2020, 1, 31);
    PackageStore store(*db);
    const qint64 id = store.create(QStringLiteral("random"), p).value();
    // Adjustments, with what each should add (computed here from the rows).
    std::map<QString, Wide> expectedAdjustments;
    auto scopeRevenue = [&](const QString &currency, const QString &territory, int track) {
        Wide sum = 0;
        for (const auto &[market, byTrack] : revenue)
            if (market.second == currency && (territory.isEmpty() || market.first == territory))
                for (const auto &[t, r] : byTrack)
                    if (track < 0 || t == track)
                        sum += r;
        return sum;
    };
    auto roundHalfEven = [](const Wide &n, const Wide &d) {
        Wide q = n / d, r = n % d;
        if (r < 0) {
            r = -r;
        }
        const Wide twice = 2 * r;
        const Wide ad = d < 0 ? Wide(-d) : d;
        if (twice > ad || (twice == ad && q % 2 != 0))
            q += n < 0 ? -1 : 1;
        return q;
    };
    for (int a = 0; a < 3; ++a) {
        Adjustment adj;
        adj.reason = QStringLiteral("reason %1").arg(a);
        const int kind = int(rng.bounded(3));
        if (kind == 0) { // percent over the package
            adj.kind = Adjustment::Kind::Percent;
            Decimal::parse("-12.5", adj.value);
            for (const char *cur : {"GBP", "EUR", "NOK"}) {
                const Wide s = scopeRevenue(QString::fromLatin1(cur), QString(), -1);
                bool present = false;
                for (const auto &[market, byTrack] : revenue)
                    present = present || market.second == QLatin1String(cur);
                if (present)
                    expectedAdjustments[QString::fromLatin1(cur)] += roundHalfEven(s * Wide(-125) * kUnit / 10, Wide(100) * kUnit);
            }
        } else { // an amount on one of the markets present
            const auto market = std::next(revenue.begin(), rng.bounded(int(revenue.size())))->first;
            adj.kind = Adjustment::Kind::Amount;
            Decimal::parse("7.03", adj.value);
            adj.currency = market.second;
            adj.scope = Adjustment::Scope::Territory;
            adj.scopeValue = market.first;
            expectedAdjustments[market.second] += mantissa(QStringLiteral("7.03"));
        }
        QVERIFY(store.addAdjustment(id, adj));
    }
    QVERIFY(store.addAdvance(id, Advance{0, QStringLiteral("H1"), [] { Decimal d; Decimal::parse("50", d); return d; }(), QStringLiteral("GBP")}));
    const auto version = ResidualBuilder::build(*db, id, QDate(2021, 1, 1));
    QVERIFY2(version, qPrintable(version.error()));
    const auto lines = store.lines(id, version.value());
    QVERIFY(lines);
    // Σ lines' revenue + adjustment = Σ partition revenue + Σ adjustments, to the last digit, per currency.
    std::map<QString, Wide> lineTotals, recouped;
    for (const ResidualLine &l : lines.value()) {
        lineTotals[l.currency] += mantissa(l.revenue) + mantissa(l.adjustment);
        recouped[l.currency] += mantissa(l.recouped);
        QCOMPARE(mantissa(l.net), mantissa(l.revenue) + mantissa(l.adjustment) - mantissa(l.recouped));
    }
    std::map<QString, Wide> partition;
    for (const auto &[market, byTrack] : revenue)
        for (const auto &[t, r] : byTrack)
            partition[market.second] += r;
    for (const auto &[currency, total] : partition)
        QCOMPARE(QString::fromStdString(lineTotals[currency].str()), QString::fromStdString(Wide(total + expectedAdjustments[currency]).str()));
    // The advance never recoups more than it is, nor more than H1's lines carry.
    QVERIFY(recouped[QStringLiteral("GBP")] <= 50 * kUnit);
}

void TestPackages::lifecycleAndAudit()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"),
                                                        "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\nA\tSong\tX\tQZABC0000001\t10\t100\n")).ok());
    PackageStore store(*db);
    Partition p{{QStringLiteral("GB")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}};
    QVERIFY(!store.create(QStringLiteral(""), p)); // a name is required
    const qint64 id = store.create(QStringLiteral("January"), p).value();
    QVERIFY(!store.publish(id).ok()); // a draft cannot be published
    Adjustment noReason;
    noReason.kind = Adjustment::Kind::Percent;
    QVERIFY(!store.addAdjustment(id, noReason));
    QCOMPARE(ResidualBuilder::build(*db, id).value(), 1);
    QCOMPARE(ResidualBuilder::build(*db, id).value(), 2); // rebuilding makes a new version
    QCOMPARE(store.lines(id, 1).value().size(), 1);       // the first stays as it was
    QVERIFY(store.publish(id).ok());
    QVERIFY(!store.addAdvance(id, Advance{0, QStringLiteral("X"), Decimal(), QStringLiteral("GBP")})); // published: frozen
    QVERIFY(!ResidualBuilder::build(*db, id));
    QVERIFY(!store.retract(id, QStringLiteral("  ")).ok()); // a reason is required
    QVERIFY(store.retract(id, QStringLiteral("wrong territory")).ok());
    const auto package = store.find(id).value();
    QCOMPARE(package->state, Package::State::Retracted); // never deleted, visible as retracted
    QStringList actions;
    const auto audit = store.audit(id);
    for (const AuditEntry &e : audit.value()) {
        actions << e.action;
        QVERIFY(!e.who.isEmpty());
        QVERIFY(e.at.isValid());
    }
    QCOMPARE(actions, QStringList({"create", "build", "build", "publish", "retract"}));
    QCOMPARE(store.audit(id).value().last().reason, QStringLiteral("wrong territory"));
}

void TestPackages::advancesCarryForward()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    for (const char *month : {"20200101-20200131", "20200201-20200229"}) // 30 earned each month (usages differ: not duplicates)
        QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QStringLiteral("Gen_Offer_GB_GBP_%1.tsv").arg(QLatin1String(month)),
                                                            QStringLiteral("dsp_id\ttitle\tartists\tisrc\tusages\trevenue\nA\tSong\tX\tQZABC0000001\t%1\t30\n")
                                                                .arg(month[5] == '1' ? 10 : 11).toUtf8())).ok());
    QVERIFY(ClaimStore(*db).importFile(ClaimsCsv::read(test::writeFile(dir, QStringLiteral("c.csv"),
                                                                       "isrc,territory,rights_holder,share,valid_from\nQZABC0000001,GB,Label,100,2019-01-01\n"),
                                                       QDate(2019, 1, 1)).value()));
    PackageStore store(*db);
    const qint64 first = store.create(QStringLiteral("Jan"), {{QStringLiteral("GB")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();
    Decimal fifty;
    Decimal::parse("50", fifty);
    QVERIFY(store.addAdvance(first, Advance{0, QStringLiteral("Label"), fifty, QStringLiteral("GBP")}));
    QVERIFY(ResidualBuilder::build(*db, first));
    const auto jan = store.ledger(first, 1).value();
    QCOMPARE(jan.size(), 1);
    QCOMPARE(jan[0].recouped + u'/' + jan[0].closing, QStringLiteral("30/20")); // 30 earned, 20 still owed back
    QCOMPARE(store.lines(first, 1).value().first().net, QStringLiteral("0"));
    QVERIFY(store.publish(first).ok());
    const qint64 second = store.create(QStringLiteral("Feb"), {{QStringLiteral("GB")}, QDate(2020, 2, 1), QDate(2020, 2, 29), {}, {}}).value();
    QVERIFY(ResidualBuilder::build(*db, second));
    const auto feb = store.ledger(second, 1).value();
    QCOMPARE(feb.size(), 1);
    QCOMPARE(feb[0].opening + u'/' + feb[0].recouped + u'/' + feb[0].closing, QStringLiteral("20/20/0"));
    QCOMPARE(store.lines(second, 1).value().first().net, QStringLiteral("10"));
    // Both recompute exactly from their rows, with the balance carried in.
    QVERIFY(RetainedSourceCheck::run(*db, first, 1).value().isEmpty());
    QVERIFY(RetainedSourceCheck::run(*db, second, 1).value().isEmpty());
}

void TestPackages::hugeRevenuesStayExact()
{
    // 20 rows near the largest revenue a row holds: allocating a percentage
    // over them multiplies numbers past 256 bits.
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    QByteArray text = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n";
    Wide total = 0;
    for (int r = 0; r < 20; ++r) {
        const QString amount = QStringLiteral("15%1345678901234567.123456789012345678").arg(r, 2, 10, QLatin1Char('0'));
        text += QStringLiteral("D%1\tT\tA\tQZABC%2\t1\t%3\n").arg(r).arg(r, 7, 10, QLatin1Char('0')).arg(amount).toUtf8();
        total += mantissa(amount);
    }
    QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"), text)).ok());
    PackageStore store(*db);
    const qint64 id = store.create(QStringLiteral("huge"), {{QStringLiteral("GB")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();
    Adjustment fee;
    fee.kind = Adjustment::Kind::Percent;
    Decimal::parse("-2.5", fee.value);
    fee.reason = QStringLiteral("fee");
    QVERIFY(store.addAdjustment(id, fee));
    const auto version = ResidualBuilder::build(*db, id);
    QVERIFY2(version, qPrintable(version ? QString() : version.error()));
    Wide lines = 0, adjustments = 0;
    const QList<ResidualLine> built = store.lines(id, version.value()).value();
    for (const ResidualLine &l : built) {
        lines += mantissa(l.revenue);
        adjustments += mantissa(l.adjustment);
    }
    QCOMPARE(QString::fromStdString(lines.str()), QString::fromStdString(total.str()));
    // −2.5% of the total, rounded half to even at 20 decimals (the total has 18: exact).
    QCOMPARE(QString::fromStdString(adjustments.str()), QString::fromStdString(Wide(-total * 25 / 1000).str()));
}

void TestPackages::amountsInTheBaseCurrency()
{
    // GBP quoted at 0.8 per EUR on the period end: every amount of a line in EUR too.
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"),
                                                        "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\nA\tSong\tX\tQZABC0000001\t10\t100\n"))
                .ok());
    QVERIFY(ExchangeRates(*db).put({QStringLiteral("GBP"), QDate(2020, 1, 31), QStringLiteral("0.8"), QStringLiteral("test")}));
    PackageStore store(*db);
    const qint64 id = store.create(QStringLiteral("base"), {{QStringLiteral("GB")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();
    Adjustment fee;
    fee.kind = Adjustment::Kind::Percent;
    Decimal::parse("-2.5", fee.value);
    fee.reason = QStringLiteral("fee");
    QVERIFY(store.addAdjustment(id, fee));
    QVERIFY(ResidualBuilder::build(*db, id));
    const QList<ResidualLine> built = store.lines(id, 1).value();
    QCOMPARE(built.size(), 1);
    const ResidualLine &l = built.first();
    QCOMPARE(l.revenue + u'|' + l.adjustment + u'|' + l.net, QStringLiteral("100|-2.5|97.5"));
    QCOMPARE(l.baseRevenue + u'|' + l.baseAdjustment + u'|' + l.baseRecouped + u'|' + l.baseNet,
             QStringLiteral("125.0000000000|-3.1250000000|0.0000000000|121.8750000000"));
}

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_packages.moc"
