// The analytics: per-resource aggregates kept at import, exact currency
// conversion, top resources from the top lists and the top-percentile report,
// each checked against a brute-force computation from the generated rows.
#include "db/sqlquery.h"
#include "testsupport.h"

#include "analytics/analyticsengine.h"
#include "index/chunkstore.h"
#include "analytics/percentile.h"
#include "index/resourcechunk.h"
#include "index/searchcache.h"
#include "analytics/textmatcher.h"
#include "currency/exchangerates.h"
#include "currency/ratescsv.h"
#include "import/dsrimporter.h"
#include "index/resourcegroups.h"
#include "index/resourcetotals.h"
#include "db/database.h"
#include "storage/dsrrepository.h"
#include "storage/migrations.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

#include <map>

using namespace rd;
using Fraction = ExactAmount::Fraction;
using Integer = ExactAmount::Integer;

namespace {

Decimal dec(const char *text)
{
    Decimal d;
    Decimal::parse(text, d);
    return d;
}

Fraction fractionOf(const QString &decimalText)
{
    if (decimalText.isEmpty())
        return 0;
    return ExactAmount::fromSum(*DecimalSum::fromString(decimalText.toStdString())).value();
}

// One generated usage row, remembered for the brute force.
struct GeneratedRow
{
    QString dspId, title, isrc;
    qint64 usages = 0;
    QString revenue; // empty = missing
};

struct GeneratedDsr
{
    QString territory, currency;
    QDate start, end;
    QList<GeneratedRow> rows;
};

// Random DSRs over a shared catalogue: some resources share dsp_id and ISRC
// under another title, some revenues are missing, and many are equal so that
// ties happen.
QList<GeneratedDsr> generate(quint32 seed, int dsrCount, int catalogue, int rowsPerDsr)
{
    QRandomGenerator rng(seed);
    static const char *const territories[][2] = {{"NO", "NOK"}, {"ES", "EUR"}, {"GB", "GBP"}, {"CH", "CHF"}};
    QList<GeneratedDsr> dsrs;
    for (int d = 0; d < dsrCount; ++d) {
        GeneratedDsr dsr;
        const auto &t = territories[rng.bounded(4)];
        dsr.territory = QString::fromLatin1(t[0]);
        dsr.currency = QString::fromLatin1(t[1]);
        dsr.start = QDate(2020, 1 + d % 3, 1);
        dsr.end = dsr.start.addMonths(1).addDays(-1);
        for (int r = 0; r < rowsPerDsr; ++r) {
            const int resource = int(rng.bounded(catalogue));
            GeneratedRow row;
            row.dspId = QStringLiteral("D%1").arg(resource / 2); // two variants per dsp_id
            row.isrc = QStringLiteral("QZABC%1").arg(resource / 2, 7, 10, QLatin1Char('0'));
            row.title = QStringLiteral("Title %1").arg(resource);
            row.usages = rng.bounded(1000);
            const int kind = int(rng.bounded(10));
            if (kind == 0)
                row.revenue = QString(); // missing
            else if (kind < 4)
                row.revenue = QStringLiteral("%1.5").arg(rng.bounded(5)); // few distinct values: ties
            else
                row.revenue = QStringLiteral("%1.%2").arg(rng.bounded(100000)).arg(rng.bounded(1000000), 6, 10, QLatin1Char('0'));
            dsr.rows << row;
        }
        dsrs << dsr;
    }
    return dsrs;
}

QString writeDsr(const QTemporaryDir &dir, const GeneratedDsr &dsr, int index)
{
    QByteArray text = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\r\n";
    for (const GeneratedRow &row : dsr.rows)
        text += (row.dspId + u'\t' + row.title + u"\tArtist\t" + row.isrc + u'\t' + QString::number(row.usages) + u'\t'
                 + row.revenue + u"\r\n").toUtf8();
    const QString name = QStringLiteral("Gen_Offer%1_%2_%3_%4-%5.tsv")
                             .arg(index)
                             .arg(dsr.territory, dsr.currency, dsr.start.toString(u"yyyyMMdd"), dsr.end.toString(u"yyyyMMdd"));
    return test::writeFile(dir, name, text);
}

const std::map<QString, const char *> kRates{{"NOK", "10.1753"}, {"GBP", "0.84183"}, {"CHF", "3"}};

void storeRates(Database &db, const QDate &date)
{
    ExchangeRates rates(db);
    for (const auto &[currency, rate] : kRates)
        QVERIFY(rates.put({currency, date, QString::fromLatin1(rate), QStringLiteral("test")}));
}

Fraction inEur(const GeneratedDsr &dsr, const Fraction &amount)
{
    if (dsr.currency == QLatin1String("EUR"))
        return amount;
    return amount / fractionOf(QString::fromLatin1(kRates.at(dsr.currency)));
}

void importAll(Database &db, const QTemporaryDir &dir, const QList<GeneratedDsr> &dsrs)
{
    for (int i = 0; i < dsrs.size(); ++i) {
        const auto result = DsrImporter(db).importFile(writeDsr(dir, dsrs[i], i));
        QVERIFY2(result.outcome == ImportResult::Outcome::Imported, qPrintable(result.error));
    }
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void chunkRoundTrip();
    void aggregatesMatchRows();
    void reportLineKeysFollowTheResources();
    void rateInForce();
    void exactConversionAndRounding();
    void ratesCsvErrors();
    void missingRateIsReported();
    void topResourcesMatchBruteForce_data();
    void topResourcesMatchBruteForce();
    void topResourcesDecideNearTiesExactly();
    void textMatcherIgnoresAsciiCaseOnly();
    void searchMatchesBruteForce_data();
    void searchMatchesBruteForce();
    void searchSumsBeyond128Bits();
    void searchIndexCoversLaterImports();
    void oneResourceSumsBeyond128Bits();
    void wrappedSumsAreRepairedOnUpgrade();
    void prefixLengthMatchesBruteForce();
    void percentileMatchesBruteForce_data();
    void percentileMatchesBruteForce();
    void percentileEdgeCases();
    void percentileOnSamples();
    void drillDownFollowsTheClick();
};

void TestAnalytics::chunkRoundTrip()
{
    std::vector<ResourceSums> in(3);
    in[0] = {1, 5, {}};
    in[0].revenue.add(dec("12.5"));
    in[1] = {7, -2, {}};
    in[1].revenue.add(dec("-0.00000000000000000001"));
    in[2] = {9, 0, {}};
    const QByteArray narrow = resourcechunk::encode(in.data(), in.size());
    // A sum beyond a Decimal forces the wide layout.
    in[2].revenue.add(dec("1000000000000000000"));
    in[2].revenue.add(dec("1000000000000000000"));
    const QByteArray wide = resourcechunk::encode(in.data(), in.size());
    QVERIFY(wide.size() > narrow.size());
    for (const QByteArray &blob : {narrow, wide}) {
        std::vector<ResourceSums> out;
        QVERIFY(resourcechunk::decode(blob, out));
        QCOMPARE(out.size(), in.size());
        QCOMPARE(out[1].revenue.toString(), std::string("-0.00000000000000000001"));
        QCOMPARE(out[1].usages, -2);
    }
    std::vector<ResourceSums> out;
    QVERIFY(resourcechunk::decode(wide, out));
    QCOMPARE(out[2].revenue.toString(), std::string("2000000000000000000"));
    QVERIFY(!resourcechunk::decode(wide.left(wide.size() - 1), out)); // truncated
}

void TestAnalytics::reportLineKeysFollowTheResources()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    // Three imports whose new resources end mid-chunk, so later imports continue a partial chunk.
    importAll(*db, dir, generate(21, 3, 5000, 1500));
    const qint64 count = test::scalar(*db, QStringLiteral("SELECT count(*) FROM resources")).toLongLong();
    QVERIFY(count > resourcegroups::kPerChunk * 2 && count % resourcegroups::kPerChunk != 0);
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT max(id) FROM resources")).toLongLong(), count);

