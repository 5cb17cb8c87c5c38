#include "licensingreports.h"

#include "index/chunkstore.h"
#include "analytics/dsrselection.h"
#include "util/progresssink.h"
#include "licensing/claimstore.h"
#include "db/database.h"
#include "index/resourcescan.h"

#include <map>
#include <set>
#include <unordered_map>

namespace rd {
namespace {

bool canceled(ProgressSink *progress) { return progress && progress->canceled(); }

// Revenue per DSR, converted at the end: each DSR's sum is exact in its currency.
struct UsageAccumulator
{
    qint64 usages = 0;
    std::map<const SelectedDsr *, DecimalSum> revenue;

    void add(const SelectedDsr *dsr, qint64 u, const DecimalSum &r)
    {
        usages += u;
        revenue[dsr].add(r);
    }
    UsageTotals totals() const
    {
        UsageTotals t;
        t.usages = usages;
        t.dsrs = int(revenue.size());
        for (const auto &[dsr, sum] : revenue) {
            if (const auto amount = dsr->amount(sum))
                t.revenue += *amount;
            else
                t.withoutRate << QStringLiteral("%1 %2").arg(dsr->currency, dsr->periodEnd.toString(Qt::ISODate));
        }
        t.withoutRate.removeDuplicates();
        return t;
    }
};

Expected<DsrSelection> selectDsrs(Database &database, const ReportWindow &window)
{
    AnalyticsFilter filter;
    if (!window.territory.isEmpty() && window.territory != QLatin1String("WW"))
        filter.territories = {window.territory};
    return DsrSelector::select(database, filter);
}

bool overlaps(const SelectedDsr &dsr, const QDate &from, const std::optional<QDate> &to)
{
    return dsr.periodEnd >= from && (!to || dsr.periodStart <= *to);
}

bool inWindow(const SelectedDsr &dsr, const ReportWindow &window)
{
    return (!window.from.isValid() || dsr.periodEnd >= window.from) && (!window.to.isValid() || dsr.periodStart <= window.to);
}

// The book's tracks (by ISRC) with their claims, and each resource's track.
struct TrackCatalogue
{
    struct Track
    {
        QString isrc, title, artists;
        QList<Claim> claims;
    };
    std::vector<Track> tracks;
    std::unordered_map<std::string, int> trackOf;
    std::vector<int> trackOfResource; // index into tracks; -1 without an ISRC

    int trackOfId(std::int64_t resourceId) const
    {
        return std::size_t(resourceId) < trackOfResource.size() ? trackOfResource[std::size_t(resourceId)] : -1;
    }
};

// Reads every resource's ISRC, title and artists, then the claims of each track. False when canceled
// (error left empty) or when the claims cannot be read (error set).
bool readCatalogue(Database &database, ProgressSink *progress, TrackCatalogue &catalogue, QString &error)
{
    ResourceScan scan(database);
    while (scan.next()) {
        const ResourceFields &resource = scan.row();
        const auto id = resource.id;
        if (std::size_t(id) >= catalogue.trackOfResource.size())
            catalogue.trackOfResource.resize(std::max<std::size_t>(std::size_t(id) + 1, catalogue.trackOfResource.size() * 2), -1);
        const std::string isrc(resource.isrc);
        if (isrc.empty())
            continue;
        auto [it, added] = catalogue.trackOf.emplace(isrc, int(catalogue.tracks.size()));
        if (added)
            catalogue.tracks.push_back({QString::fromStdString(isrc), QString::fromUtf8(resource.title.data(), qsizetype(resource.title.size())),
                                        QString::fromUtf8(resource.artists.data(), qsizetype(resource.artists.size())), {}});
        catalogue.trackOfResource[std::size_t(id)] = it->second;
    }
    if (scan.failed()) {
        error = scan.error();
        return false;
    }
    if (canceled(progress))
        return false;
    const Status read = ClaimStore(database).forEachTrack([&](const QString &isrc, const QList<Claim> &claims) {
        if (const auto it = catalogue.trackOf.find(isrc.toStdString()); it != catalogue.trackOf.end())
            catalogue.tracks[std::size_t(it->second)].claims = claims;
        return !canceled(progress);
    });
    if (!read.ok())
        error = read.error();
    return read.ok() && !canceled(progress);
}

using Exposed = std::map<std::pair<int, QString>, std::pair<DecimalSum, UsageAccumulator>>; // (track, territory) → lowest share, usage

// The rows, the largest revenue first.
QList<ExposureRow> exposureRows(const Exposed &exposed, const TrackCatalogue &catalogue)
{
    QList<ExposureRow> rows;
    for (const auto &[key, value] : exposed) {
        ExposureRow row;
        if (key.first >= 0) {
            const TrackCatalogue::Track &t = catalogue.tracks[std::size_t(key.first)];
            row.isrc = t.isrc;
            row.title = t.title;
            row.artists = t.artists;
        }
        row.territory = key.second;
        row.licensedShare = value.first;
        row.usage = value.second.totals();
        rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const ExposureRow &a, const ExposureRow &b) {
        return a.usage.revenue != b.usage.revenue ? b.usage.revenue < a.usage.revenue
                                                  : std::tie(a.isrc, a.territory) < std::tie(b.isrc, b.territory);
    });
    return rows;
}

} // namespace

