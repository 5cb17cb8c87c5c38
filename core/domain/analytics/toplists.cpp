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

// Every DSR's top list, their listed resources grouped as candidates, and what a
// resource in none of the lists can reach.
struct Lists
{
    std::vector<Source> sources;
    double unseenBound = 0;
    std::vector<Listing> listings; // sorted by resource, then source
    std::vector<Candidate> candidates;
};

// Steps 1 and 2: the lists, and every listed resource grouped (sorting the listings beats a hash map).
// False when a DSR has no list.
bool readLists(Database &database, const QList<const SelectedDsr *> &dsrs, const CommonScale &scale, Lists &lists)
{
    for (const SelectedDsr *dsr : dsrs) {
        Source s{dsr, TopListCache::get(database, dsr->id, dsr->sha256), 0};
        if (!s.list)
            return false;
        if (s.list->truncated)
            s.bound = std::max(0.0, scale.approximate(dsr->id, s.list->entries.back().mantissa));
        lists.unseenBound += s.bound;
        lists.sources.push_back(std::move(s));
    }
    auto &listings = lists.listings;
    for (std::size_t s = 0; s < lists.sources.size(); ++s)
        for (std::size_t e = 0; e < lists.sources[s].list->entries.size(); ++e)
            listings.push_back({lists.sources[s].list->entries[e].resourceId, int(s), int(e)});
    std::sort(listings.begin(), listings.end(), [](const Listing &a, const Listing &b) {
        return a.resourceId != b.resourceId ? a.resourceId < b.resourceId : a.source < b.source;
    });
    for (std::size_t i = 0; i < listings.size();) {
        Candidate c;
        c.begin = i;
        double boundsListedIn = 0; // the bounds of the truncated lists it is in: they do not apply to it
        for (; i < listings.size() && listings[i].resourceId == listings[c.begin].resourceId; ++i) {
            const Source &s = lists.sources[std::size_t(listings[i].source)];
            const double v = scale.approximate(s.dsr->id, s.list->entries[std::size_t(listings[i].entry)].mantissa);
            c.listed += v;
            c.magnitude += std::abs(v);
            boundsListedIn += s.bound;
        }
        c.end = i;
        // unseenBound − boundsListedIn can lose up to kError × 2 × unseenBound to rounding.
        c.upper = c.listed + (lists.unseenBound - boundsListedIn) + kError * (c.magnitude + 2 * lists.unseenBound);
        lists.candidates.push_back(c);
    }
    return true;
}

// A candidate completed from the chunks of the truncated lists it is missing from.
// False on a read error.
bool examine(const Lists &lists, std::size_t candidate, ChunkStore &chunks, const CommonScale &scale, Examined &x)
{
    const Candidate &c = lists.candidates[candidate];
    x = Examined{candidate, ApproximateSum{c.listed, c.magnitude}, {}};
    std::size_t next = c.begin;
    for (std::size_t s = 0; s < lists.sources.size(); ++s) {
        if (next < c.end && std::size_t(lists.listings[next].source) == s) {
            ++next;
            continue;
        }
        if (!lists.sources[s].list->truncated)
            continue; // a complete list without it: the DSR has none of it
        if (const auto sums = chunks.find(lists.sources[s].dsr->id, lists.listings[c.begin].resourceId)) {
            x.revenue.add(scale.approximate(lists.sources[s].dsr->id, sums->revenue));
            x.found.emplace_back(int(s), *sums);
        } else if (chunks.failed()) {
            return false;
        }
    }
    return true;
}

// Step 4: exact sums for the candidates whose upper bound reaches the cut (the count-th best
// lower bound), the best `count` of them. Ties are broken by id among them only, since
// everything else is strictly below.
QList<TopResource> exactTop(const Lists &lists, const std::vector<Examined> &examined, double cut, const CommonScale &scale, int count)
{
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
        const Candidate &c = lists.candidates[x.candidate];
        Exact e{lists.listings[c.begin].resourceId, 0, Integer(0)};
        for (std::size_t i = c.begin; i < c.end; ++i) {
            const Source &s = lists.sources[std::size_t(lists.listings[i].source)];
            const TopListEntry &entry = s.list->entries[std::size_t(lists.listings[i].entry)];
            e.usages += entry.usages;
            e.revenue += scale.numerator(s.dsr->id, entry.revenue);
        }
        for (const auto &[s, sums] : x.found) {
            e.usages += sums.usages;
            e.revenue += scale.numerator(lists.sources[std::size_t(s)].dsr->id, sums.revenue);
        }
        finalists.push_back(std::move(e));
    }
    const auto keep = std::min(finalists.size(), std::size_t(count));
    std::partial_sort(finalists.begin(), finalists.begin() + std::ptrdiff_t(keep), finalists.end(),
                      [](const Exact &a, const Exact &b) { return a.revenue != b.revenue ? a.revenue > b.revenue : a.resourceId < b.resourceId; });
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

} // namespace

std::optional<QList<TopResource>> topFromLists(Database &database, ChunkStore &chunks, const QList<const SelectedDsr *> &dsrs,
                                               const CommonScale &scale, int count, const std::atomic_bool *canceled)
{
    if (count <= 0 || dsrs.size() > 1'000'000) // the error margin assumes at most 10^6 terms a sum
        return std::nullopt;
    Lists lists;
    if (!readLists(database, dsrs, scale, lists) || isCanceled(canceled))
        return std::nullopt;
    const double unseenUpper = lists.unseenBound * (1 + kError);

    // 3. Best bound first: complete each candidate from the chunks until the
    // count-th best lower bound beats every bound left.
    const auto &candidates = lists.candidates;
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
        Examined x;
        if (!examine(lists, order.front(), chunks, scale, x))
            return std::nullopt;
        bestLowers.push(x.revenue.lower());
        if (int(bestLowers.size()) > count)
            bestLowers.pop();
        examined.push_back(std::move(x));
        std::pop_heap(order.begin(), order.end(), byUpper);
        order.pop_back();
    }
    // Every candidate examined: certain if nothing unlisted can compete.
    if (!settled)
        settled = lists.unseenBound == 0 || (int(bestLowers.size()) == count && bestLowers.top() > unseenUpper);
    if (!settled)
        return std::nullopt;
    const double cut = int(bestLowers.size()) == count ? bestLowers.top() : -HUGE_VAL;
    return exactTop(lists, examined, cut, scale, count);
}

} // namespace rd
