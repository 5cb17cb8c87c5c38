// Licensing benchmark: a 10M-row DSR (GB) and 1M claims over 200k of its
// tracks (territory and WW claims, overlapping, some withdrawn), then the
// licensing queries timed: `licensed` and a track's timeline data (median and
// worst of 1,000 random tracks), and the whole overclaim and exposure reports.
#include "peakrss.h"
#include "syntheticdsr.h"

#include "import/dsrimporter.h"
#include "licensing/claimscsv.h"
#include "licensing/claimstore.h"
#include "licensing/licensingreports.h"
#include "licensing/timelinedata.h"
#include "licensing/timelinewidget.h"
#include "index/trackindex.h"
#include "db/database.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>


#include <algorithm>
#include <functional>

namespace {

void timeEach(QTextStream &out, const QString &name, double targetMs, const std::vector<QString> &isrcs,
              const std::function<void(const QString &)> &query)
{
    std::vector<double> ms;
    for (const QString &isrc : isrcs) {
        QElapsedTimer t;
        t.start();
        query(isrc);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    out << QStringLiteral("%1 median %2 ms, p99 %3 ms, worst %4 ms (target < %5 ms) %6")
               .arg(name.leftJustified(28)).arg(median, 0, 'f', 3).arg(ms[ms.size() * 99 / 100], 0, 'f', 3)
               .arg(ms.back(), 0, 'f', 3).arg(targetMs).arg(median < targetMs ? QStringLiteral("PASS") : QStringLiteral("FAIL"))
        << Qt::endl;
}

} // namespace

// Claims on the DSR's own tracks, so that reports find usage behind them; their ISRCs,
// empty on an error.
std::vector<QString> importClaims(QTextStream &out, rd::Database &database, const QString &dir, int trackCount, int claimCount,
                                  QRandomGenerator &rng)
{
    QElapsedTimer t;
    t.start();
    const auto known = rd::TrackIndex(database).isrcs(trackCount);
    if (!known || known->isEmpty())
        return {};
    const std::vector<QString> isrcs(known->cbegin(), known->cend());
    const char *territories[] = {"GB", "DE", "FR", "ES", "IT", "US", "JP", "BR", "SE", "NO", "WW"};
    const QString csv = dir + QLatin1String("/claims.csv");
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QTextStream w(&file);
        w << "isrc,territory,rights_holder,share,valid_from,valid_to,known_from,known_to,right_type,source\n";
        const QDate origin(2015, 1, 1);
        for (int i = 0; i < claimCount; ++i) {
            const QString &isrc = isrcs[std::size_t(rng.bounded(int(isrcs.size())))];
            const QDate from = origin.addDays(rng.bounded(2500));
            const QString to = rng.bounded(3) == 0 ? QString() : from.addDays(30 + rng.bounded(1500)).toString(Qt::ISODate);
            const QDate known = from.addDays(-rng.bounded(60));
            const QString knownTo = rng.bounded(10) == 0 ? known.addDays(100 + rng.bounded(900)).toString(Qt::ISODate) : QString();
            w << isrc << ',' << territories[rng.bounded(11)] << ",Holder " << rng.bounded(5000) << ','
              << (10 * (1 + rng.bounded(10))) << ',' << from.toString(Qt::ISODate) << ',' << to << ',' << known.toString(Qt::ISODate)
              << ',' << knownTo << ",recording,bench\n";
        }
    }
    t.restart();
    const auto file = rd::ClaimsCsv::read(csv, QDate::currentDate());
    if (!file) {
        out << file.error() << Qt::endl;
        return {};
    }
    const auto stored = rd::ClaimStore(database).importFile(file.value());
    if (!stored)
        return {};
    out << "claims: " << stored->claims << " over " << isrcs.size() << " tracks, read and stored in " << t.elapsed() / 1000.0 << " s"
        << Qt::endl;

    return isrcs;
}