    std::vector<ResourceKey> keys;
    QVERIFY(resourcegroups::read(db->handle(), 1, count, keys));
    SqlQuery q(*db);
    QVERIFY(q.exec(QStringLiteral("SELECT id, dsp_id, isrc FROM resources ORDER BY id")));
    std::map<std::pair<QString, QString>, ResourceKey> byLine;
    while (q.next()) {
        const std::string dspId = q.value(1).toString().toStdString(), isrc = q.value(2).toString().toStdString();
        const ResourceKey &key = keys[std::size_t(q.value(0).toLongLong() - 1)];
        QVERIFY(key == resourcegroups::keyOf(q.value(0).toLongLong(), dspId, isrc));
        // The same line, the same key: variants of one dsp_id and ISRC share it.
        const auto [it, inserted] = byLine.try_emplace({q.value(1).toString(), q.value(2).toString()}, key);
        QVERIFY(inserted || it->second == key);
    }
    QVERIFY(byLine.size() < std::size_t(count)); // the generator makes two variants per dsp_id

    // The schema upgrade rebuilds exactly what the imports wrote.
    const QByteArray written = test::scalar(*db, QStringLiteral("SELECT group_concat(hex(data), '') FROM "
                                                                "(SELECT data FROM resource_group_chunks ORDER BY chunk)")).toByteArray();
    QVERIFY(q.exec(QStringLiteral("DELETE FROM resource_group_chunks")));
    QString error;
    QVERIFY2(resourcegroups::rebuildAll(db->handle(), error), qPrintable(error));
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT group_concat(hex(data), '') FROM "
                                              "(SELECT data FROM resource_group_chunks ORDER BY chunk)")).toByteArray(), written);
    QVERIFY(!resourcegroups::read(db->handle(), 1, count + 1, keys)); // past the last resource: an error, not zeros
}

void TestAnalytics::aggregatesMatchRows()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const auto dsrs = generate(7, 3, 400, 1500);
    importAll(*db, dir, dsrs);
    // Every (DSR, resource) sum equals the sum of its rows, by SQL over the rows.
    SqlQuery q(*db);
    QVERIFY(q.exec("SELECT id >> 32, resource_id, coalesce(sum(usages), 0), dec_sum(revenue) FROM usage_rows "
                   "GROUP BY 1, 2 ORDER BY 1, 2"));
    ChunkStore chunks(*db);
    int checked = 0;
    while (q.next()) {
        const auto sums = chunks.find(q.value(0).toLongLong(), q.value(1).toLongLong());
        QVERIFY(sums);
        QCOMPARE(sums->usages, q.value(2).toLongLong());
        QCOMPARE(QString::fromStdString(sums->revenue.toString()), q.value(3).toString());
        ++checked;
    }
    QVERIFY(checked > 600);
    QCOMPARE(test::scalar(*db, "SELECT count(*) FROM dsr_top_resources WHERE dsr_id = 1").toInt(),
             test::scalar(*db, "SELECT count(DISTINCT resource_id) FROM usage_rows WHERE id >> 32 = 1").toInt());

    // Rebuilding from the rows (the schema upgrade path) gives the same chunks.
    const QByteArray before = test::scalar(*db, "SELECT group_concat(hex(data), '') FROM dsr_resource_chunks").toByteArray();
    QVERIFY(SqlQuery(*db).exec("DELETE FROM dsr_resource_chunks"));
    QVERIFY(SqlQuery(*db).exec("DELETE FROM dsr_top_resources"));
    QString error;
    QVERIFY2(ResourceTotals::rebuildAll(db->handle(), error), qPrintable(error));
    QCOMPARE(test::scalar(*db, "SELECT group_concat(hex(data), '') FROM dsr_resource_chunks").toByteArray(), before);
}

