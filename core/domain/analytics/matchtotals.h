#pragma once

#include "analytics/analyticsresult.h"
#include "analytics/commonscale.h"

#include <atomic>
#include <vector>

namespace rd {

class ChunkStore;
class TransposedSums;

// What a text search adds up: every DSR's
// usages and revenue over the matching resources, and the `count` matching
// resources with the highest revenue.
struct MatchTotals
{
    enum class Status { Ok, Canceled, ReadError };
    Status status = Status::Ok;
    qint64 failedDsr = 0; // for ReadError

    struct PerDsr
    {
        qint64 usages = 0;
        DecimalSum revenue; // as reported
    };
    std::vector<PerDsr> perDsr; // in the order of the DSRs given
    QList<TopResource> top;     // unnamed (ids, usages, revenue)
};

// The ranking runs on doubles with a proven error margin; only the resources
// whose margins reach the boundary are summed exactly, so ties and near-ties
// are decided exactly (equal revenue: lower resource id first). Only DSRs
// with a rate count towards the ranking.
// The sums come from `transposed` (may be null) for the DSRs it holds, from
// the chunks for the others.
MatchTotals sumMatches(ChunkStore &chunks, const TransposedSums *transposed, const QList<SelectedDsr> &dsrs,
                       const CommonScale &scale, const std::vector<std::int64_t> &matches, int count,
                       const std::atomic_bool *canceled);

} // namespace rd
