#include "transposedsums.h"

#include "db/database.h"

#include "index/chunkstore.h"
#include "db/sqlitestatement.h"
#include "db/transaction.h"
#include "util/cancelflag.h"

#include <algorithm>
#include <limits>

#include <optional>

namespace rd {
namespace {

// Both readings of the chunks must see the same DSRs: one read transaction
// holds a snapshot, unless the caller already has one open.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(sqlite3 *db)
    {
        if (sqlite3_get_autocommit(db) != 0)
            m_own.emplace(db, Transaction::Mode::Read);
    }
    ~ReadSnapshot()
    {
        if (m_own)
            m_own->commit(); // nothing was written: committing ends the snapshot
    }

private:
    std::optional<Transaction> m_own;
};

} // namespace

bool TransposedSums::listDsrs(sqlite3 *db, std::vector<Dsr> &out)
{
    SqliteStatement q(db, "SELECT id, sha256 FROM dsrs WHERE status = 'ingested' AND sha256 IS NOT NULL ORDER BY id");
    if (!q.valid())
        return false;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const std::string_view sha = q.text(1);
        out.push_back(Dsr{sqlite3_column_int64(q.get(), 0), QString::fromLatin1(sha.data(), qsizetype(sha.size()))});
    }
    return rc == SQLITE_DONE;
}

std::unique_ptr<TransposedSums> TransposedSums::build(Database &database, const std::atomic_bool *canceled)
{
    sqlite3 *db = database.handle();
    ReadSnapshot snapshot(db);
    auto sums = std::make_unique<TransposedSums>();
    if (!listDsrs(db, sums->m_dsrs) || sums->m_dsrs.size() > std::numeric_limits<std::uint16_t>::max())
        return nullptr;
    ChunkStore chunks(db);

    // 1. How many sums each resource has.
    std::vector<std::uint32_t> counts;
    std::uint64_t total = 0;
    bool malformed = false;
    for (const Dsr &dsr : sums->m_dsrs) {
        if (isCanceled(canceled))
            return nullptr;
        const bool read = chunks.scan(dsr.id, [&](const ChunkStore::View &chunk) {
            for (std::size_t i = 0; i < chunk.size(); ++i) {
                const std::int64_t id = chunk.id(i);
                if (id < 0 || id >= std::numeric_limits<std::int32_t>::max()) {
                    malformed = true;
                    return;
                }
                if (std::size_t(id) >= counts.size())
                    counts.resize(std::size_t(id) + 1);
                ++counts[std::size_t(id)];
            }
            total += chunk.size();
        });
        if (!read || malformed || total >= std::numeric_limits<std::uint32_t>::max())
            return nullptr;
    }

    // 2. Where each resource's sums begin; counts become the next free place.
    sums->m_begin.resize(counts.size() + 1);
    std::uint32_t at = 0;
    for (std::size_t id = 0; id < counts.size(); ++id) {
        sums->m_begin[id] = at;
        at += counts[id];
        counts[id] = sums->m_begin[id];
    }
    sums->m_begin[counts.size()] = at;
    sums->m_entries.resize(total);

    // 3. The sums, DSR by DSR: each resource's come out in slot order.
    for (std::size_t slot = 0; slot < sums->m_dsrs.size(); ++slot) {
        if (isCanceled(canceled))
            return nullptr;
        const bool read = chunks.scan(sums->m_dsrs[slot].id, [&](const ChunkStore::View &chunk) {
            for (std::size_t i = 0; i < chunk.size(); ++i) {
                const auto id = std::size_t(chunk.id(i));
                if (id >= counts.size() || counts[id] >= sums->m_begin[id + 1]) {
                    malformed = true; // not what step 1 read
                    return;
                }
                sums->store(counts[id]++, std::uint16_t(slot), chunk.usages(i), chunk, i);
            }
        });
        if (!read || malformed)
            return nullptr;
    }
    return sums;
}

void TransposedSums::store(std::uint32_t p, std::uint16_t slot, std::int64_t usages, const resourcechunk::View &chunk, std::size_t i)
{
    Entry &e = m_entries[p];
    const bool largeUsages = usages <= kLargeMark || usages >= -kLargeMark;
    if (largeUsages)
        m_largeUsages.emplace(p, usages);
    e.slotAndUsages = (std::uint64_t(slot) << 48) | (std::uint64_t(largeUsages ? kLargeMark : usages) & 0xFFFF'FFFF'FFFFULL);
    const auto revenue = static_cast<unsigned __int128>(chunk.narrow() ? chunk.narrowRevenue(i) : 0);
    e.revenueLow = std::uint64_t(revenue);
    e.revenueHigh = static_cast<std::int64_t>(std::uint64_t(revenue >> 64));
    if (!chunk.narrow() || isWide(p)) {
        e.revenueLow = 0;
        e.revenueHigh = kWideHigh;
        m_wide.emplace(p, chunk.revenue(i));
    }
}

int TransposedSums::slotOf(qint64 dsrId, const QString &sha256) const
{
    // Slots are in id order.
    const auto it = std::lower_bound(m_dsrs.begin(), m_dsrs.end(), dsrId, [](const Dsr &d, qint64 id) { return d.id < id; });
    return it != m_dsrs.end() && it->id == dsrId && it->sha256 == sha256 ? int(it - m_dsrs.begin()) : -1;
}

std::size_t TransposedSums::bytes() const
{
    return m_begin.size() * sizeof(std::uint32_t) + m_entries.size() * sizeof(Entry)
        + m_wide.size() * (sizeof(DecimalSum) + 32) + m_largeUsages.size() * 32;
}

} // namespace rd