void TestAnalytics::rateInForce()
{
    RateTable table(QStringLiteral("EUR"));
    table.add({QStringLiteral("NOK"), QDate(2020, 1, 31), dec("10.0")});
    table.add({QStringLiteral("NOK"), QDate(2020, 2, 28), dec("11")});
    QCOMPARE(table.inForce("NOK", QDate(2020, 1, 31))->date, QDate(2020, 1, 31)); // the same day
    QCOMPARE(table.inForce("NOK", QDate(2020, 2, 27))->rate, dec("10.0"));        // the latest before
    QCOMPARE(table.inForce("NOK", QDate(2020, 3, 30))->rate, dec("11"));          // 31 days old
    QVERIFY(!table.inForce("NOK", QDate(2020, 3, 31)));                            // 32 days: stale
    QVERIFY(!table.inForce("NOK", QDate(2020, 1, 30)));                            // before any quote
    QVERIFY(!table.inForce("GBP", QDate(2020, 1, 31)));                            // never quoted
    QCOMPARE(table.inForce("EUR", QDate(2020, 1, 1))->rate, dec("1"));             // the base
}

void TestAnalytics::exactConversionAndRounding()
{
    DecimalSum ten;
    ten.add(dec("10"));
    QCOMPARE(ExactAmount::converted(ten, dec("10.0")).toString(2), std::string("1.00"));
    DecimalSum one;
    one.add(dec("1"));
    const ExactAmount third = ExactAmount::converted(one, dec("3"));
    QVERIFY(!third.isExactAt(20));
    QCOMPARE(third.toString(4), std::string("0.3333"));
    // Three thirds are exactly one: no rounding happens before display.
    QCOMPARE((third + third + third).toString(20), std::string("1.00000000000000000000"));
    // Half to even, only at display.
    QCOMPARE(ExactAmount::fromDecimal(dec("0.125")).toString(2), std::string("0.12"));
    QCOMPARE(ExactAmount::fromDecimal(dec("0.135")).toString(2), std::string("0.14"));
    QCOMPARE(ExactAmount::fromDecimal(dec("-0.125")).toString(2), std::string("-0.12"));
    QCOMPARE(ExactAmount::fromDecimal(dec("2.5")).toString(0), std::string("2"));
}

void TestAnalytics::ratesCsvErrors()
{
    QTemporaryDir dir;
    struct Case
    {
        QByteArray text;
        QString expected;
    };
    const Case cases[] = {
        {"date,currency,rate\n2020-01-31,NOK,10\n2020-02-30,NOK,10\n", "rates.csv:3: date:"},
        {"2020-01-31,ZZZ,10\n", "rates.csv:1: currency:"},
        {"2020-01-31,NOK,-1\n", "rates.csv:1: rate:"},
        {"2020-01-31,NOK,ten\n", "rates.csv:1: rate:"},
        {"2020-01-31,NOK\n", "rates.csv:1: line:"},
        {"2020-01-31,EUR,1.1\n", "rates.csv:1: rate: EUR is the base currency; its rate can only be 1, not 1.1"},
        {"2020-01-31,NOK,10\n2020-01-31,EUR,0.5\n", "rates.csv:2: rate:"},
        {"2020-01-31,NOK,10\r\n2020-01-31,NOK,11\r\n", "rates.csv:2: rate:"},
        {"2020-01-31,NOK,\xff\xfe\n", "rates.csv:1: line:"},
        {"2020-01-31,NOK," + QByteArray(5000, '1') + "\n", "rates.csv:1: line:"},
    };
    for (const Case &c : cases) {
        const auto result = RatesCsv::read(test::writeFile(dir, "rates.csv", c.text), "EUR");
        QVERIFY2(!result, c.text.left(60).constData());
        QVERIFY2(result.error().startsWith(c.expected), qPrintable(result.error()));
    }
    auto db = test::openDatabase(dir);
    ExchangeRates rates(*db);
    // A bad file changes nothing; a good one (BOM, CRLF, header) goes in whole.
    QVERIFY(!rates.importCsv(test::writeFile(dir, "bad.csv", "2020-01-31,NOK,10\n2020-01-31,ZZZ,1\n")));
    QCOMPARE(rates.list()->size(), 0);
    const auto count = rates.importCsv(test::writeFile(dir, "ok.csv", "\xEF\xBB\xBF" "date,currency,rate\r\n2020-01-31,NOK,10.0\r\n2020-01-31,gbp,0.84\r\n"));
    QVERIFY2(count, qPrintable(count.error()));
    QCOMPARE(count->rates.size(), 2);
    QCOMPARE(count->baseCurrencyLines, 0);
    QCOMPARE(rates.list()->at(1).currency, QString("NOK"));
    QCOMPARE(rates.list()->at(1).rate, QString("10"));
    // Rates belong to their base.
    QVERIFY(rates.setBaseCurrency("USD"));
    QCOMPARE(rates.list()->size(), 0);
    QVERIFY(!rates.setBaseCurrency("XYZ"));
    QCOMPARE(*rates.baseCurrency(), QString("USD"));
}

