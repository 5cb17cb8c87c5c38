#include "matchtotals.h"

#include "analytics/approxsums.h"
#include "index/chunkstore.h"
#include "index/transposedsums.h"
#include "util/cancelflag.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace rd {
namespace {

using Integer = CommonScale::Integer;

// An exact sum of revenues, native while it fits 128 bits.
class RevenueSum
{
public:
    void add(Decimal::Mantissa value)
    {
        Decimal::Mantissa sum;
        if (__builtin_add_overflow(m_native, value, &sum)) {
            flush();
            sum = value;
        }
        m_native = sum;
    }
    void add(const DecimalSum &value) { m_wide.add(value); }
    DecimalSum total() const
    {
        DecimalSum sum = m_wide;
        sum.add(DecimalSum::fromRaw(DecimalSum::Accumulator(m_native)));
        return sum;
    }

private:
    void flush()
    {
        m_wide.add(DecimalSum::fromRaw(DecimalSum::Accumulator(m_native)));
        m_native = 0;
    }
    Decimal::Mantissa m_native = 0;
    DecimalSum m_wide;
};

// Each DSR's exact usages and revenue over the matches, as one thread adds them up.
struct DsrSums
{
    explicit DsrSums(std::size_t dsrs) : usages(dsrs, 0), revenues(dsrs) {}
    void add(const DsrSums &other)
    {
        for (std::size_t i = 0; i < usages.size(); ++i) {
            usages[i] += other.usages[i];
            revenues[i].add(other.revenues[i].total());
        }
    }
    std::vector<qint64> usages;
    std::vector<RevenueSum> revenues;
};

// Where the sums of the matches come from: the transposed sums for the DSRs
// they hold, each other DSR's chunks otherwise. Both call onSum(i, k, usages,
// narrow, wide) for each sum of a resource ids[k] in a DSR dsrs[i] that
// wanted(i) accepts: `narrow` is the revenue's mantissa, or null with `wide`
// holding it.
class MatchSource
{
public:
    MatchSource(ChunkStore &chunks, const TransposedSums *transposed, const QList<SelectedDsr> &dsrs)
        : m_chunks(chunks)
        , m_transposed(transposed)
        , m_indexOfSlot(transposed ? transposed->dsrs().size() : 0, -1)
        , m_held(std::size_t(dsrs.size()), false)
    {
        for (qsizetype i = 0; transposed && i < dsrs.size(); ++i) {
            const int slot = transposed->slotOf(dsrs[i].id, dsrs[i].sha256);
            if (slot >= 0) {
                m_indexOfSlot[std::size_t(slot)] = int(i);
                m_held[std::size_t(i)] = true;
                m_anyHeld = true;
            }
        }
    }
    bool anyHeld() const { return m_anyHeld; }

    // The DSRs the transposed sums do not hold, one read of chunks each.
    // Returns the DSR it could not read, or 0.
    template<typename Wanted, typename OnSum>
    qint64 visitChunks(const QList<SelectedDsr> &dsrs, const std::vector<std::int64_t> &ids, Wanted &&wanted, OnSum &&onSum,
                       const std::atomic_bool *canceled, bool &wasCanceled)
    {
        for (qsizetype i = 0; i < dsrs.size(); ++i) {
            if (m_held[std::size_t(i)] || !wanted(std::size_t(i)))
                continue;
            if ((wasCanceled = isCanceled(canceled)))
                return 0;
            const bool read = m_chunks.visitMatches(dsrs[i].id, ids, [&](std::size_t k, const ChunkStore::View &chunk, std::size_t e) {
                if (chunk.narrow()) {
                    const Decimal::Mantissa narrow = chunk.narrowRevenue(e);
                    onSum(std::size_t(i), k, chunk.usages(e), &narrow, nullptr);
                } else {
                    const DecimalSum wide = chunk.revenue(e);
                    onSum(std::size_t(i), k, chunk.usages(e), nullptr, &wide);
                }
            });
            if (!read)
                return dsrs[i].id;
        }
        return 0;
    }

