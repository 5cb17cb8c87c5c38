#include "matchtotals.h"

#include "analytics/chunkstore.h"
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

} // namespace

MatchTotals sumMatches(ChunkStore &chunks, const QList<SelectedDsr> &dsrs, const CommonScale &scale,
                       const std::vector<std::int64_t> &matches, int count, const std::atomic_bool *canceled)
{
    MatchTotals out;
    auto fail = [&](MatchTotals::Status status, qint64 dsrId) {
        out.status = status;
        out.failedDsr = dsrId;
        return out;
    };
    // 1. One walk per DSR: its exact totals and each match's approximate sums.
    std::vector<Approx> approx(count > 0 ? matches.size() : 0);
    for (const SelectedDsr &dsr : dsrs) {
        if (isCanceled(canceled))
            return fail(MatchTotals::Status::Canceled, 0);
        const bool ranked = count > 0 && dsr.convertible();
        const double inverseRate = scale.inverseRate(dsr.id);
        MatchTotals::PerDsr totals;
        RevenueSum revenue;
        const bool read = chunks.visitMatches(dsr.id, matches, [&](std::size_t k, const ChunkStore::View &chunk, std::size_t i) {
            const qint64 usages = chunk.usages(i);
            totals.usages += usages;
            if (chunk.narrow())
                revenue.add(chunk.narrowRevenue(i));
            else
                revenue.add(chunk.revenue(i));
            if (ranked) {
                Approx &a = approx[k];
                const double v = chunk.approximateRevenue(i) * inverseRate;
                a.value += v;
                a.magnitude += std::abs(v);
                a.usages += usages;
                a.seen = true;
            }
        });
        if (!read)
            return fail(MatchTotals::Status::ReadError, dsr.id);
        totals.revenue = revenue.total();
        out.perDsr.push_back(std::move(totals));
    }
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
    for (const SelectedDsr &dsr : dsrs) {
        if (!dsr.convertible())
            continue;
        if (isCanceled(canceled))
            return fail(MatchTotals::Status::Canceled, 0);
        const bool read = chunks.visitMatches(dsr.id, finalists, [&](std::size_t f, const ChunkStore::View &chunk, std::size_t i) {
            exact[f] += chunk.narrow() ? scale.numerator(dsr.id, chunk.narrowRevenue(i))
                                       : scale.numerator(dsr.id, chunk.revenue(i));
        });
        if (!read)
            return fail(MatchTotals::Status::ReadError, dsr.id);
    }
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
