#include "analyticsengine.h"

#include "index/chunkstore.h"
#include "analytics/matchtotals.h"
#include "index/resourcetext.h"
#include "index/searchcache.h"
#include "analytics/textmatcher.h"
#include "analytics/toplists.h"
#include "index/resourcetotals.h"
#include "index/resourcescan.h"
#include "rows/usagerowpages.h"
#include "db/database.h"
#include "util/cancelflag.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <unordered_map>

namespace rd {
namespace {

using Integer = CommonScale::Integer;

QString periodKey(const SelectedDsr &dsr)
{
    return dsr.periodStart.toString(Qt::ISODate) + QLatin1String("--") + dsr.periodEnd.toString(Qt::ISODate);
}

struct ResourceTotal
{
    Integer revenue;
    qint64 usages = 0;
};

// Best first; equal revenue in resource id order so that every run agrees.
bool ranksBefore(const std::pair<std::int64_t, ResourceTotal> &a, const std::pair<std::int64_t, ResourceTotal> &b)
{
    return a.second.revenue != b.second.revenue ? a.second.revenue > b.second.revenue : a.first < b.first;
}

QList<TopResource> takeTop(std::vector<std::pair<std::int64_t, ResourceTotal>> totals, const CommonScale &scale, int count)
{
    const auto keep = std::min<std::size_t>(totals.size(), std::size_t(std::max(count, 0)));
    std::partial_sort(totals.begin(), totals.begin() + std::ptrdiff_t(keep), totals.end(), ranksBefore);
    QList<TopResource> top;
    for (std::size_t i = 0; i < keep; ++i) {
        TopResource r;
        r.resourceId = totals[i].first;
        r.usages = totals[i].second.usages;
        r.revenue = scale.amount(totals[i].second.revenue);
        top << r;
    }
    return top;
}

} // namespace

QString dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Territory: return QStringLiteral("territory");
    case Dimension::Period: return QStringLiteral("period");
    case Dimension::Dsp: return QStringLiteral("dsp");
    case Dimension::Offer: return QStringLiteral("offer");
    case Dimension::DspOffer: return QStringLiteral("dsp-offer");
    }
    return QString();
}

std::optional<Dimension> dimensionFromName(const QString &name)
{
    for (Dimension d : {Dimension::Territory, Dimension::Period, Dimension::Dsp, Dimension::Offer, Dimension::DspOffer})
        if (dimensionName(d) == name)
            return d;
    return std::nullopt;
}

AnalyticsEngine::AnalyticsEngine(Database &database)
    : m_db(database)
    , m_chunks(std::make_unique<ChunkStore>(database))
{
}

AnalyticsEngine::~AnalyticsEngine() = default;

Expected<SearchCache::Found> AnalyticsEngine::matchingResources(const QString &search)
{
    using Result = Expected<SearchCache::Found>;
    const QByteArray needle = search.trimmed().toUtf8();
    if (auto found = SearchCache::find(m_db, std::string_view(needle.constData(), std::size_t(needle.size()))))
        return std::move(*found);
    // A needle with control characters, or a corpus that cannot be read: scan the table.
    const TextMatcher matcher(std::string_view(needle.constData(), std::size_t(needle.size())));
    // (The drill-down's SQL search, UsageRowPages, matches the same text.)
    ResourceScan scan(m_db);
    SearchCache::Found found;
    while (scan.next()) {
        const ResourceFields &r = scan.row();
        if (matcher.matches(r.title) || matcher.matches(r.artists) || matcher.matches(r.isrc) || matcher.matches(r.dspId))
            found.ids.push_back(r.id);
    }
    if (scan.failed())
        return Result::failure(scan.error());
    return found;
}

Expected<AnalyticsEngine::Scope> AnalyticsEngine::scope(const AnalyticsFilter &filter)
{
    using Result = Expected<Scope>;
    auto selection = DsrSelector::select(m_db, filter);
    if (!selection)
        return Result::failure(selection.error());
    Scope scope(std::move(selection.value()));
    if (!filter.search.trimmed().isEmpty()) {
        auto matches = matchingResources(filter.search);
        if (!matches)
            return Result::failure(matches.error());
        scope.matches = std::move(matches->ids);
        scope.transposed = std::move(matches->sums);
    }
    return scope;
}