// A track's claims looked up, its timeline built and drawn, and the search as you type.
void measureLookups(QTextStream &out, rd::Database &database, const std::vector<QString> &isrcs, QRandomGenerator &rng)
{
    QElapsedTimer t;
    std::vector<QString> sample;
    for (int i = 0; i < 1000; ++i)
        sample.push_back(isrcs[std::size_t(rng.bounded(int(isrcs.size())))]);
    rd::ClaimStore store(database);
    for (const QString &isrc : sample) // warm the page cache, as a second look at a track would be
        store.forTrack(isrc, QStringLiteral("GB"), QStringLiteral("recording"));
    const QDate today = QDate::currentDate();
    timeEach(out, QStringLiteral("licensed (warm)"), 5, sample, [&](const QString &isrc) {
        const auto claims = store.forTrack(isrc, QStringLiteral("GB"), QStringLiteral("recording"));
        rd::licensing::licensedShare(claims.value(), QStringLiteral("GB"), QStringLiteral("recording"), QDate(2019, 6, 1), today);
    });
    timeEach(out, QStringLiteral("timeline data, all lanes"), 20, sample, [&](const QString &isrc) {
        const auto claims = store.forTrack(isrc);
        for (const rd::Lane &lane : rd::licensing::lanes(claims.value()))
            rd::licensing::events(claims.value(), lane, today);
    });
    // Search as you type: the track index first (built once, then kept up to date), then
    // prefixes of the sample tracks' titles and ISRCs as a user types them.
    t.restart();
    const auto indexed = rd::TrackIndex(database).refresh();
    out << "track index: " << (indexed ? indexed.value() : -1) << " tracks indexed in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    rd::TrackIndex index(database);
    std::vector<QString> typed;
    for (std::size_t i = 0; i < 200; ++i) {
        const auto track = index.find(sample[i]);
        if (!track || !track.value())
            continue;
        const QString word = track.value()->title.section(QLatin1Char(' '), 0, 0);
        for (int n = 1; n <= std::min<int>(int(word.size()), 5); ++n)
            typed.push_back(word.left(n));
        typed.push_back(sample[i].left(5));
    }
    timeEach(out, QStringLiteral("search as you type"), 50, typed, [&](const QString &text) { index.search(text); });
    // The drawing of a track's timeline (data built first, as the view does off the GUI thread).
    std::vector<rd::TimelineData> timelines;
    for (std::size_t i = 0; i < 100; ++i)
        timelines.push_back(rd::TimelineBuilder::build(database, sample[i], today).value());
    rd::ui::TimelineWidget widget;
    widget.resize(1200, 400);
    QImage canvas(widget.size(), QImage::Format_ARGB32_Premultiplied);
    std::size_t next = 0;
    timeEach(out, QStringLiteral("timeline data with usage"), 20, std::vector<QString>(sample.begin(), sample.begin() + 100),
             [&](const QString &isrc) { rd::TimelineBuilder::build(database, isrc, today); });
    timeEach(out, QStringLiteral("timeline drawn"), 100, std::vector<QString>(sample.begin(), sample.begin() + 100), [&](const QString &) {
        widget.setTimeline(timelines[next++ % timelines.size()]);
        widget.render(&canvas);
    });

}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv); // the timeline is drawn offscreen
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Royalty Desk licensing benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Usage rows."), QStringLiteral("N"), QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("tracks"), QStringLiteral("Tracks with claims."), QStringLiteral("N"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("claims"), QStringLiteral("Claims."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Working folder."), QStringLiteral("DIR"),
                      QDir::currentPath() + QLatin1String("/bench-licensing")});
    parser.process(app);
    const QString dir = parser.value(QStringLiteral("dir"));
    QDir().mkpath(dir);
    const int trackCount = parser.value(QStringLiteral("tracks")).toInt();
    const int claimCount = parser.value(QStringLiteral("claims")).toInt();

    const QString dsr = dir + QLatin1String("/Bench_Premium_GB_GBP_20200101-20200131.tsv.gz");
    rd::bench::SyntheticSpec spec;
    spec.rows = parser.value(QStringLiteral("rows")).toULongLong();
    spec.resources = std::max<std::uint64_t>(std::uint64_t(trackCount) * 2, spec.rows / 20);
    spec.gzipLevel = 1;
    if (!QFileInfo::exists(dsr) && !rd::bench::writeSyntheticDsr(spec, dsr, QString()))
        return 1;
    const QString dbPath = dir + QLatin1String("/licensing.sqlite");
    QFile::remove(dbPath);
    QFile::remove(dbPath + QLatin1String("-wal"));
    QFile::remove(dbPath + QLatin1String("-shm"));
    auto db = rd::Database::open(dbPath);
    QElapsedTimer t;
    t.start();
    const auto imported = rd::DsrImporter(*db.value()).importFile(dsr);
    if (!imported.ok())
        return 1;
    out << "usage rows: " << imported.totals.rows << " imported in " << t.elapsed() / 1000.0 << " s" << Qt::endl;

    QRandomGenerator rng(7);
    const std::vector<QString> isrcs = importClaims(out, *db.value(), dir, trackCount, claimCount, rng);
    if (isrcs.empty())
        return 1;
    measureLookups(out, *db.value(), isrcs, rng);
    rd::ReportWindow window;
    window.knownOn = QDate::currentDate();
    t.restart();
    const auto overclaims = rd::LicensingReports::overclaims(*db.value(), window);
    out << QStringLiteral("overclaim report: %1 stretches in %2 s (target < 10 s) %3")
               .arg(overclaims ? overclaims->size() : -1).arg(t.elapsed() / 1000.0)
               .arg(t.elapsed() < 10000 ? QStringLiteral("PASS") : QStringLiteral("FAIL")) << Qt::endl;
    t.restart();
    const auto exposure = rd::LicensingReports::exposure(*db.value(), window);
    out << QStringLiteral("exposure report: %1 track-territories in %2 s").arg(exposure ? exposure->size() : -1).arg(t.elapsed() / 1000.0)
        << Qt::endl;
    out << "peak RSS: " << peakRssMb() << " MB" << Qt::endl;
    return 0;
}
