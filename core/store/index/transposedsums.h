#pragma once

#include "index/resourcechunk.h"
#include "money/decimalsum.h"
#include "util/hugepageallocator.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <limits>
#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace rd {

class Database;

// The per-resource sums of many DSRs, turned around: for each resource, its
// sums in every DSR, next to each other in memory. A text search that
// matches a tenth of the resources then reads just their sums (a few
// hundred megabytes less than every DSR's chunks; about 25 ms instead of
// 0.5 s for 40M sums). An ingested DSR never changes, so the sums stay right
// for each DSR they were read from, for as long as (id, SHA-256) names it.
class TransposedSums
{
public:
    struct Dsr
    {
        qint64 id = 0;
        QString sha256;
    };

    // Reads every ingested DSR's chunks. Null on a read error, when canceled,
    // or beyond what the layout holds (65,535 DSRs or 2^32 sums).
    static std::unique_ptr<TransposedSums> build(Database &database, const std::atomic_bool *canceled = nullptr);
    // The ingested DSRs that have per-resource sums, as build() would read them.
    static bool listDsrs(sqlite3 *db, std::vector<Dsr> &out);

    const std::vector<Dsr> &dsrs() const { return m_dsrs; }
    // The DSR's slot, or -1 when these sums do not hold it (or another version of it).
    int slotOf(qint64 dsrId, const QString &sha256) const;
    std::size_t sumCount() const { return m_entries.size(); }
    std::size_t bytes() const;

    // Calls onSum(p, slot, usages, revenue) for each sum p of the resource, in
    // slot order; when isWide(p), wide(p) holds the revenue instead.
    template<typename OnSum>
    void visit(std::int64_t resourceId, OnSum &&onSum) const
    {
        if (resourceId < 0 || std::uint64_t(resourceId) + 1 >= m_begin.size())
            return;
        for (std::uint32_t p = m_begin[std::size_t(resourceId)], end = m_begin[std::size_t(resourceId) + 1]; p < end; ++p) {
            const Entry &e = m_entries[p];
            const auto revenue = static_cast<Decimal::Mantissa>((static_cast<unsigned __int128>(e.revenueHigh) << 64) | e.revenueLow);
            const auto usages = static_cast<std::int64_t>(e.slotAndUsages << 16) >> 16; // sign-extends the low 48 bits
            onSum(p, std::uint16_t(e.slotAndUsages >> 48), usages == kLargeMark ? m_largeUsages.at(p) : usages, revenue);
        }
    }
    // Asks the memory for the resource's place (stage 0), or, once that has
    // arrived, for its sums (stage 1): a walk over scattered resources issues
    // these some resources ahead so that it seldom waits.
    void prefetch(std::int64_t resourceId, int stage) const
    {
        if (resourceId < 0 || std::uint64_t(resourceId) + 1 >= m_begin.size())
            return;
        if (stage == 0) {
            touch(reinterpret_cast<const char *>(&m_begin[std::size_t(resourceId)]));
            return;
        }
        const std::uint32_t begin = m_begin[std::size_t(resourceId)], end = m_begin[std::size_t(resourceId) + 1];
        if (end == begin)
            return;
        const auto *first = reinterpret_cast<const char *>(&m_entries[begin]);
        const auto *last = reinterpret_cast<const char *>(&m_entries[end - 1]);
        touch(first);
        if (last - first > 64)
            touch(first + 64);
        if (last - first > 128)
            touch(first + 128);
        touch(last);
    }
    // A prefetch the compiler keeps: GCC deletes __builtin_prefetch where it
    // only runs under a condition (its dead-code pass deems it useless).
    static void touch(const char *address)
    {
#if defined(__x86_64__)
        asm volatile("prefetcht0 %0" : : "m"(*address));
#else
        __builtin_prefetch(address);
#endif
    }
    bool isWide(std::uint32_t p) const { return m_entries[p].revenueHigh == kWideHigh && m_entries[p].revenueLow == 0; }
    const DecimalSum &wide(std::uint32_t p) const { return m_wide.at(p); }

private:
    // One sum in 24 bytes, so that a resource's sums share cache lines: the
    // revenue's mantissa in two halves (a 16-byte integer would pad the entry
    // to 32), the slot in the top 16 bits and the usages in the low 48.
    struct Entry
    {
        std::uint64_t revenueLow = 0;
        std::int64_t revenueHigh = 0;
        std::uint64_t slotAndUsages = 0;
    };
    static constexpr std::int64_t kWideHigh = std::numeric_limits<std::int64_t>::min(); // with revenueLow 0: see m_wide
    static constexpr std::int64_t kLargeMark = -(std::int64_t(1) << 47); // usages: see m_largeUsages
    void store(std::uint32_t p, std::uint16_t slot, std::int64_t usages, const resourcechunk::View &chunk, std::size_t i);

    std::vector<Dsr> m_dsrs;            // by slot
    template<typename T>
    using HugeArray = std::vector<T, HugePageAllocator<T>>;
    HugeArray<std::uint32_t> m_begin; // by resource id: where its sums begin (one more at the end)
    HugeArray<Entry> m_entries;       // by sum
    std::unordered_map<std::uint32_t, DecimalSum> m_wide;           // revenues past a mantissa, or that look like the mark
    std::unordered_map<std::uint32_t, std::int64_t> m_largeUsages;  // usages past 48 bits, or that look like the mark
};

} // namespace rd
