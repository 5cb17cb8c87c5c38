#pragma once

#include "analytics/commonscale.h"
#include "util/hugepagebuffer.h"

#include <atomic>
#include <memory>

namespace rd {

class ChunkStore;

// Every resource's revenue over a set of DSRs, approximately (in the base
// currency, see CommonScale::approximate), and its exact usages: one dense
// array over the span of resource ids the DSRs have. Adding a DSR is then a
// sequential walk of its chunks instead of a merge of sorted lists, and the
// array lives in huge pages, since faulting in hundreds of MB page by page
// would cost more than the sums.
class ApproxSums
{
public:
    struct Entry
    {
        ApproximateSum revenue;
        qint64 usages = 0;
        bool seen = false; // some DSR has the resource
    };
    enum class Status { Ok, Canceled, ReadError };

    // Status::ReadError names the DSR in failedDsr.
    Status add(ChunkStore &chunks, const QList<SelectedDsr> &dsrs, const CommonScale &scale, const std::atomic_bool *canceled);
    qint64 failedDsr() const { return m_failedDsr; }

    std::int64_t firstId() const { return m_firstId; }
    std::size_t span() const { return m_span; }
    const Entry &at(std::size_t index) const { return entries()[index]; }
    std::int64_t idAt(std::size_t index) const { return m_firstId + std::int64_t(index); }

private:
    Entry *entries() const { return static_cast<Entry *>(m_buffer->data()); }

    std::unique_ptr<HugePageBuffer> m_buffer;
    std::int64_t m_firstId = 0;
    std::size_t m_span = 0;
    qint64 m_failedDsr = 0;
};

} // namespace rd
