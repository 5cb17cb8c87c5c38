// Analytics benchmark: 100 synthetic DSRs (10 territories × 10 months, 1M rows
// each by default) imported into one database, then the Analytics queries
// timed on it: the dashboard refresh, the top-percentile report over one
// territory (10M rows) and the first page of a drill-down. Prints the median
// and the slowest of the repeats, the target, and peak RSS.
#include "peakrss.h"
#include "syntheticdsr.h"

#include "analytics/analyticsengine.h"
#include "analytics/percentile.h"
#include "index/searchcache.h"
#include "currency/exchangerates.h"
#include "import/dsrimporter.h"
#include "db/database.h"
#include "storage/dsrrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>


#include <algorithm>
#include <functional>
#include <thread>
#include <vector>

namespace {

struct Market
{
    const char *territory, *currency, *rateText; // units per EUR, ECB style
};
constexpr Market kMarkets[] = {{"GB", "GBP", "0.8451"}, {"DE", "EUR", "1"},      {"FR", "EUR", "1"},
                               {"ES", "EUR", "1"},      {"IT", "EUR", "1"},      {"US", "USD", "1.1062"},
                               {"JP", "JPY", "120.49"}, {"BR", "BRL", "4.5157"}, {"SE", "SEK", "10.5753"},
                               {"NO", "NOK", "10.0"}};
constexpr const char *kServices[][2] = {{"Spotify", "Premium"}, {"Spotify", "Free"}, {"YouTube", "AdFunded"},
                                        {"AppleMusic", "Premium"}, {"Deezer", "Family"}};

struct PlannedDsr
{
    QString path;
    rd::bench::SyntheticSpec spec;
};

QDate monthStart(int month) { return QDate(2020, 1, 1).addMonths(month); }

// DSR k: market k % 10, month k / 10. All share the catalogue's hits (the
// most popular tenth); the tail is each DSR's own window of the catalogue, so
// neighbouring DSRs share some of it.
std::vector<PlannedDsr> plan(const QString &dir, int dsrs, std::uint64_t rows, std::uint64_t resources)
{
    std::vector<PlannedDsr> planned;
    for (int k = 0; k < dsrs; ++k) {
        const Market &market = kMarkets[k % 10];
        const auto &service = kServices[k % 5];
        const QDate start = monthStart(k / 10), end = start.addMonths(1).addDays(-1);
        PlannedDsr p;
        p.path = QStringLiteral("%1/%2_%3_%4_%5_%6-%7.tsv.gz")
                     .arg(dir, QLatin1String(service[0]), QLatin1String(service[1]), QLatin1String(market.territory),
                          QLatin1String(market.currency), start.toString(QStringLiteral("yyyyMMdd")),
                          end.toString(QStringLiteral("yyyyMMdd")));
        p.spec.rows = rows;
        p.spec.resources = resources;
        p.spec.seed = 1000 + std::uint64_t(k);
        p.spec.resourceOffset = std::uint64_t(k) * (resources / 8);
        p.spec.sharedHead = resources / 10;
        p.spec.gzipLevel = 1;
        planned.push_back(p);
    }
    return planned;
}

bool generateMissing(const std::vector<PlannedDsr> &planned, QTextStream &out)
{
    std::vector<const PlannedDsr *> missing;
    for (const PlannedDsr &p : planned)
        if (!QFileInfo::exists(p.path))
            missing.push_back(&p);
    if (missing.empty())
        return true;
    out << "generating " << missing.size() << " DSRs…" << Qt::endl;
    std::atomic_size_t next{0};
    std::atomic_bool ok{true};
    auto worker = [&] {
        for (std::size_t i; (i = next++) < missing.size();) {
            const QString partial = missing[i]->path + QLatin1String(".part");
            if (!rd::bench::writeSyntheticDsr(missing[i]->spec, partial, QString()) || !QFile::rename(partial, missing[i]->path))
                ok = false;
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < std::max(1u, std::thread::hardware_concurrency()); ++t)
        threads.emplace_back(worker);
    for (auto &t : threads)
        t.join();
    return ok;
}

bool seedRates(rd::Database &db, int months)
{
    rd::ExchangeRates rates(db);
    QList<rd::StoredRate> quotes;
    for (int m = 0; m < months; ++m)
        for (const Market &market : kMarkets)
            if (QLatin1String(market.currency) != QLatin1String("EUR"))
                quotes << rd::StoredRate{QLatin1String(market.currency), monthStart(m).addMonths(1).addDays(-1),
                                         QLatin1String(market.rateText), QStringLiteral("benchmark")};
    return rates.setBaseCurrency(QStringLiteral("EUR")).ok() && rates.replaceAll(quotes).ok();
}

// Only the queries whose names contain this text run (all when empty).
QString g_onlyQueries;

// Runs `query` `repeat` times and prints the median and worst against the target.
void measure(QTextStream &out, const QString &name, double targetMs, int repeat, const std::function<QString()> &query)
{
    if (!name.contains(g_onlyQueries, Qt::CaseInsensitive))
        return;
    std::vector<double> ms;
    QString detail;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        detail = query();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2], worst = sorted.back();
    out << QString(name).leftJustified(44) << QStringLiteral("first %1 ms  median %2 ms  worst %3 ms")
                                                  .arg(ms.front(), 0, 'f', 1).arg(median, 0, 'f', 1).arg(worst, 0, 'f', 1);
    if (targetMs > 0)
        out << QStringLiteral("  (target < %1 ms) %2").arg(targetMs).arg(median < targetMs ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    out << "\n    " << detail << Qt::endl;
}

} // namespace

// The benchmark's book: the synthetic DSRs generated and imported once (kept in the
// working folder between runs), and the rates that convert them. Null on an error, said on out.
std::shared_ptr<rd::Database> prepareBook(QTextStream &out, const QString &dir, int dsrs, std::uint64_t rows, std::uint64_t resources,
                                          int repeat)
{
    const auto planned = plan(dir, dsrs, rows, resources);
    if (!generateMissing(planned, out)) {
        out << "cannot write the synthetic DSRs in " << dir << Qt::endl;
        return nullptr;
    }
    auto opened = rd::Database::open(dir + QLatin1String("/analytics.sqlite"));
    if (!opened) {
        out << opened.error() << Qt::endl;
        return nullptr;
    }
    rd::Database &db = *opened.value();
    if (const auto size = rd::DsrRepository(db).size(); !size || size->dsrs < dsrs) {
        out << "importing " << dsrs << " DSRs…" << Qt::endl;
        QElapsedTimer t;
        t.start();
        rd::DsrImporter importer(db);
        for (const PlannedDsr &p : planned) {
            const rd::ImportResult r = importer.importFile(p.path);
            if (r.outcome != rd::ImportResult::Outcome::Imported && r.outcome != rd::ImportResult::Outcome::Duplicate) {
                out << p.path << ": " << r.error << Qt::endl;
                return nullptr;
            }
        }
        out << "  imported in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    if (!seedRates(db, (dsrs + 9) / 10)) {
        out << "cannot store the benchmark rates" << Qt::endl;
        return nullptr;
    }
    {
        const auto stored = rd::DsrRepository(db).size();
        if (!stored) {
            out << "cannot read the database: " << stored.error() << Qt::endl;
            return nullptr;
        }
        out << "database: " << stored->dsrs << " DSRs, " << stored->rows << " usage rows, "
            << stored->resources << " resources, "
            << QString::number(QFileInfo(db.path()).size() / 1e9, 'f', 2) << " GB\n"
            << "median of " << repeat << " runs, each on a new connection as in the Analytics view" << Qt::endl;
    }

    return opened.value();
}

// Every query as the Analytics view runs it: on a new connection and engine each time,
// so only the process-wide caches carry over.
void measureQueries(QTextStream &out, rd::Database &db, int repeat)
{
    const QString path = db.path();
    auto onNewConnection = [path](const std::function<QString(rd::Database &)> &work) {
        return [path, work]() {
            auto connection = rd::Database::open(path);
            return connection ? work(*connection.value()) : connection.error();
        };
    };
    auto dashboard = [&](const rd::AnalyticsFilter &filter) {
        return onNewConnection([filter](rd::Database &connection) {
            const auto d = rd::AnalyticsEngine(connection).dashboard(filter);
            if (!d)
                return d.error();
            return QStringLiteral("%1 DSRs, %2 usages, %3 %4, top %5 from %6")
                .arg(d->dsrCount).arg(d->usages).arg(QString::fromStdString(d->revenue.toString(2)), d->currency)
                .arg(d->topResources.size())
                .arg(d->topFromLists ? QStringLiteral("top lists") : QStringLiteral("full scan"));
        });
    };
    auto drill = [&](const rd::AnalyticsFilter &filter, const rd::DrillTarget &target) {
        return onNewConnection([filter, target](rd::Database &connection) {
            const auto page = rd::AnalyticsEngine(connection).drillRows(filter, target, 0, 200);
            if (!page)
                return page.error();
            return QStringLiteral("%1 rows, first line %2 of DSR %3").arg(page->size())
                .arg(page->isEmpty() ? 0 : page->first().line()).arg(page->isEmpty() ? 0 : page->first().dsrId());
        });
    };

    rd::AnalyticsFilter all, gbSpring, search, isrcSearch;
    gbSpring.territories = {QStringLiteral("GB"), QStringLiteral("DE")};
    gbSpring.periodFrom = QDate(2020, 3, 1);
    gbSpring.periodTo = QDate(2020, 6, 30);
    search.search = QStringLiteral("summer");
    measure(out, QStringLiteral("dashboard, no filter"), 100, repeat, dashboard(all));
    measure(out, QStringLiteral("dashboard, GB+DE, Mar–Jun"), 100, repeat, dashboard(gbSpring));
    if (g_onlyQueries.isEmpty() || QStringLiteral("search").contains(g_onlyQueries)) {
        // What a search costs until the index below is read: a scan of the resources and the chunks.
        QElapsedTimer t;
        t.start();
        const QString answer = dashboard(search)();
        out << QString(QStringLiteral("search \"summer\" before the index is read")).leftJustified(44)
            << QStringLiteral("%1 ms (once, no target: the view reads the index in the background)").arg(t.elapsed()) << Qt::endl
            << "    " << answer << Qt::endl;
    }
    {
        // What the Analytics view reads in the background when it opens.
        QElapsedTimer t;
        t.start();
        const bool prepared = rd::SearchCache::prepare(db);
        const rd::SearchCache::Footprint footprint = rd::SearchCache::footprint();
        out << QString(QStringLiteral("search index, read once")).leftJustified(44)
            << (prepared ? QStringLiteral("%1 ms: corpus %2 MB, transposed sums %3 MB, peak RSS %4 MB")
                               .arg(t.elapsed()).arg(footprint.corpus >> 20).arg(footprint.sums >> 20).arg(peakRssMb())
                         : QStringLiteral("FAILED"))
            << Qt::endl;
    }
    measure(out, QStringLiteral("dashboard, search \"summer\""), 100, repeat, dashboard(search));

    const auto top = rd::AnalyticsEngine(db).dashboard(all);
    QString isrc;
    qint64 topResource = 0;
    if (top && !top->topResources.isEmpty()) {
        topResource = top->topResources.first().resourceId;
        for (const rd::TopResource &r : top->topResources)
            if (!r.isrc.isEmpty()) {
                isrc = r.isrc;
                break;
            }
    }
    isrcSearch.search = isrc;
    measure(out, QStringLiteral("dashboard, search ISRC %1").arg(isrc), 100, repeat, dashboard(isrcSearch));

    rd::PercentileQuery percentile;
    percentile.percent = 50;
    percentile.territory = QStringLiteral("GB");
    measure(out, QStringLiteral("percentile 50%, GB (10 DSRs)"), 1000, repeat, onNewConnection([percentile](rd::Database &connection) {
        const auto r = rd::PercentileReporter::run(connection, percentile);
        if (!r)
            return r.error();
        return QStringLiteral("%1 of %2 resources, total %3 %4")
            .arg(r->items.size()).arg(r->resourceCount).arg(QString::fromStdString(r->total.toString(2)), r->currency);
    }));

    rd::DrillTarget territory{rd::Dimension::Territory, QStringLiteral("GB"), QString(), 0};
    rd::DrillTarget period{rd::Dimension::Period, QStringLiteral("2020-05-01--2020-05-31"), QString(), 0};
    rd::DrillTarget resource{std::nullopt, QString(), QString(), topResource};
    measure(out, QStringLiteral("drill-down page 1, territory GB"), 200, repeat, drill(all, territory));
    measure(out, QStringLiteral("drill-down page 1, period 2020-05"), 200, repeat, drill(all, period));
    measure(out, QStringLiteral("drill-down page 1, top resource"), 200, repeat, drill(all, resource));
    measure(out, QStringLiteral("drill-down page 1, GB + search \"summer\""), 200, repeat, drill(search, territory));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Royalty Desk analytics benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dsrs"), QStringLiteral("DSRs to import (10 territories × months)."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows per DSR."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("resources"), QStringLiteral("Distinct resources per DSR."), QStringLiteral("N"), QStringLiteral("400000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Working folder (keeps the files and the database)."), QStringLiteral("DIR"),
                      QDir::currentPath() + QLatin1String("/bench-analytics")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs of each query."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Time only the queries whose names contain TEXT."), QStringLiteral("TEXT")});
    parser.process(app);
    g_onlyQueries = parser.value(QStringLiteral("only"));

    const int dsrs = std::max(1, parser.value(QStringLiteral("dsrs")).toInt());
    const std::uint64_t rows = parser.value(QStringLiteral("rows")).toULongLong();
    const std::uint64_t resources = std::min<std::uint64_t>(rows, parser.value(QStringLiteral("resources")).toULongLong());
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    const QString dir = QStringLiteral("%1/%2x%3r%4u").arg(parser.value(QStringLiteral("dir"))).arg(dsrs).arg(rows).arg(resources);
    QDir().mkpath(dir);

    const auto book = prepareBook(out, dir, dsrs, rows, resources, repeat);
    if (!book)
        return 1;
    measureQueries(out, *book, repeat);
    out << "peak RSS: " << peakRssMb() << " MB" << Qt::endl;
    return 0;
}