    // The DSRs the transposed sums hold, for the ids [from, to): one walk for all of them.
    template<typename Wanted, typename OnSum>
    void visitHeld(const std::vector<std::int64_t> &ids, std::size_t from, std::size_t to, Wanted &&wanted, OnSum &&onSum,
                   const std::atomic_bool *canceled, bool &wasCanceled) const
    {
        for (std::size_t k = from; m_anyHeld && k < to; ++k) {
            if (k % 4096 == 0 && (wasCanceled = isCanceled(canceled)))
                return;
            constexpr std::size_t kAhead = 24;
            if (k + 2 * kAhead < to)
                m_transposed->prefetch(ids[k + 2 * kAhead], 0);
            if (k + kAhead < to)
                m_transposed->prefetch(ids[k + kAhead], 1);
            m_transposed->visit(ids[k], [&](std::uint32_t p, std::uint16_t slot, std::int64_t usages, const Decimal::Mantissa &revenue) {
                const int i = m_indexOfSlot[slot];
                if (i < 0 || !wanted(std::size_t(i)))
                    return;
                if (m_transposed->isWide(p))
                    onSum(std::size_t(i), k, usages, nullptr, &m_transposed->wide(p));
                else
                    onSum(std::size_t(i), k, usages, &revenue, nullptr);
            });
        }
    }

private:
    ChunkStore &m_chunks;
    const TransposedSums *m_transposed;
    std::vector<int> m_indexOfSlot; // by slot of the transposed sums: the DSR's index, or -1
    std::vector<bool> m_held;       // by DSR index
    bool m_anyHeld = false;
};

// Visits the held DSRs' sums of the matches on several threads: each takes a run of
// the matches and adds up into its own DsrSums (made by adderFor), merged into sums.
// False when canceled.
template<typename AdderFor>
bool visitHeldInParallel(const MatchSource &source, const std::vector<std::int64_t> &matches, std::size_t dsrCount, AdderFor &&adderFor,
                         const std::atomic_bool *canceled, DsrSums &sums)
{
    const std::size_t threads = matches.size() < 4096 ? 1 : std::max(1u, std::thread::hardware_concurrency());
    std::vector<DsrSums> parts(threads, DsrSums(dsrCount));
    std::vector<char> partCanceled(threads, 0);
    std::vector<std::thread> workers;
    const auto everyDsr = [](std::size_t) { return true; };
    auto work = [&](std::size_t t) {
        bool stopped = false;
        source.visitHeld(matches, matches.size() * t / threads, matches.size() * (t + 1) / threads, everyDsr, adderFor(parts[t]), canceled,
                         stopped);
        partCanceled[t] = stopped;
    };
    for (std::size_t t = 1; t < threads; ++t)
        workers.emplace_back(work, t);
    work(0);
    for (std::thread &worker : workers)
        worker.join();
    bool wasCanceled = false;
    for (std::size_t t = 0; t < threads; ++t) {
        sums.add(parts[t]);
        wasCanceled = wasCanceled || partCanceled[t];
    }
    return !wasCanceled;
}

// The finalists: every match whose upper bound reaches the count-th best lower bound,
// as resource ids and as indexes into the matches.
void finalistsOf(const std::vector<ApproxSums::Entry> &approx, const std::vector<std::int64_t> &matches, int count,
                 std::vector<std::int64_t> &finalists, std::vector<std::size_t> &finalistMatch)
{
    std::vector<double> lowers;
    for (const ApproxSums::Entry &a : approx)
        if (a.seen)
            lowers.push_back(a.revenue.lower());
    if (lowers.empty())
        return;
    const std::size_t nth = std::min(lowers.size(), std::size_t(count)) - 1;
    std::nth_element(lowers.begin(), lowers.begin() + std::ptrdiff_t(nth), lowers.end(), std::greater<>());
    const double cut = lowers.size() > std::size_t(count) ? lowers[nth] : -HUGE_VAL;
    for (std::size_t k = 0; k < approx.size(); ++k)
        if (approx[k].seen && approx[k].revenue.upper() >= cut) {
            finalists.push_back(matches[k]);
            finalistMatch.push_back(k);
        }
}

} // namespace

