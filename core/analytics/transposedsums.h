#pragma once

#include "money/decimalsum.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace rd {

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
    static std::unique_ptr<TransposedSums> build(sqlite3 *db, const std::atomic_bool *canceled = nullptr);
    // The ingested DSRs that have per-resource sums, as build() would read them.
    static bool listDsrs(sqlite3 *db, std::vector<Dsr> &out);

    const std::vector<Dsr> &dsrs() const { return m_dsrs; }
    // The DSR's slot, or -1 when these sums do not hold it (or another version of it).
    int slotOf(qint64 dsrId, const QString &sha256) const;
    std::size_t sumCount() const { return m_slots.size(); }
    std::size_t bytes() const;

    // Calls onSum(slot, usages, revenue) for each sum of the resource, in slot
    // order; `revenue` is the narrow mantissa, or null with wide() holding it.
    template<typename OnSum>
    void visit(std::int64_t resourceId, OnSum &&onSum) const
    {
        if (resourceId < 0 || std::uint64_t(resourceId) + 1 >= m_begin.size())
            return;
        for (std::uint32_t p = m_begin[std::size_t(resourceId)], end = m_begin[std::size_t(resourceId) + 1]; p < end; ++p)
            onSum(p, m_slots[p], m_usages[p], m_revenues[p]);
    }
    // Whether the p-th sum outgrew a Decimal mantissa; wide(p) is then its value.
    bool isWide(std::uint32_t p) const { return m_revenues[p] == kWideMark; }
    const DecimalSum &wide(std::uint32_t p) const { return m_wide.at(p); }

private:
    static constexpr Decimal::Mantissa kWideMark = Decimal::Mantissa(1) << 127; // the lowest mantissa

    std::vector<Dsr> m_dsrs;                      // by slot
    std::vector<std::uint32_t> m_begin;           // by resource id: where its sums begin (one more at the end)
    std::vector<std::uint16_t> m_slots;           // by sum: the DSR's slot
    std::vector<std::int64_t> m_usages;           // by sum
    std::vector<Decimal::Mantissa> m_revenues;    // by sum: the revenue, or kWideMark
    std::unordered_map<std::uint32_t, DecimalSum> m_wide; // the sums marked kWideMark
};

} // namespace rd