void TestAnalytics::missingRateIsReported()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    for (const QString &file : test::sampleFiles())
        QCOMPARE(DsrImporter(*db).importFile(file).outcome, ImportResult::Outcome::Imported);
    AnalyticsEngine engine(*db);
    const auto totals = engine.totals({}, Dimension::Territory);
    QVERIFY(totals);
    QVERIFY(totals->missingRates.contains("NOK 2020-01-31"));
    for (const TotalRow &row : totals->rows) {
        // Only ES is in EUR; the others must say they were left out, not show a wrong sum.
        QCOMPARE(row.dsrsWithoutRate, row.key == "ES" ? 0 : row.dsrCount);
        if (row.key != "ES")
            QVERIFY(row.revenue.isZero());
    }
    const auto dashboard = engine.dashboard({});
    QVERIFY(dashboard);
    QVERIFY(dashboard->missingRates.contains("NOK 2020-01-31"));
    const auto report = PercentileReporter::run(*db, {10, {}, {}, {}});
    QVERIFY(!report);
    QVERIFY(report.error().contains("NOK 2020-01-31"));
    // In an original currency no rate is needed.
    AnalyticsFilter nok;
    nok.currency = "NOK";
    const auto nokTotals = engine.totals(nok, Dimension::Territory);
    QVERIFY(nokTotals->missingRates.isEmpty());
    const QList<TotalRow> &nokRows = nokTotals->rows;
    QCOMPARE(nokRows.size(), 1);
    QCOMPARE(nokRows.first().dsrsWithoutRate, 0);
    QCOMPARE(QString::fromStdString(nokRows.first().revenue.toString(10)),
             QString::fromStdString(ExactAmount::fromSum(*DecimalSum::fromString(
                 test::scalar(*db, "SELECT revenue_total FROM dsrs WHERE currency = 'NOK'").toString().toStdString())).toString(10)));
}

void TestAnalytics::topResourcesMatchBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("catalogue");
    QTest::addColumn<int>("rows");
    // More than 2000 resources per DSR, so the top lists are truncated and must prove their answer.
    QTest::newRow("truncated lists") << 11u << 6000 << 5000;
    QTest::newRow("complete lists") << 12u << 1500 << 1200;
    QTest::newRow("another seed") << 13u << 5000 << 4000;
}

void TestAnalytics::topResourcesMatchBruteForce()
{
    QFETCH(quint32, seed);
    QFETCH(int, catalogue);
    QFETCH(int, rows);
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const auto dsrs = generate(seed, 4, catalogue, rows);
    importAll(*db, dir, dsrs);
    storeRates(*db, QDate(2020, 3, 31));
    for (int m = 1; m <= 2; ++m)
        storeRates(*db, QDate(2020, m + 1, 1).addDays(-1));

    // Brute force: per resource (title identifies it), the exact EUR sum.
    std::map<QString, Fraction> expected;
    for (const GeneratedDsr &dsr : dsrs)
        for (const GeneratedRow &row : dsr.rows)
            expected[row.title] += inEur(dsr, fractionOf(row.revenue));
    std::vector<std::pair<Fraction, QString>> ranked;
    for (const auto &[title, revenue] : expected)
        ranked.push_back({revenue, title});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });

    AnalyticsEngine engine(*db);
    const auto dashboard = engine.dashboard({}, 25);
    QVERIFY2(dashboard, qPrintable(dashboard.error()));
    QVERIFY(dashboard->missingRates.isEmpty());
    QCOMPARE(dashboard->topResources.size(), 25);
    QVERIFY(dashboard->topFromLists); // settled by the lists, not by adding everything up
    for (int i = 0; i < 25; ++i) {
        QCOMPARE(dashboard->topResources[i].revenue.value(), ranked[std::size_t(i)].first);
        QCOMPARE(dashboard->topResources[i].title, ranked[std::size_t(i)].second);
    }
    // The total reconciles exactly to the rows.
    Fraction total = 0;
    for (const auto &[title, revenue] : expected)
        total += revenue;
    QCOMPARE(dashboard->revenue.value(), total);
    // The lists were read as blobs, one per DSR; schema 14's backfill writes the same bytes from the rows.
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM dsr_top_blobs")).toInt(),
             test::scalar(*db, QStringLiteral("SELECT count(*) FROM dsrs")).toInt());
    auto blobs = [&] {
        SqlQuery q(*db);
        q.exec(QStringLiteral("SELECT data FROM dsr_top_blobs ORDER BY dsr_id"));
        QList<QByteArray> out;
        while (q.next())
            out << q.value(0).toByteArray();
        return out;
    };
    const QList<QByteArray> written = blobs();
    SqlQuery clear(*db);
    QVERIFY(clear.exec(QStringLiteral("DELETE FROM dsr_top_blobs")));
    QString error;
    QVERIFY2(migrationHook(14)(db->handle(), error), qPrintable(error));
    QCOMPARE(blobs(), written);
}

