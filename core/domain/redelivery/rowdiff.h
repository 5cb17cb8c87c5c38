#pragma once

#include "formats/dsrrow.h"
#include "ingest/rowchange.h"
#include "util/hugepagebuffer.h"

#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rd {

class Database;
class UsageRowCursor;

// The difference between a DSR's stored rows and a new delivery of it.
//
// Rows are matched by a stable row key, the dsp_id and ISRC, and compared by
// a content hash (resource text, usages, revenue). Equal rows pair first;
// rows whose key is left over on both sides then pair as updates, in file
// order; the rest are created or deleted. Rows that repeat a key are matched
// as a multiset, so the diff is minimal whatever their order.
//
// The stored side is a hash table of 24 bytes a row (in huge pages), filled
// from the DSR's resources and one scan of its usage rows; the delivered side
// streams through it, keeping only the rows that differ.
class RowDiff
{
public:
    RowDiff();
    ~RowDiff();

    // 1. The stored rows of the DSR (its current version).
    bool loadStored(Database &database, qint64 dsrId, QString &error);
    // 2. The delivered rows, in file order (a batch at a time: their slots are fetched ahead).
    void add(const DsrRow &row);
    void add(const std::vector<DsrRow> &rows);
    // 3. Pairs what is left; the totals are those of the stored and the delivered rows.
    void finish(qint64 storedUsages, const DecimalSum &storedRevenue);

    const DiffSummary &summary() const { return m_summary; }
    const std::vector<RowChange> &changes() const { return m_changes; }
    // The delivered rows' totals.
    qint64 deliveredUsages() const { return m_usages; }
    const DecimalSum &deliveredRevenue() const { return m_revenue; }
    std::uint64_t deliveredRows() const { return m_rows; }

    static std::uint64_t rowKey(std::string_view dspId, std::string_view isrc);
    // revenueText: the canonical decimal text as stored (empty: missing).
    static std::uint64_t rowContent(const ResourceKey &text, const std::optional<std::int64_t> &usages,
                                    std::string_view revenueText);

private:
    bool loadResourceKeys(Database &database, qint64 dsrId, QString &error);
    bool scanStored(UsageRowCursor &rows, qint64 dsrId, std::atomic<std::size_t> &loaded, QString &error);
    struct ResourceKeys
    {
        ResourceKey text;
        std::uint64_t row = 0;
    };
    const ResourceKeys *keysOf(std::int64_t resourceId) const;

    struct Slot
    {
        std::uint64_t key = 0, content = 0;
        std::int64_t rowId = 0; // 0: empty; negative: matched
    };
    Slot *claim(std::uint64_t key, std::uint64_t content);
    void insert(std::uint64_t key, std::uint64_t content, std::int64_t rowId);
    void prefetch(std::uint64_t key, std::uint64_t content) const;
    void addFingerprinted(const DsrRow &row, std::uint64_t key, std::uint64_t content);

    // The DSR's resources' keys: dense over their id span, or hashed when that is sparse.
    std::int64_t m_firstResource = 0;
    std::vector<ResourceKeys> m_denseKeys;
    std::vector<bool> m_denseKnown;
    std::unordered_map<std::int64_t, ResourceKeys> m_sparseKeys;
    std::unique_ptr<HugePageBuffer> m_table;
    std::size_t m_mask = 0;
    struct Pending
    {
        std::uint64_t key;
        DeliveredRow row;
    };
    std::vector<Pending> m_pending;
    std::vector<RowChange> m_changes;
    DiffSummary m_summary;
    std::uint64_t m_rows = 0;
    qint64 m_usages = 0;
    DecimalSum m_revenue;
};

} // namespace rd