MatchTotals sumMatches(ChunkStore &chunks, const TransposedSums *transposed, const QList<SelectedDsr> &dsrs,
                       const CommonScale &scale, const std::vector<std::int64_t> &matches, int count,
                       const std::atomic_bool *canceled)
{
    MatchTotals out;
    auto fail = [&](MatchTotals::Status status, qint64 dsrId) {
        out.status = status;
        out.failedDsr = dsrId;
        return out;
    };
    MatchSource source(chunks, transposed, dsrs);
    const auto everyDsr = [](std::size_t) { return true; };
    const auto convertible = [&](std::size_t i) { return dsrs[qsizetype(i)].convertible(); };

    // 1. Every DSR's exact totals and each match's approximate sums.
    const std::size_t dsrCount = std::size_t(dsrs.size());
    std::vector<char> ranked(dsrCount, 0); // only DSRs with a rate count towards the ranking
    std::vector<double> inverseRates(dsrCount, 0);
    for (std::size_t i = 0; i < dsrCount; ++i) {
        ranked[i] = count > 0 && dsrs[qsizetype(i)].convertible();
        inverseRates[i] = ranked[i] ? scale.inverseRate(dsrs[qsizetype(i)].id) : 0;
    }
    // Each match's sums over the ranked DSRs, approximately.
    std::vector<ApproxSums::Entry> approx(count > 0 ? matches.size() : 0);
    auto addingTo = [&](DsrSums &sums) {
        return [&](std::size_t i, std::size_t k, std::int64_t used, const Decimal::Mantissa *narrow, const DecimalSum *wide) {
            sums.usages[i] += used;
            if (narrow)
                sums.revenues[i].add(*narrow);
            else
                sums.revenues[i].add(*wide);
            if (ranked[i]) {
                ApproxSums::Entry &a = approx[k];
                a.revenue.add((narrow ? Decimal::mantissaToDouble(*narrow) : wide->approximateMantissa()) * inverseRates[i]);
                a.usages += used;
                a.seen = true;
            }
        };
    };
    DsrSums sums(dsrCount);
    bool wasCanceled = false;
    qint64 unread = source.visitChunks(dsrs, matches, everyDsr, addingTo(sums), canceled, wasCanceled);
    if (!wasCanceled && unread == 0 && source.anyHeld())
        wasCanceled = !visitHeldInParallel(source, matches, dsrCount, addingTo, canceled, sums);
    if (wasCanceled)
        return fail(MatchTotals::Status::Canceled, 0);
    if (unread != 0)
        return fail(MatchTotals::Status::ReadError, unread);
    for (std::size_t i = 0; i < dsrCount; ++i)
        out.perDsr.push_back(MatchTotals::PerDsr{sums.usages[i], sums.revenues[i].total()});
    if (count <= 0 || dsrs.size() > 1'000'000) // the error margin assumes at most 10^6 terms a sum
        return out;

    // 2. The finalists: every match whose upper bound reaches the count-th best lower bound.
    std::vector<std::int64_t> finalists;
    std::vector<std::size_t> finalistMatch;
    finalistsOf(approx, matches, count, finalists, finalistMatch);
    if (finalists.empty())
        return out;

    // 3. Their exact sums, then the exact order.
    std::vector<Integer> exact(finalists.size(), Integer(0));
    auto addExact = [&](std::size_t i, std::size_t f, std::int64_t, const Decimal::Mantissa *narrow, const DecimalSum *wide) {
        const qint64 dsrId = dsrs[qsizetype(i)].id;
        exact[f] += narrow ? scale.numerator(dsrId, *narrow) : scale.numerator(dsrId, *wide);
    };
    unread = source.visitChunks(dsrs, finalists, convertible, addExact, canceled, wasCanceled);
    if (!wasCanceled && unread == 0)
        source.visitHeld(finalists, 0, finalists.size(), convertible, addExact, canceled, wasCanceled);
    if (wasCanceled)
        return fail(MatchTotals::Status::Canceled, 0);
    if (unread != 0)
        return fail(MatchTotals::Status::ReadError, unread);
    std::vector<std::size_t> order(finalists.size());
    for (std::size_t f = 0; f < order.size(); ++f)
        order[f] = f;
    const auto keep = std::min(order.size(), std::size_t(count));
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(keep), order.end(), [&](std::size_t a, std::size_t b) {
        return exact[a] != exact[b] ? exact[a] > exact[b] : finalists[a] < finalists[b];
    });
    for (std::size_t i = 0; i < keep; ++i) {
        TopResource r;
        r.resourceId = finalists[order[i]];
        r.usages = approx[finalistMatch[order[i]]].usages;
        r.revenue = scale.amount(exact[order[i]]);
        out.top << r;
    }
    return out;
}

} // namespace rd
