#include "timelinedata.h"

#include "index/chunkstore.h"
#include "analytics/dsrselection.h"
#include "licensing/claimstore.h"
#include "db/database.h"

#include <set>

namespace rd {

TimelineBand::State TimelineBand::state() const
{
    const auto hundred = licensing::hundredPercent().raw();
    if (share.isZero())
        return State::Unlicensed;
    if (share.raw() < hundred)
        return State::Partial;
    return share.raw() == hundred ? State::Full : State::Overclaimed;
}

Expected<TimelineData> TimelineBuilder::build(Database &database, const QString &isrc, const QDate &knownOn)
{
    using Result = Expected<TimelineData>;
    TimelineData data;
    data.knownOn = knownOn;
    data.track.isrc = isrc;
    TrackIndex index(database);
    const auto track = index.find(isrc);
    if (!track)
        return Result::failure(track.error());
    if (track.value())
        data.track = *track.value();
    const auto claims = ClaimStore(database).forTrack(isrc);
    if (!claims)
        return Result::failure(claims.error());

    // Usage per DSR, from the per-resource sums kept at import.
    const auto selection = DsrSelector::select(database, AnalyticsFilter());
    if (!selection)
        return Result::failure(selection.error());
    data.baseCurrency = selection->displayCurrency;
    std::set<QString> territories;
    if (data.track.id != 0) {
        const auto resources = index.resourcesOf(data.track.id);
        if (!resources)
            return Result::failure(resources.error());
        ChunkStore chunks(database);
        for (const SelectedDsr &dsr : selection->dsrs) {
            TimelineUsage u{dsr.id, dsr.territory, dsr.currency, QString(), dsr.periodStart, dsr.periodEnd, 0, {}, std::nullopt};
            bool used = false;
            for (qint64 id : resources.value())
                if (const auto sums = chunks.find(dsr.id, id)) {
                    u.usages += sums->usages;
                    u.revenue.add(sums->revenue);
                    used = true;
                }
            if (!used)
                continue;
            u.inBase = dsr.amount(u.revenue);
            territories.insert(dsr.territory);
            data.usage << u;
        }
    }
    std::sort(data.usage.begin(), data.usage.end(), [](const TimelineUsage &a, const TimelineUsage &b) {
        return a.periodStart != b.periodStart ? a.periodStart < b.periodStart : a.territory < b.territory;
    });

    // Lanes: the claims' and the usage's territories (a territory used without claims of its own
    // still shows, with the worldwide claims or as unlicensed).
    std::set<Lane> lanes;
    for (const Lane &lane : licensing::lanes(claims.value()))
        lanes.insert(lane);
    for (const QString &t : territories)
        lanes.insert(Lane{t, QStringLiteral("recording")});
    data.lanes = QList<Lane>(lanes.begin(), lanes.end());
    for (const Lane &lane : data.lanes) {
        const QList<LicensingEvent> events = licensing::events(claims.value(), lane, knownOn);
        const QList<Claim> counted = licensing::laneClaims(claims.value(), lane, knownOn);
        data.events += events;
        for (qsizetype i = 0; i < events.size(); ++i) {
            TimelineBand band{lane, events[i].date, std::nullopt, events[i].share, {}};
            if (i + 1 < events.size())
                band.to = events[i + 1].date.addDays(-1);
            for (const Claim &c : counted)
                if (c.inForceOn(band.from))
                    band.claims << c;
            data.bands << band;
        }
    }
    std::stable_sort(data.events.begin(), data.events.end(), [](const LicensingEvent &a, const LicensingEvent &b) { return a.date < b.date; });

    for (const LicensingEvent &e : data.events) {
        if (!data.first.isValid() || e.date < data.first)
            data.first = e.date;
        if (!data.last.isValid() || e.date > data.last)
            data.last = e.date;
    }
    for (const TimelineUsage &u : data.usage) {
        if (!data.first.isValid() || u.periodStart < data.first)
            data.first = u.periodStart;
        if (!data.last.isValid() || u.periodEnd > data.last)
            data.last = u.periodEnd;
    }
    if (data.first.isValid())
        data.last = data.last.addYears(1);
    return data;
}

} // namespace rd