Expected<QList<OverclaimRow>> LicensingReports::overclaims(Database &database, const ReportWindow &window, ProgressSink *progress)
{
    using Result = Expected<QList<OverclaimRow>>;
    QList<OverclaimRow> rows;
    qint64 tracks = 0;
    const QString onlyTerritory = window.territory;
    const Status read = ClaimStore(database).forEachTrack([&](const QString &isrc, const QList<Claim> &claims) {
        if (++tracks % 1000 == 0 && progress)
            progress->setProgress(tracks, 0, quint64(rows.size()));
        if (canceled(progress))
            return false;
        for (const Lane &lane : licensing::lanes(claims, onlyTerritory)) {
            const QList<LicensingEvent> events = licensing::events(claims, lane, window.knownOn);
            const QList<Claim> counted = licensing::laneClaims(claims, lane, window.knownOn);
            for (qsizetype i = 0; i < events.size(); ++i) {
                if (!(events[i].share.raw() > licensing::hundredPercent().raw()))
                    continue;
                OverclaimRow row{isrc, lane.territory, lane.rightType, events[i].date, std::nullopt, events[i].share, {}, {}};
                if (i + 1 < events.size())
                    row.to = events[i + 1].date.addDays(-1);
                if ((window.to.isValid() && row.from > window.to) || (window.from.isValid() && row.to && *row.to < window.from))
                    continue;
                for (const Claim &c : counted)
                    if (c.inForceOn(row.from))
                        row.claimants << c.rightsHolder;
                row.claimants.removeDuplicates();
                row.claimants.sort();
                rows << row;
            }
        }
        return true;
    });
    if (!read.ok())
        return Result::failure(read.error());
    if (canceled(progress))
        return Result::failure(tr("Canceled"));

    // The usage behind each stretch: the rows of its tracks' resources in the DSRs of its territory and time.
    std::unordered_map<std::string, std::vector<qint64>> resources;
    for (const OverclaimRow &row : rows)
        resources.emplace(row.isrc.toStdString(), std::vector<qint64>());
    ResourceScan scan(database);
    while (!resources.empty() && scan.next())
        if (const auto it = resources.find(std::string(scan.row().isrc)); it != resources.end())
            it->second.push_back(scan.row().id);
    const auto selection = selectDsrs(database, window);
    if (!selection)
        return Result::failure(selection.error());
    ChunkStore chunks(database);
    for (OverclaimRow &row : rows) {
        if (canceled(progress))
            return Result::failure(tr("Canceled"));
        UsageAccumulator usage;
        for (const SelectedDsr &dsr : selection->dsrs) {
            if ((row.territory != QLatin1String("WW") && dsr.territory != row.territory) || !overlaps(dsr, row.from, row.to))
                continue;
            for (qint64 id : resources[row.isrc.toStdString()])
                if (const auto sums = chunks.find(dsr.id, id))
                    usage.add(&dsr, sums->usages, sums->revenue);
        }
        row.usage = usage.totals();
    }
    return rows;
}

Expected<QList<ExposureRow>> LicensingReports::exposure(Database &database, const ReportWindow &window, ProgressSink *progress)
{
    using Result = Expected<QList<ExposureRow>>;
    const auto selection = selectDsrs(database, window);
    if (!selection)
        return Result::failure(selection.error());
    std::vector<const SelectedDsr *> dsrs;
    for (const SelectedDsr &dsr : selection->dsrs)
        if (inWindow(dsr, window))
            dsrs.push_back(&dsr);
    TrackCatalogue catalogue;
    if (QString error; !readCatalogue(database, progress, catalogue, error))
        return Result::failure(error.isEmpty() ? tr("Canceled") : error);

    // Per DSR: each track's lowest licensed share over the DSR's period; below 100% its usage counts.
    Exposed exposed;
    ChunkStore chunks(database);
    for (std::size_t d = 0; d < dsrs.size(); ++d) {
        const SelectedDsr &dsr = *dsrs[d];
        if (progress) {
            progress->setProgress(qint64(d), qint64(dsrs.size()), quint64(exposed.size()));
            if (progress->canceled())
                return Result::failure(tr("Canceled"));
        }
        std::unordered_map<int, std::optional<DecimalSum>> lowest; // per track, for this DSR
        const Lane lane{dsr.territory, window.rightType};
        const bool ok = chunks.scan(dsr.id, [&](const ChunkStore::View &chunk) {
            for (std::size_t i = 0; i < chunk.size(); ++i) {
                const int track = catalogue.trackOfId(chunk.id(i));
                auto found = lowest.find(track);
                if (found == lowest.end()) {
                    std::optional<DecimalSum> share;
                    const DecimalSum s = track < 0 ? DecimalSum()
                                                   : licensing::lowestShare(catalogue.tracks[std::size_t(track)].claims, lane, dsr.periodStart,
                                                                            dsr.periodEnd, window.knownOn);
                    if (s.raw() < licensing::hundredPercent().raw())
                        share = s;
                    found = lowest.emplace(track, share).first;
                }
                if (!found->second)
                    continue; // fully licensed (or more) all through the period
                auto &[share, usage] = exposed[{track, dsr.territory}];
                if (usage.revenue.empty() || found->second->raw() < share.raw())
                    share = *found->second;
                usage.add(&dsr, chunk.usages(i), chunk.revenue(i));
            }
        });
        if (!ok)
            return Result::failure(tr("Cannot read the resource totals of DSR %1").arg(dsr.id));
    }
    return exposureRows(exposed, catalogue);
}

} // namespace rd
