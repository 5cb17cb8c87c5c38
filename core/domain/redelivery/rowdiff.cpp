#include "rowdiff.h"

#include "index/chunkstore.h"
#include "index/resourcescan.h"
#include "rows/usagerowcursor.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cstring>
#include <thread>
#include <unordered_map>

namespace rd {

std::uint64_t RowDiff::rowKey(std::string_view dspId, std::string_view isrc)
{
    XXH3_state_t state;
    XXH3_64bits_reset(&state);
    XXH3_64bits_update(&state, dspId.data(), dspId.size());
    XXH3_64bits_update(&state, "\t", 1);
    XXH3_64bits_update(&state, isrc.data(), isrc.size());
    return XXH3_64bits_digest(&state);
}

std::uint64_t RowDiff::rowContent(const ResourceKey &text, const std::optional<std::int64_t> &usages,
                                  std::string_view revenueText)
{
    // A missing value and a zero differ: a flag byte says which are present.
    // Packed by hand: a struct's padding bytes would make the hash vary.
    unsigned char fixed[8 + 8 + 8 + 1];
    const std::int64_t usageValue = usages.value_or(0);
    std::memcpy(fixed, &text.low, 8);
    std::memcpy(fixed + 8, &text.high, 8);
    std::memcpy(fixed + 16, &usageValue, 8);
    fixed[24] = static_cast<unsigned char>((usages ? 1 : 0) | (revenueText.empty() ? 0 : 2));
    XXH3_state_t state;
    XXH3_64bits_reset(&state);
    XXH3_64bits_update(&state, fixed, sizeof fixed);
    XXH3_64bits_update(&state, revenueText.data(), revenueText.size()); // canonical text: equal values, equal bytes
    return XXH3_64bits_digest(&state);
}

RowDiff::RowDiff() = default;
RowDiff::~RowDiff() = default;

// A row's home slot mixes its key and content: a popular resource's many rows
// differ in usages or revenue, so they spread instead of forming one long run.
static std::size_t homeOf(std::uint64_t key, std::uint64_t content) { return std::size_t(key ^ (content * 0x9E3779B97F4A7C15ULL)); }

void RowDiff::prefetch(std::uint64_t key, std::uint64_t content) const
{
    __builtin_prefetch(static_cast<const Slot *>(m_table->data()) + (homeOf(key, content) & m_mask));
}

void RowDiff::insert(std::uint64_t key, std::uint64_t content, std::int64_t rowId)
{
    auto *table = static_cast<Slot *>(m_table->data());
    for (std::size_t i = homeOf(key, content) & m_mask;; i = (i + 1) & m_mask) {
        std::int64_t empty = 0;
        // Claim the slot first: another loader may be after the same one.
        if (table[i].rowId == 0
            && __atomic_compare_exchange_n(&table[i].rowId, &empty, rowId, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
            table[i].key = key;
            table[i].content = content;
            return;
        }
    }
}

// The first unmatched stored row with the key and content, marked matched.
RowDiff::Slot *RowDiff::claim(std::uint64_t key, std::uint64_t content)
{
    if (!m_table)
        return nullptr;
    auto *table = static_cast<Slot *>(m_table->data());
    // Equal rows sit in one probe run from their home slot.
    for (std::size_t i = homeOf(key, content) & m_mask; table[i].rowId != 0; i = (i + 1) & m_mask) {
        Slot &s = table[i];
        if (s.rowId > 0 && s.key == key && s.content == content) {
            s.rowId = -s.rowId;
            return &s;
        }
    }
    return nullptr;
}

const RowDiff::ResourceKeys *RowDiff::keysOf(std::int64_t resourceId) const
{
    if (!m_denseKeys.empty()) {
        const std::int64_t i = resourceId - m_firstResource;
        return i >= 0 && std::size_t(i) < m_denseKeys.size() && m_denseKnown[std::size_t(i)] ? &m_denseKeys[std::size_t(i)] : nullptr;
    }
    const auto it = m_sparseKeys.find(resourceId);
    return it == m_sparseKeys.end() ? nullptr : &it->second;
}

// The keys of the DSR's resources: their ids from its stored per-resource
// sums, their texts from one range scan of the resources.
bool RowDiff::loadResourceKeys(Database &database, qint64 dsrId, QString &error)
{
    std::vector<std::int64_t> ids;
    ChunkStore chunks(database);
    if (!chunks.scan(dsrId, [&](const ChunkStore::View &chunk) {
            for (std::size_t i = 0; i < chunk.size(); ++i)
                ids.push_back(chunk.id(i));
        })) {
        error = QStringLiteral("cannot read the resource totals of DSR %1").arg(dsrId);
        return false;
    }
    if (ids.empty())
        return true;
    m_firstResource = ids.front();
    const std::size_t span = std::size_t(ids.back() - ids.front() + 1);
    const bool dense = span <= 4 * ids.size() + 4096;
    if (dense) {
        m_denseKeys.resize(span);
        m_denseKnown.assign(span, false);
    }
    ResourceScan resources(database, ids.front() - 1, ids.back());
    auto wanted = ids.begin();
    while (resources.next()) {
        const ResourceFields &r = resources.row();
        while (wanted != ids.end() && *wanted < r.id)
            ++wanted;
        if (wanted == ids.end() || *wanted != r.id)
            continue; // another DSR's resource
        const ResourceKeys keys{ResourceKey::of(r.dspId, r.title, r.artists, r.isrc), rowKey(r.dspId, r.isrc)};
        if (dense) {
            m_denseKeys[std::size_t(r.id - m_firstResource)] = keys;
            m_denseKnown[std::size_t(r.id - m_firstResource)] = true;
        } else {
            m_sparseKeys.emplace(r.id, keys);
        }
    }
    if (resources.failed()) {
        error = resources.error();
        return false;
    }
    return true;
}

// Scans the stored rows of one id range into the table. Runs on two threads
// at once (each with its own cursor and connection), so inserts claim their
// slot with a compare-and-swap; nothing reads the table until both are done.
bool RowDiff::scanStored(UsageRowCursor &rows, qint64 dsrId, std::atomic<std::size_t> &loaded, QString &error)
{
    // The table is far larger than the caches: slots are fetched a batch ahead of their inserts.
    struct Fingerprint
    {
        std::uint64_t key, content;
        std::int64_t rowId;
    };
    constexpr std::size_t kAhead = 64;
    Fingerprint batch[kAhead];
    std::size_t batched = 0;
    auto flush = [&] {
        for (std::size_t i = 0; i < batched; ++i)
            insert(batch[i].key, batch[i].content, batch[i].rowId);
        batched = 0;
    };
    while (rows.next()) {
        const std::int64_t resourceId = rows.resourceId();
        const ResourceKeys *keys = keysOf(resourceId);
        if (!keys) {
            error = QStringLiteral("resource %1 of DSR %2 is missing from its totals").arg(resourceId).arg(dsrId);
            return false;
        }
        if (++loaded > (m_mask + 1) * 2 / 3) {
            error = QStringLiteral("DSR %1 has more rows than its row count says").arg(dsrId);
            return false;
        }
        Fingerprint &f = batch[batched++];
        f = Fingerprint{keys->row, rowContent(keys->text, rows.usages(), rows.revenue()), rows.rowId()};
        prefetch(f.key, f.content);
        if (batched == kAhead)
            flush();
    }
    flush();
    if (rows.failed()) {
        error = rows.error();
        return false;
    }
    return true;
}

bool RowDiff::loadStored(Database &database, qint64 dsrId, QString &error)
{
    const auto span = UsageRowCursor::span(database, dsrId);
    if (!span) {
        error = span.error();
        return false;
    }
    if (!span.value())
        return true; // no rows: everything delivered is created
    const std::int64_t stored = span.value()->rowCount;
    const qint64 firstId = span.value()->firstId, lastId = span.value()->lastId;
    std::size_t capacity = 1024;
    while (capacity < std::size_t(stored) + std::size_t(stored) / 2)
        capacity *= 2;
    m_table = std::make_unique<HugePageBuffer>(capacity * sizeof(Slot)); // zeroed: all empty
    m_mask = capacity - 1;
    if (!loadResourceKeys(database, dsrId, error))
        return false;

    // Two halves of the id range at once; the second on a connection of its
    // own, when the database is a file another connection can open.
    std::atomic<std::size_t> loaded{0};
    const qint64 middle = firstId + (lastId - firstId) / 2;
    std::unique_ptr<UsageRowCursor> upperHalf = stored > 100000 ? UsageRowCursor::onSecondConnection(database, middle + 1, lastId) : nullptr;
    bool ok = true;
    if (upperHalf) {
        UsageRowCursor lowerHalf(database, firstId, middle);
        QString secondError;
        bool secondOk = true;
        std::thread upper([&] { secondOk = scanStored(*upperHalf, dsrId, loaded, secondError); });
        ok = scanStored(lowerHalf, dsrId, loaded, error);
        upper.join();
        if (ok && !secondOk) {
            ok = false;
            error = secondError;
        }
    } else {
        UsageRowCursor all(database, firstId, lastId);
        ok = scanStored(all, dsrId, loaded, error);
    }
    m_denseKeys = {};
    m_denseKnown = {};
    m_sparseKeys = {};
    return ok;
}

void RowDiff::add(const DsrRow &row)
{
    const std::uint64_t key = rowKey(row.dspId, row.isrc);
    addFingerprinted(row, key, rowContent(row.key, row.hasUsages ? std::optional(row.usages) : std::nullopt,
                                          row.hasRevenue ? row.revenueText : std::string_view()));
}

void RowDiff::add(const std::vector<DsrRow> &rows)
{
    std::vector<std::pair<std::uint64_t, std::uint64_t>> fingerprints(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const DsrRow &row = rows[i];
        fingerprints[i] = {rowKey(row.dspId, row.isrc),
                           rowContent(row.key, row.hasUsages ? std::optional(row.usages) : std::nullopt,
                                      row.hasRevenue ? row.revenueText : std::string_view())};
        if (m_table)
            prefetch(fingerprints[i].first, fingerprints[i].second);
    }
    for (std::size_t i = 0; i < rows.size(); ++i)
        addFingerprinted(rows[i], fingerprints[i].first, fingerprints[i].second);
}

void RowDiff::addFingerprinted(const DsrRow &row, std::uint64_t key, std::uint64_t content)
{
    ++m_rows;
    if (row.hasUsages)
        m_usages += row.usages;
    if (row.hasRevenue)
        m_revenue.add(row.revenue);
    if (claim(key, content)) {
        ++m_summary.unchanged;
        return;
    }
    m_pending.push_back({key, DeliveredRow::from(row)});
}

void RowDiff::finish(qint64 storedUsages, const DecimalSum &storedRevenue)
{
    // The stored rows left over under the keys that delivered rows are left
    // over with: one pass over the table, in slot order, then by row id.
    std::unordered_map<std::uint64_t, std::vector<Slot *>> leftover;
    for (const Pending &p : m_pending)
        leftover.emplace(p.key, std::vector<Slot *>());
    if (m_table) {
        auto *table = static_cast<Slot *>(m_table->data());
        for (std::size_t i = 0; i <= m_mask; ++i)
            if (table[i].rowId > 0)
                if (const auto it = leftover.find(table[i].key); it != leftover.end())
                    it->second.push_back(&table[i]);
    }
    for (auto &[key, candidates] : leftover)
        std::sort(candidates.begin(), candidates.end(), [](const Slot *a, const Slot *b) { return a->rowId > b->rowId; });
    // Delivered rows without an equal stored row: an update of a leftover row with their key, else created.
    for (Pending &p : m_pending) {
        RowChange change;
        change.after = std::move(p.row);
        std::vector<Slot *> &candidates = leftover[p.key];
        if (!candidates.empty()) {
            Slot *slot = candidates.back(); // the lowest row id first: file order of the stored side
            candidates.pop_back();
            change.kind = RowChange::Kind::Updated;
            change.rowId = slot->rowId;
            slot->rowId = -slot->rowId;
            ++m_summary.updated;
        } else {
            change.kind = RowChange::Kind::Created;
            ++m_summary.created;
        }
        m_changes.push_back(std::move(change));
    }
    m_pending = {};
    if (m_table) {
        const auto *table = static_cast<const Slot *>(m_table->data());
        std::vector<qint64> deleted;
        for (std::size_t i = 0; i <= m_mask; ++i)
            if (table[i].rowId > 0)
                deleted.push_back(table[i].rowId);
        std::sort(deleted.begin(), deleted.end());
        for (qint64 id : deleted)
            m_changes.push_back(RowChange{RowChange::Kind::Deleted, id, std::nullopt});
        m_summary.deleted = qint64(deleted.size());
        m_table.reset(); // the stored side is no longer needed
    }
    m_summary.usagesDelta = m_usages - storedUsages;
    m_summary.revenueDelta = DecimalSum::fromRaw(m_revenue.raw() - storedRevenue.raw());
}

} // namespace rd