Expected<AnalyticsEngine::Summed> AnalyticsEngine::sum(const Scope &scope, int topCount, const std::atomic_bool *canceled)
{
    using Result = Expected<Summed>;
    Summed out;
    out.shares.reserve(std::size_t(scope.selection.dsrs.size()));
    if (scope.matches) {
        // Only the matching resources count: their sums replace the DSRs' totals.
        MatchTotals matched = sumMatches(*m_chunks, scope.transposed.get(), scope.selection.dsrs, scope.scale, *scope.matches, topCount, canceled);
        if (matched.status == MatchTotals::Status::Canceled)
            return Result::failure(tr("Canceled"));
        if (matched.status == MatchTotals::Status::ReadError)
            return Result::failure(tr("Cannot read the resource totals of DSR %1").arg(matched.failedDsr));
        for (qsizetype i = 0; i < scope.selection.dsrs.size(); ++i)
            out.shares.push_back(share(scope, scope.selection.dsrs[i], matched.perDsr[std::size_t(i)].usages,
                                       matched.perDsr[std::size_t(i)].revenue));
        out.top = std::move(matched.top);
        return out;
    }
    for (const SelectedDsr &dsr : scope.selection.dsrs)
        out.shares.push_back(share(scope, dsr, dsr.usages, dsr.revenue));
    if (topCount > 0) {
        auto top = topResources(scope, topCount, out.topFromLists, canceled);
        if (!top)
            return Result::failure(top.error());
        out.top = std::move(top.value());
    }
    return out;
}

AnalyticsEngine::DsrShare AnalyticsEngine::share(const Scope &scope, const SelectedDsr &dsr, qint64 usages,
                                                 const DecimalSum &revenue)
{
    DsrShare share{&dsr, usages, Integer(0)};
    if (scope.scale.covers(dsr.id))
        share.revenue = scope.scale.numerator(dsr.id, revenue);
    return share;
}

QList<TotalRow> AnalyticsEngine::group(const std::vector<DsrShare> &shares, const CommonScale &scale, Dimension dimension)
{
    QMap<QPair<QString, QString>, TotalRow> rows; // sorted by key
    QHash<QPair<QString, QString>, Integer> revenue;
    for (const DsrShare &share : shares) {
        const SelectedDsr &dsr = *share.dsr;
        QPair<QString, QString> key;
        switch (dimension) {
        case Dimension::Territory: key.first = dsr.territory; break;
        case Dimension::Period: key.first = periodKey(dsr); break;
        case Dimension::Dsp: key.first = dsr.dsp; break;
        case Dimension::Offer: key.first = dsr.offer; break;
        case Dimension::DspOffer: key = {dsr.dsp, dsr.offer}; break;
        }
        TotalRow &row = rows[key];
        row.key = key.first;
        row.subKey = key.second;
        if (dimension == Dimension::Period) {
            row.periodStart = dsr.periodStart;
            row.periodEnd = dsr.periodEnd;
        }
        row.usages += share.usages;
        ++row.dsrCount;
        if (dsr.convertible())
            revenue[key] += share.revenue;
        else
            ++row.dsrsWithoutRate;
    }
    QList<TotalRow> out;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        it->revenue = scale.amount(revenue.value(it.key()));
        out << *it;
    }
    return out;
}

Expected<Totals> AnalyticsEngine::totals(const AnalyticsFilter &filter, Dimension dimension)
{
    using Result = Expected<Totals>;
    const auto selected = scope(filter);
    if (!selected)
        return Result::failure(selected.error());
    const auto summed = sum(*selected, 0, nullptr);
    if (!summed)
        return Result::failure(summed.error());
    return Totals{selected->selection.displayCurrency, selected->selection.missingRatesText(),
                  group(summed->shares, selected->scale, dimension)};
}

Expected<Dashboard> AnalyticsEngine::dashboard(const AnalyticsFilter &filter, int topCount, const std::atomic_bool *canceled)
{
    using Result = Expected<Dashboard>;
    QElapsedTimer timer;
    timer.start();
    const auto selected = scope(filter);
    if (!selected)
        return Result::failure(selected.error());
    auto summed = sum(*selected, topCount, canceled);
    if (!summed)
        return Result::failure(summed.error());
    const std::vector<DsrShare> &perDsr = summed->shares;

    const CommonScale &scale = selected->scale;
    Dashboard d;
    d.currency = selected->selection.displayCurrency;
    d.missingRates = selected->selection.missingRatesText();
    d.dsrCount = int(selected->selection.dsrs.size());
    Integer total = 0;
    for (const DsrShare &share : perDsr) {
        d.usages += share.usages;
        total += share.revenue;
    }
    d.revenue = scale.amount(total);
    d.byTerritory = group(perDsr, scale, Dimension::Territory);
    d.byPeriod = group(perDsr, scale, Dimension::Period);
    d.byDspOffer = group(perDsr, scale, Dimension::DspOffer);
    d.topResources = std::move(summed->top);
    d.topFromLists = summed->topFromLists;
    if (!describe(d.topResources))
        return Result::failure(tr("Cannot read the resources of the top list"));
    d.elapsedMs = timer.elapsed();
    return d;
}