void TestAnalytics::topResourcesDecideNearTiesExactly()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    // Totals: Q = 10^15 + 10^-20 (over two DSRs), P = 10^15, R = 10^15 - 10^-20,
    // S = T = 7. A double cannot tell Q, P and R apart; the ranking must.
    const QByteArray first = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\r\n"
                             "P\tp\tx\t\t1\t1000000000000000\r\n"
                             "Q\tq\tx\t\t1\t500000000000000.00000000000000000001\r\n"
                             "R\tr\tx\t\t1\t999999999999999.99999999999999999999\r\n"
                             "S\ts\tx\t\t1\t7\r\n"
                             "T\tt\tx\t\t1\t7\r\n";
    const QByteArray second = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\r\n"
                              "Q\tq\tx\t\t1\t500000000000000\r\n";
    for (const auto &[name, text] : {std::pair{"Gen_A_ES_EUR_20200101-20200131.tsv", first},
                                     std::pair{"Gen_B_ES_EUR_20200101-20200131.tsv", second}})
        QCOMPARE(DsrImporter(*db).importFile(test::writeFile(dir, name, text)).outcome, ImportResult::Outcome::Imported);
    AnalyticsEngine engine(*db);
    for (int count = 1; count <= 5; ++count) {
        const auto dashboard = engine.dashboard({}, count);
        QVERIFY2(dashboard, qPrintable(dashboard.error()));
        QStringList order;
        for (const TopResource &r : dashboard->topResources)
            order << r.dspId;
        QCOMPARE(order.join(','), QStringLiteral("Q,P,R,S,T").left(2 * count - 1));
    }
    const auto top = engine.dashboard({}, 1);
    QCOMPARE(top->topResources[0].revenue.toString(20), std::string("1000000000000000.00000000000000000001"));
}

void TestAnalytics::textMatcherIgnoresAsciiCaseOnly()
{
    const TextMatcher summer("SumMer");
    QVERIFY(summer.matches("summer"));
    QVERIFY(summer.matches("Endless SUMMER"));       // at the end
    QVERIFY(summer.matches("summertime blues"));     // at the start
    QVERIFY(summer.matches("a sumsummer"));          // after a false start
    QVERIFY(!summer.matches("summe"));               // shorter than the needle
    QVERIFY(!summer.matches("sum mer"));
    QVERIFY(!summer.matches(""));
    const TextMatcher accented("Été"); // like SQL's LIKE: only ASCII letters fold
    QVERIFY(accented.matches("Un Été indien"));
    QVERIFY(!accented.matches("UN ÉTÉ INDIEN"));
    QVERIFY(TextMatcher("").matches("anything"));
    QVERIFY(TextMatcher("GBAYE2000001").matches("gbaye2000001"));
    QVERIFY(!TextMatcher("GBAYE2000001").matches("GBAYE2000002"));
}

void TestAnalytics::searchMatchesBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("catalogue");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("indexed");
    // Few matches are looked up one by one; more than 4,096 are picked out of a scan of each DSR.
    QTest::newRow("few matches") << 21u << 6000 << QStringLiteral("title 1") << false;
    QTest::newRow("many matches") << 22u << 12000 << QStringLiteral("TITLE") << false;
    QTest::newRow("no match") << 23u << 3000 << QStringLiteral("nothing like it") << false;
    // The same through the search index: the corpus, and the transposed sums (two threads for many matches).
    QTest::newRow("few matches, indexed") << 21u << 6000 << QStringLiteral("title 1") << true;
    QTest::newRow("many matches, indexed") << 22u << 12000 << QStringLiteral("TITLE") << true;
    QTest::newRow("no match, indexed") << 23u << 3000 << QStringLiteral("nothing like it") << true;
}

void TestAnalytics::searchMatchesBruteForce()
{
    QFETCH(quint32, seed);
    QFETCH(int, catalogue);
    QFETCH(QString, search);
    QFETCH(bool, indexed);
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const auto dsrs = generate(seed, 4, catalogue, catalogue);
    importAll(*db, dir, dsrs);
    for (int m = 1; m <= 3; ++m)
        storeRates(*db, QDate(2020, m + 1, 1).addDays(-1));
    SearchCache::clear();
    if (indexed)
        QVERIFY(SearchCache::prepare(*db));
    QCOMPARE(SearchCache::find(*db, search.toStdString()).has_value(), indexed);

    // Brute force over the rows whose title contains the search (no other field can).
    std::map<QString, Fraction> byTitle, byTerritory;
    qint64 usages = 0;
    for (const GeneratedDsr &dsr : dsrs)
        for (const GeneratedRow &row : dsr.rows)
            if (row.title.contains(search, Qt::CaseInsensitive)) {
                byTitle[row.title] += inEur(dsr, fractionOf(row.revenue));
                byTerritory[dsr.territory] += inEur(dsr, fractionOf(row.revenue));
                usages += row.usages;
            }
    std::vector<std::pair<Fraction, QString>> ranked;
    Fraction total = 0;
    for (const auto &[title, revenue] : byTitle) {
        ranked.push_back({revenue, title});
        total += revenue;
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });

    AnalyticsFilter filter;
    filter.search = search;
    const auto dashboard = AnalyticsEngine(*db).dashboard(filter, 25);
    QVERIFY2(dashboard, qPrintable(dashboard.error()));
    QCOMPARE(dashboard->usages, usages);
    QCOMPARE(dashboard->revenue.value(), total);
    for (const TotalRow &row : dashboard->byTerritory)
        QCOMPARE(row.revenue.value(), byTerritory[row.key]);
    QCOMPARE(dashboard->topResources.size(), qsizetype(std::min<std::size_t>(25, ranked.size())));
    for (int i = 0; i < dashboard->topResources.size(); ++i) {
        QCOMPARE(dashboard->topResources[i].revenue.value(), ranked[std::size_t(i)].first);
        QCOMPARE(dashboard->topResources[i].title, ranked[std::size_t(i)].second);
    }
    const auto totals = AnalyticsEngine(*db).totals(filter, Dimension::Territory);
    QVERIFY2(totals, qPrintable(totals.error()));
    QCOMPARE(totals->rows.size(), dashboard->byTerritory.size());
    for (const TotalRow &row : totals->rows)
        QCOMPARE(row.revenue.value(), byTerritory[row.key]);
}

