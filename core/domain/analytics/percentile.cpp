#include "percentile.h"

#include "analytics/approxsums.h"
#include "index/chunkstore.h"
#include "analytics/commonscale.h"
#include "analytics/dsrselection.h"
#include "index/resourcetext.h"
#include "index/resourcegroups.h"
#include "db/database.h"
#include "util/cancelflag.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace rd {
namespace {

using Integer = CommonScale::Integer;
constexpr double kError = CommonScale::kApproximationError;

// A report line: the resources sharing dsp_id and ISRC, members[first, first + count).
struct GroupApprox
{
    ApproximateSum revenue;
    qint64 usages = 0;
    std::uint32_t first = 0, count = 0;
};

// A resource of a group that is summed exactly.
struct ResourceExact
{
    Integer revenue = 0;
    std::vector<std::pair<qint64, Integer>> byDsr;
};

struct GroupExact
{
    std::uint32_t group;
    Integer revenue = 0;
    std::string dspId, isrc; // read only where equal revenues need them
};


// Groups the resources by line key: singletons directly, digests bucketed by
// their top bits and then sorted, which beats a hash table of millions.
// members holds indexes into sums.
void groupResources(const ApproxSums &sums, const ResourceKey *keys, std::vector<GroupApprox> &groups,
                    std::vector<std::uint32_t> &members)
{
    struct Keyed
    {
        ResourceKey key;
        std::uint32_t resource;
    };
    constexpr int kBucketBits = 16;
    std::vector<std::uint32_t> bucketSize(std::size_t(1) << kBucketBits, 0);
    auto bucketOf = [](const ResourceKey &k) { return std::size_t((k.high >> (63 - kBucketBits)) & 0xFFFF); };
    members.clear();
    groups.clear();
    // Two passes over the resources (count, then place) instead of a copy of every digest.
    std::size_t seen = 0;
    for (std::uint32_t i = 0; i < sums.span(); ++i) {
        const ApproxSums::Entry &r = sums.at(i);
        if (!r.seen)
            continue;
        ++seen;
        if (keys[i].high == 0) { // no ISRC: a line of its own
            groups.push_back({r.revenue, r.usages, std::uint32_t(members.size()), 1});
            members.push_back(i);
        } else {
            ++bucketSize[bucketOf(keys[i])];
        }
    }
    std::vector<std::uint32_t> bucketStart(bucketSize.size() + 1, 0);
    for (std::size_t b = 0; b < bucketSize.size(); ++b)
        bucketStart[b + 1] = bucketStart[b] + bucketSize[b];
    HugePageBuffer sortedBuffer(std::max<std::size_t>(1, bucketStart.back()) * sizeof(Keyed));
    Keyed *sorted = static_cast<Keyed *>(sortedBuffer.data());
    std::vector<std::uint32_t> fill(bucketStart.begin(), bucketStart.end() - 1);
    for (std::uint32_t i = 0; i < sums.span(); ++i)
        if (sums.at(i).seen && keys[i].high != 0)
            sorted[fill[bucketOf(keys[i])]++] = {keys[i], i};
    for (std::size_t b = 0; b < bucketSize.size(); ++b)
        std::sort(sorted + bucketStart[b], sorted + bucketStart[b + 1], [](const Keyed &x, const Keyed &y) {
            return x.key.high != y.key.high ? x.key.high < y.key.high : x.key.low < y.key.low;
        });
    members.reserve(seen);
    for (std::size_t i = 0; i < bucketStart.back();) {
        GroupApprox g;
        g.first = std::uint32_t(members.size());
        const ResourceKey key = sorted[i].key;
        for (; i < bucketStart.back() && sorted[i].key == key; ++i) {
            const ApproxSums::Entry &r = sums.at(sorted[i].resource);
            g.revenue.add(r.revenue);
            g.usages += r.usages;
            members.push_back(sorted[i].resource);
            ++g.count;
        }
        groups.push_back(g);
    }
}

// Hands out lines best first. Usually a few thousand of millions are taken:
// a heap of them all costs a cache miss per step, so batches of the best are
// selected (nth_element) and sorted instead, each batch larger than the last.
class BestFirst
{
public:
    explicit BestFirst(const std::vector<GroupApprox> &groups)
    {
        m_rest.reserve(groups.size());
        for (std::uint32_t i = 0; i < groups.size(); ++i)
            m_rest.push_back({groups[i].revenue.value, i});
    }
    bool empty() const { return m_next == m_batch.size() && m_rest.empty(); }
    std::uint32_t pop() // !empty()
    {
        refill();
        return m_batch[m_next++].group;
    }
    double peekValue() // !empty()
    {
        refill();
        return m_batch[m_next].value;
    }

private:
    struct Ranked
    {
        double value;
        std::uint32_t group;
        bool operator<(const Ranked &other) const { return value < other.value; }
    };
    void refill()
    {
        if (m_next < m_batch.size())
            return;
        // The best `take` move to the end of the rest, then into the batch, best first.
        const std::size_t take = std::min(m_batchSize, m_rest.size());
        const auto from = m_rest.end() - std::ptrdiff_t(take);
        std::nth_element(m_rest.begin(), from, m_rest.end());
        m_batch.assign(from, m_rest.end());
        m_rest.erase(from, m_rest.end());
        std::sort(m_batch.begin(), m_batch.end(), [](const Ranked &a, const Ranked &b) { return b < a; });
        m_next = 0;
        m_batchSize *= 4;
    }

