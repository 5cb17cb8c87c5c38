#include "toplists.h"

#include "index/chunkstore.h"
#include "index/toplistcache.h"
#include "util/cancelflag.h"

#include <algorithm>
#include <cmath>
#include <queue>

namespace rd {
namespace {

using Integer = CommonScale::Integer;
constexpr double kError = CommonScale::kApproximationError;

struct Source
{
    const SelectedDsr *dsr = nullptr;
    std::shared_ptr<const TopList> list;
    double bound = 0; // what a resource outside the list earns there at most (≥ 0; 0 for a complete list)
};

// One list entry, to be grouped by resource.
struct Listing
{
    std::int64_t resourceId;
    int source;
    int entry;
};

// A resource seen in at least one list: listings [begin, end) of the sorted listings.
struct Candidate
{
    std::size_t begin = 0, end = 0;
    double listed = 0;    // approximate sum of its listed entries
    double magnitude = 0; // of the terms in `listed`, for the error margin
    double upper = 0;     // what it can reach at most, margin included
};

// A candidate whose unlisted sums were looked up.
struct Examined
{
    std::size_t candidate;
    ApproximateSum revenue;
    std::vector<std::pair<int, ResourceSums>> found; // (source, sums) from the chunks
};

} // namespace

std::optional<QList<TopResource>> topFromLists(Database &database, ChunkStore &chunks, const QList<const SelectedDsr *> &dsrs,
                                               const CommonScale &scale, int count, const std::atomic_bool *canceled)
{
    if (count <= 0 || dsrs.size() > 1'000'000) // the error margin assumes at most 10^6 terms a sum
        return std::nullopt;
    // 1. The lists, and what a resource in none of them can reach.
    std::vector<Source> sources;
    double unseenBound = 0;
    for (const SelectedDsr *dsr : dsrs) {
        Source s{dsr, TopListCache::get(database, dsr->id, dsr->sha256), 0};
        if (!s.list)
            return std::nullopt;
        if (s.list->truncated)
            s.bound = std::max(0.0, scale.approximate(dsr->id, s.list->entries.back().mantissa));
        unseenBound += s.bound;
        sources.push_back(std::move(s));
    }
    const double unseenUpper = unseenBound * (1 + kError);

    // 2. Every listed resource, grouped: sorting the listings beats a hash map.
    std::vector<Listing> listings;
    for (std::size_t s = 0; s < sources.size(); ++s)
        for (std::size_t e = 0; e < sources[s].list->entries.size(); ++e)
            listings.push_back({sources[s].list->entries[e].resourceId, int(s), int(e)});
    std::sort(listings.begin(), listings.end(), [](const Listing &a, const Listing &b) {
        return a.resourceId != b.resourceId ? a.resourceId < b.resourceId : a.source < b.source;
    });
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < listings.size();) {
        Candidate c;
        c.begin = i;
        double boundsListedIn = 0; // the bounds of the truncated lists it is in: they do not apply to it
        for (; i < listings.size() && listings[i].resourceId == listings[c.begin].resourceId; ++i) {
            const Source &s = sources[std::size_t(listings[i].source)];
            const double v = scale.approximate(s.dsr->id, s.list->entries[std::size_t(listings[i].entry)].mantissa);
            c.listed += v;
            c.magnitude += std::abs(v);
            boundsListedIn += s.bound;
        }
        c.end = i;
        // unseenBound − boundsListedIn can lose up to kError × 2 × unseenBound to rounding.
        c.upper = c.listed + (unseenBound - boundsListedIn) + kError * (c.magnitude + 2 * unseenBound);
        candidates.push_back(c);
    }
    if (isCanceled(canceled))
        return std::nullopt;

    // 3. Best bound first: complete each candidate from the chunks until the
    // count-th best lower bound beats every bound left.
    auto byUpper = [&](std::size_t a, std::size_t b) { return candidates[a].upper < candidates[b].upper; };
    std::vector<std::size_t> order(candidates.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::make_heap(order.begin(), order.end(), byUpper);
    std::vector<Examined> examined;
    std::priority_queue<double, std::vector<double>, std::greater<>> bestLowers; // the count best lower bounds
    bool settled = false;
    while (!order.empty()) {
        const Candidate &c = candidates[order.front()];
        if (int(bestLowers.size()) == count && bestLowers.top() > c.upper && bestLowers.top() > unseenUpper) {
            settled = true;
            break;
        }
        if (isCanceled(canceled))
            return std::nullopt;
        Examined x{order.front(), ApproximateSum{c.listed, c.magnitude}, {}};
        std::size_t next = c.begin;
        for (std::size_t s = 0; s < sources.size(); ++s) {
            if (next < c.end && std::size_t(listings[next].source) == s) {
                ++next;
                continue;
            }
            if (!sources[s].list->truncated)
                continue; // a complete list without it: the DSR has none of it
            if (const auto sums = chunks.find(sources[s].dsr->id, listings[c.begin].resourceId)) {
                const double v = scale.approximate(sources[s].dsr->id, sums->revenue);
                x.revenue.add(v);
                x.found.emplace_back(int(s), *sums);
            } else if (chunks.failed()) {
                return std::nullopt;
            }
        }
        bestLowers.push(x.revenue.lower());
        if (int(bestLowers.size()) > count)
            bestLowers.pop();
        examined.push_back(std::move(x));
        std::pop_heap(order.begin(), order.end(), byUpper);
        order.pop_back();
    }
    // Every candidate examined: certain if nothing unlisted can compete.
    if (!settled)
        settled = unseenBound == 0 || (int(bestLowers.size()) == count && bestLowers.top() > unseenUpper);
    if (!settled)
        return std::nullopt;

    // 4. Exact sums for the candidates that can still make it: those whose
    // upper bound reaches the count-th best lower bound. Ties are broken by
    // id among them only, since everything else is strictly below.
    const double cut = int(bestLowers.size()) == count ? bestLowers.top() : -HUGE_VAL;
    struct Exact
    {
        std::int64_t resourceId;
        qint64 usages;
        Integer revenue;
    };
    std::vector<Exact> finalists;
    for (const Examined &x : examined) {
        if (x.revenue.upper() < cut)
            continue;
        const Candidate &c = candidates[x.candidate];
        Exact e{listings[c.begin].resourceId, 0, Integer(0)};
        for (std::size_t i = c.begin; i < c.end; ++i) {
            const Source &s = sources[std::size_t(listings[i].source)];
            const TopListEntry &entry = s.list->entries[std::size_t(listings[i].entry)];
            e.usages += entry.usages;
            e.revenue += scale.numerator(s.dsr->id, entry.revenue);
        }
        for (const auto &[s, sums] : x.found) {
            e.usages += sums.usages;
            e.revenue += scale.numerator(sources[std::size_t(s)].dsr->id, sums.revenue);
        }
        finalists.push_back(std::move(e));
    }
    const auto keep = std::min(finalists.size(), std::size_t(count));
    std::partial_sort(finalists.begin(), finalists.begin() + std::ptrdiff_t(keep), finalists.end(),
                      [](const Exact &a, const Exact &b) {
                          return a.revenue != b.revenue ? a.revenue > b.revenue : a.resourceId < b.resourceId;
                      });
    QList<TopResource> top;
    for (std::size_t i = 0; i < keep; ++i) {
        TopResource r;
        r.resourceId = finalists[i].resourceId;
        r.usages = finalists[i].usages;
        r.revenue = scale.amount(finalists[i].revenue);
        top << r;
    }
    return top;
}

} // namespace rd