void TestAnalytics::searchSumsBeyond128Bits()
{
    // Two revenues of 10^18 overflow a 128-bit count of 10^-20 units when added:
    // the search's sums must carry on exactly past it.
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const QByteArray text = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\r\n"
                            "A\tAlpha one\tx\t\t1\t1000000000000000000\r\n"
                            "B\tAlpha two\tx\t\t2\t1000000000000000000\r\n"
                            "C\tAlpha three\tx\t\t4\t0.00000000000000000001\r\n"
                            "D\tBeta\tx\t\t8\t5\r\n";
    QCOMPARE(DsrImporter(*db).importFile(test::writeFile(dir, "Gen_A_ES_EUR_20200101-20200131.tsv", text)).outcome,
             ImportResult::Outcome::Imported);
    AnalyticsFilter filter;
    filter.search = QStringLiteral("alpha");
    for (const bool indexed : {false, true}) {
        SearchCache::clear();
        if (indexed)
            QVERIFY(SearchCache::prepare(*db));
        const auto dashboard = AnalyticsEngine(*db).dashboard(filter, 2);
        QVERIFY2(dashboard, qPrintable(dashboard.error()));
        QCOMPARE(dashboard->usages, 7);
        QCOMPARE(dashboard->revenue.toString(20), std::string("2000000000000000000.00000000000000000001"));
        QCOMPARE(dashboard->topResources.size(), 2);
        QCOMPARE(dashboard->topResources[0].dspId, QStringLiteral("A")); // equal revenue: lower id first
        QCOMPARE(dashboard->topResources[1].dspId, QStringLiteral("B"));
    }
    SearchCache::clear();
}

void TestAnalytics::searchIndexCoversLaterImports()
{
    // DSRs imported after the index was read are summed from their chunks,
    // the others from the transposed sums; a deleted DSR drops out. Every
    // answer must equal the one without the index.
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const auto dsrs = generate(31u, 4, 5000, 5000);
    importAll(*db, dir, dsrs.mid(0, 2));
    for (int m = 1; m <= 3; ++m)
        storeRates(*db, QDate(2020, m + 1, 1).addDays(-1));
    SearchCache::clear();
    QVERIFY(SearchCache::prepare(*db));
    for (int i = 2; i < dsrs.size(); ++i) {
        const auto result = DsrImporter(*db).importFile(writeDsr(dir, dsrs[i], i));
        QVERIFY2(result.ok(), qPrintable(result.error));
    }
    auto compareWithAndWithoutIndex = [&](const QString &search) {
        AnalyticsFilter filter;
        filter.search = search;
        SearchCache::clear();
        const auto plain = AnalyticsEngine(*db).dashboard(filter, 20);
        QVERIFY(SearchCache::prepare(*db));
        const auto indexed = AnalyticsEngine(*db).dashboard(filter, 20);
        QVERIFY(plain && indexed);
        QCOMPARE(indexed->dsrCount, plain->dsrCount);
        QCOMPARE(indexed->usages, plain->usages);
        QCOMPARE(indexed->revenue, plain->revenue);
        QCOMPARE(indexed->byTerritory.size(), plain->byTerritory.size());
        for (int i = 0; i < plain->byTerritory.size(); ++i)
            QCOMPARE(indexed->byTerritory[i].revenue, plain->byTerritory[i].revenue);
        QCOMPARE(indexed->topResources.size(), plain->topResources.size());
        for (int i = 0; i < plain->topResources.size(); ++i) {
            QCOMPARE(indexed->topResources[i].resourceId, plain->topResources[i].resourceId);
            QCOMPARE(indexed->topResources[i].revenue, plain->topResources[i].revenue);
        }
    };
    // Prepared before the last two imports: those are read from their chunks.
    {
        AnalyticsFilter filter;
        filter.search = QStringLiteral("title 2");
        const auto mixed = AnalyticsEngine(*db).dashboard(filter, 20);
        SearchCache::clear();
        const auto plain = AnalyticsEngine(*db).dashboard(filter, 20);
        QVERIFY(mixed && plain);
        QCOMPARE(mixed->dsrCount, 4);
        QCOMPARE(mixed->usages, plain->usages);
        QCOMPARE(mixed->revenue, plain->revenue);
    }
    compareWithAndWithoutIndex(QStringLiteral("title 2"));
    SqlQuery q(*db);
    QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM dsrs")) && q.next());
    QVERIFY(DsrRepository(*db).remove(q.value(0).toLongLong()).ok());
    compareWithAndWithoutIndex(QStringLiteral("TITLE"));
    SearchCache::clear();
}

void TestAnalytics::oneResourceSumsBeyond128Bits()
{
    // One resource whose revenue in a DSR passes what a Decimal holds (±1.7·10^18):
    // the import's per-resource sum must carry on exactly, not wrap.
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    QByteArray text = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n";
    for (int i = 0; i < 3; ++i)
        text += "A\tSame\tx\tQZABC0000001\t1\t1500000000000000000.25\n";
    text += "B\tOther\tx\tQZABC0000002\t1\t-7\n";
    const ImportResult imported = DsrImporter(*db).importFile(test::writeFile(dir, "Gen_A_ES_EUR_20200101-20200131.tsv", text));
    QVERIFY(imported.ok());
    std::vector<ResourceSums> sums;
    QVERIFY(ChunkStore(*db).readAll(imported.dsrId, sums));
    QCOMPARE(sums.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(sums[0].revenue.toString()), QStringLiteral("4500000000000000000.75"));
    QCOMPARE(QString::fromStdString(sums[1].revenue.toString()), QStringLiteral("-7"));
}