    std::vector<Ranked> m_rest, m_batch;
    std::size_t m_next = 0;
    std::size_t m_batchSize = 4096;
};

// The resources grouped into report lines by the keys stored at import. False on a read error.
bool groupByLine(Database &database, const ApproxSums &sums, std::vector<GroupApprox> &groups, std::vector<std::uint32_t> &members)
{
    if (sums.span() == 0)
        return true;
    HugePageBuffer keys(sums.span() * sizeof(ResourceKey));
    auto *keyAt = static_cast<ResourceKey *>(keys.data());
    if (!resourcegroups::read(database, sums.firstId(), sums.idAt(sums.span() - 1), keyAt))
        return false;
    groupResources(sums, keyAt, groups, members);
    return true;
}

// Takes lines, best first, until their approximate sum passes the target with room, plus `want` more.
void takeLines(BestFirst &best, const std::vector<GroupApprox> &groups, double approxTarget, std::size_t want,
               std::vector<std::uint32_t> &taken, double &takenSum)
{
    std::size_t extra = 0;
    while (!best.empty() && (takenSum < approxTarget * (1 + 1e-6) || extra < want)) {
        if (takenSum >= approxTarget * (1 + 1e-6))
            ++extra;
        taken.push_back(best.pop());
        takenSum += groups[taken.back()].revenue.value;
    }
}

// The report's lines (groups) and the resources behind each.
struct Lines
{
    const ApproxSums &sums;
    const std::vector<GroupApprox> &groups;
    const std::vector<std::uint32_t> &members;

