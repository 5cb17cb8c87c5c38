#include "matchtotals.h"

#include "analytics/chunkstore.h"
#include "analytics/transposedsums.h"
#include "util/cancelflag.h"

#include <algorithm>
#include <cmath>

namespace rd {
namespace {

using Integer = CommonScale::Integer;
constexpr double kError = CommonScale::kApproximationError;

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
    DecimalSum total()
    {
        flush();
        return m_wide;
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

// A matching resource's sums over the ranked DSRs, approximately (see CommonScale::approximate).
struct Approx
{
    double value = 0, magnitude = 0;
    qint64 usages = 0;
    bool seen = false;
    double lower() const { return value - kError * magnitude; }
    double upper() const { return value + kError * magnitude; }
};

// Where the sums of the matches come from: the transposed sums for the DSRs
// they hold (one walk over the matches for all of those), each other DSR's
// chunks otherwise.
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

    // Calls onSum(i, k, usages, narrow, wide) for each sum of a resource
    // ids[k] in a DSR dsrs[i] that wanted(i) accepts: `narrow` is the
    // revenue's mantissa, or null with `wide` holding it. Returns the DSR it
    // could not read, or 0.
    template<typename Wanted, typename OnSum>
    qint64 visit(const QList<SelectedDsr> &dsrs, const std::vector<std::int64_t> &ids, Wanted &&wanted, OnSum &&onSum,
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
        if (!m_anyHeld)
            return 0;
        for (std::size_t k = 0; k < ids.size(); ++k) {
            if (k % 4096 == 0 && (wasCanceled = isCanceled(canceled)))
                return 0;
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
        return 0;
    }

private:
    ChunkStore &m_chunks;
    const TransposedSums *m_transposed;
    std::vector<int> m_indexOfSlot; // by slot of the transposed sums: the DSR's index, or -1
    std::vector<bool> m_held;       // by DSR index
    bool m_anyHeld = false;
};

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
    bool wasCanceled = false;
    const auto everyDsr = [](std::size_t) { return true; };
    const auto convertible = [&](std::size_t i) { return dsrs[qsizetype(i)].convertible(); };

    // 1. Every DSR's exact totals and each match's approximate sums.
    const std::size_t dsrCount = std::size_t(dsrs.size());
    std::vector<qint64> usages(dsrCount, 0);
    std::vector<RevenueSum> revenues(dsrCount);
    std::vector<char> ranked(dsrCount, 0); // only DSRs with a rate count towards the ranking
    std::vector<double> inverseRates(dsrCount, 0);
    for (std::size_t i = 0; i < dsrCount; ++i) {
        ranked[i] = count > 0 && dsrs[qsizetype(i)].convertible();
        inverseRates[i] = ranked[i] ? scale.inverseRate(dsrs[qsizetype(i)].id) : 0;
    }
    std::vector<Approx> approx(count > 0 ? matches.size() : 0);
    qint64 unread = source.visit(dsrs, matches, everyDsr,
        [&](std::size_t i, std::size_t k, std::int64_t used, const Decimal::Mantissa *narrow, const DecimalSum *wide) {
            usages[i] += used;
            if (narrow)
                revenues[i].add(*narrow);
            else
                revenues[i].add(*wide);
            if (ranked[i]) {
                Approx &a = approx[k];
                const double v = (narrow ? static_cast<double>(*narrow) : CommonScale::approximateMantissa(*wide)) * inverseRates[i];
                a.value += v;
                a.magnitude += std::abs(v);
                a.usages += used;
                a.seen = true;
            }
        }, canceled, wasCanceled);
    if (wasCanceled)
        return fail(MatchTotals::Status::Canceled, 0);
    if (unread != 0)
        return fail(MatchTotals::Status::ReadError, unread);
    for (std::size_t i = 0; i < dsrCount; ++i)
        out.perDsr.push_back(MatchTotals::PerDsr{usages[i], revenues[i].total()});
    if (count <= 0 || dsrs.size() > 1'000'000) // the error margin assumes at most 10^6 terms a sum
        return out;

    // 2. The finalists: every match whose upper bound reaches the count-th best lower bound.
    std::vector<double> lowers;
    for (const Approx &a : approx)
        if (a.seen)
            lowers.push_back(a.lower());
    if (lowers.empty())
        return out;
    const std::size_t nth = std::min(lowers.size(), std::size_t(count)) - 1;
    std::nth_element(lowers.begin(), lowers.begin() + std::ptrdiff_t(nth), lowers.end(), std::greater<>());
    const double cut = lowers.size() > std::size_t(count) ? lowers[nth] : -HUGE_VAL;
    std::vector<std::int64_t> finalists;
    std::vector<std::size_t> finalistMatch;
    for (std::size_t k = 0; k < approx.size(); ++k)
        if (approx[k].seen && approx[k].upper() >= cut) {
            finalists.push_back(matches[k]);
            finalistMatch.push_back(k);
        }

    // 3. Their exact sums, then the exact order.
    std::vector<Integer> exact(finalists.size(), Integer(0));
    unread = source.visit(dsrs, finalists, convertible,
        [&](std::size_t i, std::size_t f, std::int64_t, const Decimal::Mantissa *narrow, const DecimalSum *wide) {
            const qint64 dsrId = dsrs[qsizetype(i)].id;
            exact[f] += narrow ? scale.numerator(dsrId, *narrow) : scale.numerator(dsrId, *wide);
        }, canceled, wasCanceled);
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