void TestAnalytics::wrappedSumsAreRepairedOnUpgrade()
{
    // A database from before schema 11 may hold a per-resource sum stored wrapped:
    // opening it rebuilds that DSR's sums from its rows.
    QTemporaryDir dir;
    qint64 dsrId = 0;
    {
        auto db = test::openDatabase(dir);
        QByteArray text = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n";
        for (int i = 0; i < 3; ++i)
            text += "A\tSame\tx\tQZABC0000001\t1\t1500000000000000000.25\n";
        const ImportResult imported = DsrImporter(*db).importFile(test::writeFile(dir, "Gen_A_ES_EUR_20200101-20200131.tsv", text));
        QVERIFY(imported.ok());
        dsrId = imported.dsrId;
        std::vector<ResourceSums> sums;
        QVERIFY(ChunkStore(*db).readAll(dsrId, sums));
        sums[0].revenue = DecimalSum(); // what the old import left: a wrong sum
        sums[0].revenue.add(*DecimalSum::fromString("1097176330790615365.37"));
        SqlQuery q(*db);
        q.prepare(QStringLiteral("UPDATE dsr_resource_chunks SET data = ? WHERE dsr_id = ?"));
        q.addBindValue(resourcechunk::encode(sums.data(), sums.size()));
        q.addBindValue(dsrId);
        QVERIFY(q.exec());
        // What opening it at schema 10 runs: the hook of migration 11.
        QString error;
        const MigrationHook hook = migrationHook(11);
        QVERIFY(hook);
        QVERIFY2(hook(db->handle(), error), qPrintable(error));
    }
    auto reopened = test::openDatabase(dir);
    std::vector<ResourceSums> sums;
    QVERIFY(ChunkStore(*reopened).readAll(dsrId, sums));
    QCOMPARE(QString::fromStdString(sums[0].revenue.toString()), QStringLiteral("4500000000000000000.75"));
}

void TestAnalytics::prefixLengthMatchesBruteForce()
{
    QRandomGenerator rng(2026);
    for (int round = 0; round < 2000; ++round) {
        std::vector<Integer> values(rng.bounded(12));
        for (Integer &v : values)
            v = int(rng.bounded(7)) - 1; // zeros, negatives and ties
        std::sort(values.begin(), values.end(), std::greater<>());
        const int percent = 1 + int(rng.bounded(100));
        Integer total = 0;
        for (const Integer &v : values)
            total += v;
        // The shortest k with cumulative / total >= percent / 100, by rationals.
        std::size_t expected = values.size();
        Fraction cumulative = 0;
        for (std::size_t k = 0; k <= values.size(); ++k) {
            if (total != 0 && cumulative / Fraction(total) >= Fraction(percent, 100)) {
                expected = k;
                break;
            }
            if (total == 0 && k == 0) {
                expected = 0;
                break;
            }
            if (k < values.size())
                cumulative += Fraction(values[k]);
        }
        if (total > 0)
            QCOMPARE(PercentileReporter::prefixLength(values, percent), expected);
    }
}

void TestAnalytics::percentileMatchesBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 100; seed < 112; ++seed)
        QTest::newRow(qPrintable(QString::number(seed))) << seed;
}

void TestAnalytics::percentileMatchesBruteForce()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const auto dsrs = generate(seed, 5, 120, 200);
    importAll(*db, dir, dsrs);
    for (int m = 1; m <= 3; ++m)
        storeRates(*db, QDate(2020, m + 1, 1).addDays(-1));
    QRandomGenerator rng(seed);
    const int percent = seed % 3 == 0 ? 100 : 1 + int(rng.bounded(100));
    const QString territory = seed % 2 ? dsrs[0].territory : QString();
    const QDate to = seed % 4 == 1 ? QDate(2020, 2, 29) : QDate();

    // Brute force over the generated rows, grouped by (dsp_id, ISRC).
    struct Line
    {
        Fraction revenue = 0;
        qint64 usages = 0;
    };
    std::map<std::pair<QString, QString>, Line> lines;
    for (const GeneratedDsr &dsr : dsrs) {
        if ((!territory.isEmpty() && dsr.territory != territory) || (to.isValid() && dsr.end > to))
            continue;
        for (const GeneratedRow &row : dsr.rows) {
            Line &line = lines[{row.dspId, row.isrc}];
            line.revenue += inEur(dsr, fractionOf(row.revenue));
            line.usages += row.usages;
        }
    }
    std::vector<std::pair<std::pair<QString, QString>, Line>> sorted(lines.begin(), lines.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second.revenue > b.second.revenue; });
    Fraction total = 0;
    for (const auto &l : sorted)
        total += l.second.revenue;
    std::size_t expected = 0;
    Fraction cumulative = 0;
    while (total > 0 && cumulative < total * Fraction(percent, 100))
        cumulative += sorted[expected++].second.revenue;

    const auto report = PercentileReporter::run(*db, {percent, territory, {}, to});
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->total.value(), total);
    QCOMPARE(std::size_t(report->items.size()), expected);
    for (std::size_t i = 0; i < expected; ++i) {
        QCOMPARE(report->items[int(i)].revenue.value(), sorted[i].second.revenue);
        QCOMPARE(report->items[int(i)].usages, sorted[i].second.usages);
        // Ties are broken by dsp_id then ISRC, ascending: the std::map order kept by the stable sort.
        QCOMPARE(report->items[int(i)].dspId, sorted[i].first.first);
        QCOMPARE(report->items[int(i)].isrc, sorted[i].first.second);
        QVERIFY(!report->items[int(i)].dsrs.isEmpty());
    }
}