    template<typename Visit>
    void forEachResource(std::uint32_t group, Visit visit) const
    {
        for (std::uint32_t m = groups[group].first; m < groups[group].first + groups[group].count; ++m)
            visit(sums.idAt(members[m]));
    }
};

enum class ReadStatus { Ok, Canceled, ReadError };

// Sums exactly, per DSR, the resources of the taken lines that are not summed yet.
ReadStatus sumTakenExactly(ChunkStore &chunks, const QList<SelectedDsr> &dsrs, const CommonScale &scale, const Lines &lines,
                           const std::vector<std::uint32_t> &taken, std::unordered_map<std::int64_t, ResourceExact> &exact,
                           const std::atomic_bool *canceled, qint64 &failedDsr)
{
    std::vector<std::int64_t> ids;
    for (std::uint32_t g : taken)
        lines.forEachResource(g, [&](std::int64_t id) {
            if (!exact.count(id))
                ids.push_back(id);
        });
    std::sort(ids.begin(), ids.end());
    for (std::int64_t id : ids)
        exact[id];
    for (const SelectedDsr &dsr : dsrs) {
        if (isCanceled(canceled))
            return ReadStatus::Canceled;
        const bool read = ids.empty() || chunks.visit(dsr.id, &ids, [&](const ResourceSums &sums) {
            const Integer v = scale.numerator(dsr.id, sums.revenue);
            ResourceExact &r = exact[sums.resourceId];
            r.revenue += v;
            r.byDsr.emplace_back(dsr.id, v);
        });
        if (!read) {
            failedDsr = dsr.id;
            return ReadStatus::ReadError;
        }
    }
    return ReadStatus::Ok;
}

// The taken lines in exact order; equal revenues by dsp_id, then ISRC.
std::vector<GroupExact> rankExactly(const Lines &lines, const std::vector<std::uint32_t> &taken,
                                    std::unordered_map<std::int64_t, ResourceExact> &exact, ResourceTextReader &texts)
{
    std::vector<GroupExact> ranked;
    for (std::uint32_t g : taken) {
        GroupExact e{g, Integer(0), {}, {}};
        lines.forEachResource(g, [&](std::int64_t id) { e.revenue += exact[id].revenue; });
        ranked.push_back(std::move(e));
    }
    std::sort(ranked.begin(), ranked.end(), [](const GroupExact &a, const GroupExact &b) { return a.revenue > b.revenue; });
    for (std::size_t i = 0; i < ranked.size();) {
        std::size_t j = i + 1;
        while (j < ranked.size() && ranked[j].revenue == ranked[i].revenue)
            ++j;
        if (j - i > 1) {
            for (std::size_t t = i; t < j; ++t) {
                const GroupApprox &g = lines.groups[ranked[t].group];
                if (const auto text = texts.read(lines.sums.idAt(lines.members[g.first]))) {
                    ranked[t].dspId = text->dspId.toStdString(); // compared as UTF-8 bytes
                    ranked[t].isrc = text->isrc.toStdString();
                }
            }
            std::sort(ranked.begin() + std::ptrdiff_t(i), ranked.begin() + std::ptrdiff_t(j),
                      [](const GroupExact &a, const GroupExact &b) { return a.dspId != b.dspId ? a.dspId < b.dspId : a.isrc < b.isrc; });
        }
        i = j;
    }
    return ranked;
}

// A kept line, named after its highest-earning variant, with its DSRs by revenue.
PercentileItem itemOf(const Lines &lines, const GroupExact &line, std::unordered_map<std::int64_t, ResourceExact> &exact,
                      const CommonScale &scale, ResourceTextReader &texts)
{
    std::int64_t best = 0;
    Integer bestRevenue = 0;
    std::unordered_map<qint64, Integer> byDsr;
    lines.forEachResource(line.group, [&](std::int64_t id) {
        const ResourceExact &r = exact[id];
        if (best == 0 || r.revenue > bestRevenue || (r.revenue == bestRevenue && id < best)) {
            best = id;
            bestRevenue = r.revenue;
        }
        for (const auto &[dsrId, v] : r.byDsr)
            byDsr[dsrId] += v;
    });
    PercentileItem item;
    item.usages = lines.groups[line.group].usages;
    item.revenue = scale.amount(line.revenue);
    if (const auto text = texts.read(best)) {
        item.dspId = text->dspId;
        item.title = text->title;
        item.artists = text->artists;
        item.isrc = text->isrc;
    }
    std::vector<std::pair<qint64, Integer>> dsrs(byDsr.begin(), byDsr.end());
    std::sort(dsrs.begin(), dsrs.end(), [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    for (const auto &[id, revenue] : dsrs)
        item.dsrs << id;
    return item;
}

} // namespace

std::size_t PercentileReporter::prefixLength(const std::vector<Integer> &sortedRevenues, int percent)
{
    Integer total = 0;
    for (const Integer &r : sortedRevenues)
        total += r;
    // cumulative / total >= percent / 100, without division
    const Integer target = total * percent;
    Integer cumulative = 0;
    std::size_t k = 0;
    while (cumulative * 100 < target && k < sortedRevenues.size())
        cumulative += sortedRevenues[k++];
    return cumulative * 100 >= target ? k : sortedRevenues.size();
}

// How it stays fast and exact: every resource is first summed in doubles
// (with a proven error margin) and grouped by the line keys stored at import.
// Lines are then taken best first until their approximate sum clearly passes
// N%; only those are summed exactly, sorted exactly, and cut exactly. The cut
// is accepted only if the last line kept beats the upper bound of every line
// not taken; otherwise more lines are taken.
Expected<PercentileReport> PercentileReporter::run(Database &database, const PercentileQuery &query,
                                                   const std::atomic_bool *canceled)
{
    using Result = Expected<PercentileReport>;
    if (query.percent < 1 || query.percent > 100)
        return Result::failure(tr("The percentage must be between 1 and 100, not %1").arg(query.percent));
    AnalyticsFilter filter;
    if (!query.territory.isEmpty())
        filter.territories = {query.territory};
    filter.periodFrom = query.periodStart;
    filter.periodTo = query.periodEnd;
    const auto selection = DsrSelector::select(database, filter);
    if (!selection)
        return Result::failure(selection.error());
    if (!selection->withoutRate().isEmpty())
        return Result::failure(tr("No exchange rate into %1 is in force for: %2. Import rates first.")
                                   .arg(selection->displayCurrency, selection->missingRatesText()));
    const CommonScale scale(selection->dsrs);
    auto readError = [](qint64 dsrId) { return Result::failure(tr("Cannot read the resource totals of DSR %1").arg(dsrId)); };
    auto canceledResult = [] { return Result::failure(tr("Canceled")); };

    // 1. Every resource's approximate sums, and the exact total from the DSR totals.
    ChunkStore chunks(database);
    ApproxSums sums;
    switch (sums.add(chunks, selection->dsrs, scale, canceled)) {
    case ApproxSums::Status::Ok: break;
    case ApproxSums::Status::Canceled: return canceledResult();
    case ApproxSums::Status::ReadError: return readError(sums.failedDsr());
    }
    Integer total = 0;
    for (const SelectedDsr &dsr : selection->dsrs)
        total += scale.numerator(dsr.id, dsr.revenue);

    // 2. Lines: resources grouped by the keys stored at import.
    std::vector<GroupApprox> groups;
    std::vector<std::uint32_t> members;
    if (!groupByLine(database, sums, groups, members))
        return Result::failure(tr("Cannot read the resources' report lines"));
    if (isCanceled(canceled))
        return canceledResult();

    PercentileReport report;
    report.currency = selection->displayCurrency;
    report.percent = query.percent;
    report.total = scale.amount(total);
    report.resourceCount = int(groups.size());
    if (total <= 0)
        return report;

    // 3. Lines best first, until the taken ones settle the cut exactly.
    const Lines lines{sums, groups, members};
    double largestMagnitude = 0;
    for (const GroupApprox &g : groups)
        largestMagnitude = std::max(largestMagnitude, g.revenue.magnitude);
    BestFirst best(groups);
    const double approxTarget = scale.amount(total).value().convert_to<double>() * query.percent / 100.0;
    std::vector<std::uint32_t> taken;
    double takenSum = 0;
    std::unordered_map<std::int64_t, ResourceExact> exact; // of the taken lines' resources
    ResourceTextReader texts(database);
    const Integer target = total * query.percent; // cumulative × 100 ≥ target
    std::size_t keep = 0;
    std::vector<GroupExact> ranked;
    for (std::size_t want = 64;; want *= 4) {
        takeLines(best, groups, approxTarget, want, taken, takenSum);
        qint64 failedDsr = 0;
        switch (sumTakenExactly(chunks, selection->dsrs, scale, lines, taken, exact, canceled, failedDsr)) {
        case ReadStatus::Ok: break;
        case ReadStatus::Canceled: return canceledResult();
        case ReadStatus::ReadError: return readError(failedDsr);
        }
        ranked = rankExactly(lines, taken, exact, texts);
        Integer cumulative = 0;
        keep = 0;
        while (keep < ranked.size() && cumulative * 100 < target)
            cumulative += ranked[keep++].revenue;
        if (best.empty())
            break; // every line taken: the cut is exact
        const double notTakenUpper = best.peekValue() + kError * largestMagnitude;
        if (cumulative * 100 >= target && keep > 0) {
            const double last = scale.amount(ranked[keep - 1].revenue).value().convert_to<double>();
            if (last - std::abs(last) * 1e-12 > notTakenUpper) // a lower bound of the exact value
                break;
        }
    }

    // 4. The kept lines, named after their highest-earning variant.
    for (std::size_t i = 0; i < keep; ++i)
        report.items << itemOf(lines, ranked[i], exact, scale, texts);
    if (texts.failed())
        return Result::failure(tr("Cannot read the resources of the report's lines"));
    return report;
}

} // namespace rd