Expected<QList<TopResource>> AnalyticsEngine::topResources(const Scope &scope, int count, bool &fromLists,
                                                           const std::atomic_bool *canceled)
{
    using Result = Expected<QList<TopResource>>;
    fromLists = false;
    QList<const SelectedDsr *> dsrs;
    for (const SelectedDsr &dsr : scope.selection.dsrs)
        if (dsr.convertible())
            dsrs << &dsr;

    // The stored top lists usually settle it without reading any chunk.
    if (auto fromTopLists = topFromLists(m_db, *m_chunks, dsrs, scope.scale, count, canceled)) {
        fromLists = true;
        return *fromTopLists;
    }
    // When they cannot: add up every resource.
    std::unordered_map<std::int64_t, ResourceTotal> totals;
    for (const SelectedDsr *dsr : dsrs) {
        if (isCanceled(canceled))
            return Result::failure(tr("Canceled"));
        const bool read = m_chunks->visit(dsr->id, nullptr, [&](const ResourceSums &sums) {
            ResourceTotal &t = totals[sums.resourceId];
            t.usages += sums.usages;
            t.revenue += scope.scale.numerator(dsr->id, sums.revenue);
        });
        if (!read)
            return Result::failure(tr("Cannot read the resource totals of DSR %1").arg(dsr->id));
    }
    return takeTop({totals.begin(), totals.end()}, scope.scale, count);
}

bool AnalyticsEngine::describe(QList<TopResource> &resources)
{
    ResourceTextReader reader(m_db);
    for (TopResource &r : resources) {
        if (const auto text = reader.read(r.resourceId)) {
            r.dspId = text->dspId;
            r.title = text->title;
            r.artists = text->artists;
            r.isrc = text->isrc;
        }
    }
    return !reader.failed();
}

AnalyticsFilter AnalyticsEngine::narrowed(AnalyticsFilter filter, const DrillTarget &target)
{
    if (!target.dimension)
        return filter;
    switch (*target.dimension) {
    case Dimension::Territory: filter.territories = {target.key}; break;
    case Dimension::Dsp: filter.dsps = {target.key}; break;
    case Dimension::Offer: filter.offers = {target.key}; break;
    case Dimension::DspOffer:
        filter.dsps = {target.key};
        filter.offers = {target.subKey};
        break;
    case Dimension::Period: {
        const QStringList dates = target.key.split(QLatin1String("--"));
        if (dates.size() == 2) {
            filter.periodFrom = QDate::fromString(dates[0], Qt::ISODate);
            filter.periodTo = QDate::fromString(dates[1], Qt::ISODate);
        }
        break;
    }
    }
    return filter;
}

Expected<QList<DrillRow>> AnalyticsEngine::drillRows(const AnalyticsFilter &filter, const DrillTarget &target,
                                                     qint64 afterRowId, int limit)
{
    using Result = Expected<QList<DrillRow>>;
    const AnalyticsFilter narrow = narrowed(filter, target);
    const auto selection = DsrSelector::select(m_db, narrow);
    if (!selection)
        return Result::failure(selection.error());
    UsageRowPages pages(m_db, target.resourceId, narrow.search.trimmed(), limit);
    QList<DrillRow> rows;
    for (const SelectedDsr &dsr : selection->dsrs) {
        const qint64 last = (dsr.id << 32) | 0xFFFFFFFFLL;
        if (last <= afterRowId || rows.size() >= limit)
            continue;
        // A resource the DSR does not have cannot have rows there: skip the scan.
        if (target.resourceId > 0 && !m_chunks->find(dsr.id, target.resourceId))
            continue;
        const auto page = pages.page(std::max(afterRowId, (dsr.id << 32)), last);
        if (!page)
            return Result::failure(page.error());
        for (const PagedRow &stored : page.value()) {
            if (rows.size() >= limit)
                break;
            DrillRow row;
            row.rowId = stored.rowId;
            row.usages = stored.usages;
            row.revenue = stored.revenue;
            row.dspId = stored.dspId;
            row.title = stored.title;
            row.artists = stored.artists;
            row.isrc = stored.isrc;
            row.fileLine = stored.fileLine;
            row.territory = dsr.territory;
            row.dsp = dsr.dsp;
            row.offer = dsr.offer;
            row.currency = dsr.currency;
            row.periodStart = dsr.periodStart;
            row.periodEnd = dsr.periodEnd;
            rows << row;
        }
    }
    return rows;
}

} // namespace rd