void TestAnalytics::percentileEdgeCases()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    // A: 10, B: 10 (tie), C: 5 with one missing revenue row, D: revenue missing only, E: 0.
    const QByteArray text = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\r\n"
                            "B\tbee\tx\tQZABC0000002\t1\t10\r\n"
                            "A\tay\tx\tQZABC0000001\t1\t10\r\n"
                            "C\tsee\tx\tQZABC0000003\t1\t5\r\n"
                            "C\tsee\tx\tQZABC0000003\t1\t\r\n"
                            "D\tdee\tx\tQZABC0000004\t7\t\r\n"
                            "E\te\tx\tQZABC0000005\t1\t0\r\n";
    QCOMPARE(DsrImporter(*db).importFile(test::writeFile(dir, "Gen_Edge_ES_EUR_20200101-20200131.tsv", text)).outcome,
             ImportResult::Outcome::Imported);
    auto run = [&](int percent) {
        const auto report = PercentileReporter::run(*db, {percent, {}, {}, {}});
        QStringList ids;
        for (const PercentileItem &item : report->items)
            ids << item.dspId;
        return ids.join(',');
    };
    QCOMPARE(run(1), QString("A"));       // the tie with B is broken by dsp_id: A first, B left out
    QCOMPARE(run(40), QString("A"));      // 10 / 25 = 40% exactly: reached
    QCOMPARE(run(41), QString("A,B"));
    QCOMPARE(run(80), QString("A,B"));    // 20 / 25
    QCOMPARE(run(81), QString("A,B,C"));
    QCOMPARE(run(100), QString("A,B,C")); // D (missing revenue) and E (zero) add nothing
    const auto report = PercentileReporter::run(*db, {100, {}, {}, {}});
    QCOMPARE(report->total.toString(2), std::string("25.00"));
    QCOMPARE(report->resourceCount, 5);
    QCOMPARE(report->items[2].usages, 2); // both C rows, the one with missing revenue too
    QVERIFY(!PercentileReporter::run(*db, {0, {}, {}, {}}));
    QVERIFY(!PercentileReporter::run(*db, {101, {}, {}, {}}));
    // A window that holds no DSR: nothing, not an error.
    const auto none = PercentileReporter::run(*db, {50, {}, QDate(2021, 1, 1), {}});
    QVERIFY(none);
    QCOMPARE(none->items.size(), 0);
}

void TestAnalytics::percentileOnSamples()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    for (const QString &file : test::sampleFiles())
        DsrImporter(*db).importFile(file);
    QVERIFY(ExchangeRates(*db).importCsv(QStringLiteral(RD_SOURCE_DIR "/resources/rates/sample-eur-rates.csv")));
    const auto all = PercentileReporter::run(*db, {100, {}, {}, {}});
    QVERIFY2(all, qPrintable(all.error()));
    // Ranked by revenue, never by count, and the prefix is the shortest.
    for (int i = 1; i < all->items.size(); ++i)
        QVERIFY(!(all->items[i - 1].revenue < all->items[i].revenue));
    const auto ten = PercentileReporter::run(*db, {10, {}, {}, {}});
    ExactAmount prefix, withoutLast;
    for (int i = 0; i < ten->items.size(); ++i) {
        prefix += ten->items[i].revenue;
        if (i + 1 < ten->items.size())
            withoutLast += ten->items[i].revenue;
    }
    QVERIFY(!(prefix.value() * 10 < ten->total.value()));
    QVERIFY(withoutLast.value() * 10 < ten->total.value());
    // A territory filter counts only that territory's DSRs.
    const auto gb = PercentileReporter::run(*db, {100, "GB", {}, {}});
    for (const PercentileItem &item : gb->items)
        for (qint64 id : item.dsrs)
            QCOMPARE(test::scalar(*db, QString("SELECT territory FROM dsrs WHERE id = %1").arg(id)).toString(), QString("GB"));
}

void TestAnalytics::drillDownFollowsTheClick()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    for (const QString &file : test::sampleFiles())
        DsrImporter(*db).importFile(file);
    AnalyticsEngine engine(*db);
    DrillTarget gb{Dimension::Territory, "GB", {}, 0};
    qint64 after = 0;
    int total = 0;
    while (true) {
        const auto page = engine.drillRows({}, gb, after, 400);
        QVERIFY(page);
        if (page->isEmpty())
            break;
        for (const DrillRow &row : *page) {
            QCOMPARE(row.territory, QString("GB"));
            QVERIFY(row.rowId > after);
            after = row.rowId;
        }
        total += int(page->size());
    }
    QCOMPARE(total, test::scalar(*db, "SELECT sum(row_count) FROM dsrs WHERE territory = 'GB'").toInt());
    // A resource's rows, with the search filter still applied.
    const qint64 resource = test::scalar(*db, "SELECT resource_id FROM dsr_top_resources WHERE rank = 1 AND dsr_id = 1").toLongLong();
    const auto rows = engine.drillRows({}, DrillTarget{{}, {}, {}, resource}, 0, 100);
    QVERIFY(!rows->isEmpty());
    for (const DrillRow &row : *rows)
        QCOMPARE(row.dspId, test::scalar(*db, QString("SELECT dsp_id FROM resources WHERE id = %1").arg(resource)).toString());
    AnalyticsFilter search;
    search.search = "zzz-no-such-text";
    QCOMPARE(engine.drillRows(search, DrillTarget{{}, {}, {}, resource}, 0, 100)->size(), 0);
}

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
