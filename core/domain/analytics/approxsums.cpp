#include "approxsums.h"

#include "index/chunkstore.h"
#include "util/cancelflag.h"

#include <cmath>

namespace rd {

ApproxSums::Status ApproxSums::add(ChunkStore &chunks, const QList<SelectedDsr> &dsrs, const CommonScale &scale,
                                   const std::atomic_bool *canceled)
{
    auto readError = [this](qint64 dsrId) {
        m_failedDsr = dsrId;
        return Status::ReadError;
    };
    // The span first, so that one zeroed block holds every resource.
    std::int64_t first = std::numeric_limits<std::int64_t>::max(), last = 0;
    for (const SelectedDsr &dsr : dsrs) {
        const auto range = chunks.idRange(dsr.id);
        if (chunks.failed())
            return readError(dsr.id);
        if (range) {
            first = std::min(first, range->first);
            last = std::max(last, range->second);
        }
    }
    if (last < first)
        return Status::Ok;
    m_firstId = first;
    m_span = std::size_t(last - first + 1);
    m_buffer = std::make_unique<HugePageBuffer>(m_span * sizeof(Entry)); // zero-filled: all Entry()
    Entry *sums = entries();
    bool outOfSpan = false; // a chunk that contradicts its own id range: damaged
    for (const SelectedDsr &dsr : dsrs) {
        if (isCanceled(canceled))
            return Status::Canceled;
        const double inverseRate = scale.inverseRate(dsr.id);
        const bool read = chunks.scan(dsr.id, [&](const ChunkStore::View &chunk) {
            for (std::size_t i = 0; i < chunk.size(); ++i) {
                const std::int64_t id = chunk.id(i);
                if (id < first || id > last) {
                    outOfSpan = true;
                    return;
                }
                Entry &e = sums[id - first];
                e.revenue.add(chunk.approximateRevenue(i) * inverseRate);
                e.usages += chunk.usages(i);
                e.seen = true;
            }
        });
        if (!read || outOfSpan)
            return readError(dsr.id);
    }
    return Status::Ok;
}

} // namespace rd
