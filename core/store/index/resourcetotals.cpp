#include "resourcetotals.h"

#include "db/database.h"

#include "index/chunkstore.h"

#include "index/resourcechunk.h"
#include "db/sqlitestatement.h"

#include <sqlite3.h>

#include <algorithm>

namespace rd {
namespace {

std::size_t slotOf(std::int64_t id, std::size_t mask)
{
    return static_cast<std::size_t>((static_cast<std::uint64_t>(id) * 0x9E3779B97F4A7C15ull) >> 17) & mask;
}

// Ranks by revenue, descending, then by resource id so equal sums have one order.
bool revenueOrder(const ResourceSums &a, const ResourceSums &b)
{
    return a.revenue.raw() != b.revenue.raw() ? a.revenue.raw() > b.revenue.raw() : a.resourceId < b.resourceId;
}

// Writes a DSR's sums, in resource id order, as chunks, and keeps its top list.
class ChunkWriter
{
public:
    ChunkWriter(sqlite3 *db, qint64 dsrId)
        : m_db(db)
        , m_dsrId(dsrId)
        , m_insert(db, "INSERT INTO dsr_resource_chunks (id, dsr_id, first_resource_id, last_resource_id, data) "
                       "VALUES (?, ?, ?, ?, ?)")
    {
        m_pending.reserve(resourcechunk::kEntriesPerChunk);
        m_top.reserve(ResourceTotals::kTopListSize + 1);
    }

    bool add(const ResourceSums &sums)
    {
        keepIfTop(sums);
        m_pending.push_back(sums);
        return m_pending.size() < std::size_t(resourcechunk::kEntriesPerChunk) || flush();
    }

    bool finish() { return flush() && writeTopList(); }

private:
    void keepIfTop(const ResourceSums &sums)
    {
        if (m_top.size() == std::size_t(ResourceTotals::kTopListSize) && !revenueOrder(sums, m_top.front()))
            return;
        m_top.push_back(sums);
        std::push_heap(m_top.begin(), m_top.end(), revenueOrder); // front: the weakest kept
        if (m_top.size() > std::size_t(ResourceTotals::kTopListSize)) {
            std::pop_heap(m_top.begin(), m_top.end(), revenueOrder);
            m_top.pop_back();
        }
    }

    bool flush()
    {
        if (m_pending.empty())
            return true;
        if (!m_insert.valid())
            return false;
        const QByteArray blob = resourcechunk::encode(m_pending.data(), m_pending.size());
        m_insert.bind(1, (m_dsrId << 32) | m_chunks);
        m_insert.bind(2, m_dsrId);
        m_insert.bind(3, m_pending.front().resourceId);
        m_insert.bind(4, m_pending.back().resourceId);
        sqlite3_bind_blob(m_insert.get(), 5, blob.constData(), int(blob.size()), SQLITE_STATIC);
        const int rc = m_insert.step();
        m_insert.reset();
        ++m_chunks;
        m_pending.clear();
        return rc == SQLITE_DONE;
    }

    bool writeTopList()
    {
        std::sort(m_top.begin(), m_top.end(), revenueOrder);
        SqliteStatement insert(m_db, "INSERT INTO dsr_top_resources (dsr_id, rank, resource_id, usages, revenue) VALUES (?, ?, ?, ?, ?)");
        if (!insert.valid())
            return false;
        for (std::size_t rank = 0; rank < m_top.size(); ++rank) {
            insert.bind(1, m_dsrId);
            insert.bind(2, static_cast<sqlite3_int64>(rank + 1));
            insert.bind(3, m_top[rank].resourceId);
            insert.bind(4, m_top[rank].usages);
            const std::string text = m_top[rank].revenue.toString();
            sqlite3_bind_text(insert.get(), 5, text.data(), int(text.size()), SQLITE_TRANSIENT);
            const int rc = insert.step();
            insert.reset();
            if (rc != SQLITE_DONE)
                return false;
        }
        // The same list as one compact blob, which a dashboard reads in one step.
        SqliteStatement blob(m_db, "INSERT OR REPLACE INTO dsr_top_blobs (dsr_id, data) VALUES (?, ?)");
        const QByteArray data = resourcechunk::encode(m_top.data(), m_top.size());
        if (!blob.valid())
            return false;
        blob.bind(1, m_dsrId);
        sqlite3_bind_blob(blob.get(), 2, data.constData(), int(data.size()), SQLITE_STATIC);
        return blob.step() == SQLITE_DONE;
    }

    sqlite3 *m_db;
    qint64 m_dsrId;
    SqliteStatement m_insert;
    std::vector<ResourceSums> m_pending;
    std::vector<ResourceSums> m_top;
    qint64 m_chunks = 0;
};

} // namespace

ResourceTotals::ResourceTotals(sqlite3 *db, qint64 dsrId, std::int64_t firstNewId)
    : m_db(db)
    , m_dsrId(dsrId)
    , m_firstNewId(firstNewId)
{
}

bool ResourceTotals::fail(const QString &message)
{
    m_error = message;
    return false;
}

void ResourceTotals::growKnown()
{
    std::vector<KnownSlot> old = std::move(m_known);
    m_known.assign(old.empty() ? 1024 : old.size() * 2, KnownSlot());
    m_knownCount = 0;
    for (const KnownSlot &slot : old)
        if (slot.resourceId != 0)
            knownSums(slot.resourceId) = slot.sums;
}

ResourceTotals::Sums &ResourceTotals::knownSums(std::int64_t resourceId)
{
    if ((m_knownCount + 1) * 4 > m_known.size() * 3)
        growKnown();
    const std::size_t mask = m_known.size() - 1;
    for (std::size_t i = slotOf(resourceId, mask);; i = (i + 1) & mask) {
        KnownSlot &slot = m_known[i];
        if (slot.resourceId == resourceId)
            return slot.sums;
        if (slot.resourceId == 0) {
            slot.resourceId = resourceId;
            ++m_knownCount;
            return slot.sums;
        }
    }
}

bool ResourceTotals::add(std::int64_t resourceId, std::int64_t usages, const Decimal &revenue)
{
    std::int64_t *usageSum;
    Decimal::Mantissa *revenueSum;
    if (resourceId < m_firstNewId) {
        Sums &sums = knownSums(resourceId);
        usageSum = &sums.usages;
        revenueSum = &sums.revenue;
    } else {
        const auto index = static_cast<std::size_t>(resourceId - m_firstNewId);
        const std::size_t block = index / NewBlock::kSize, offset = index % NewBlock::kSize;
        while (m_new.size() <= block)
            m_new.push_back(std::make_unique<NewBlock>());
        m_new[block]->seen[offset / 64] |= std::uint64_t(1) << (offset % 64);
        usageSum = &m_new[block]->usages[offset];
        revenueSum = &m_new[block]->revenue[offset];
    }
    if (__builtin_add_overflow(*usageSum, usages, usageSum))
        return fail(tr("The usages of resource %1 add up beyond the supported range").arg(resourceId));
    const Decimal::Mantissa before = *revenueSum; // an overflowing add leaves the wrapped value behind
    if (__builtin_add_overflow(before, revenue.mantissa(), revenueSum)) {
        // Beyond a Decimal: carry the sum so far into the wide side table.
        m_wide[resourceId].add(Decimal::fromMantissa(before));
        *revenueSum = revenue.mantissa();
    }
    return true;
}

bool ResourceTotals::finish()
{
    ChunkWriter writer(m_db, m_dsrId);
    auto write = [&](std::int64_t resourceId, const Sums &sums) {
        ResourceSums entry{resourceId, sums.usages, {}};
        entry.revenue.add(Decimal::fromMantissa(sums.revenue));
        if (const auto wide = m_wide.find(resourceId); wide != m_wide.end())
            entry.revenue.add(wide->second);
        return writer.add(entry);
    };
    // Known resources have the smaller ids, so they come first.
    std::vector<const KnownSlot *> known;
    known.reserve(m_knownCount);
    for (const KnownSlot &slot : m_known)
        if (slot.resourceId != 0)
            known.push_back(&slot);
    std::sort(known.begin(), known.end(), [](const KnownSlot *a, const KnownSlot *b) { return a->resourceId < b->resourceId; });
    for (const KnownSlot *slot : known)
        if (!write(slot->resourceId, slot->sums))
            return fail(tr("Cannot store the resource totals: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    for (std::size_t b = 0; b < m_new.size(); ++b) {
        const NewBlock &block = *m_new[b];
        for (std::size_t i = 0; i < NewBlock::kSize; ++i) {
            if (!(block.seen[i / 64] >> (i % 64) & 1))
                continue;
            const std::int64_t id = m_firstNewId + std::int64_t(b * NewBlock::kSize + i);
            if (!write(id, Sums{block.usages[i], block.revenue[i]}))
                return fail(tr("Cannot store the resource totals: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        }
    }
    if (!writer.finish())
        return fail(tr("Cannot store the resource totals: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    return true;
}

bool ResourceTotals::rebuildAll(sqlite3 *db, QString &error)
{
    SqliteStatement dsrs(db, "SELECT id FROM dsrs WHERE status = 'ingested' ORDER BY id");
    std::vector<qint64> ids;
    while (dsrs.valid() && dsrs.step() == SQLITE_ROW)
        ids.push_back(sqlite3_column_int64(dsrs.get(), 0));
    if (!dsrs.valid()) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    for (qint64 dsrId : ids)
        if (!rebuildDsr(db, dsrId, error))
            return false;
    return true;
}

bool ResourceTotals::repairWrappedSums(sqlite3 *db, QString &error)
{
    // Before schema 11 a resource whose sum in one DSR passed a Decimal's range
    // was stored wrapped. Such a DSR's sums no longer add up to its total.
    SqliteStatement dsrs(db, "SELECT id, revenue_total FROM dsrs WHERE status = 'ingested' AND retention <> 'purged' ORDER BY id");
    std::vector<qint64> broken;
    ChunkStore chunks(db);
    while (dsrs.valid() && dsrs.step() == SQLITE_ROW) {
        const qint64 dsrId = sqlite3_column_int64(dsrs.get(), 0);
        const auto total = DecimalSum::fromString(dsrs.text(1));
        DecimalSum sum;
        chunks.scan(dsrId, [&](const ChunkStore::View &chunk) {
            for (std::size_t i = 0; i < chunk.size(); ++i)
                sum.add(chunk.revenue(i));
        });
        if (!total || sum.raw() != total->raw())
            broken.push_back(dsrId);
    }
    if (!dsrs.valid()) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    for (qint64 dsrId : broken)
        if (!rebuildDsr(db, dsrId, error))
            return false;
    return true;
}

bool ResourceTotals::writeTopBlobs(sqlite3 *db, QString &error)
{
    SqliteStatement rows(db, "SELECT dsr_id, resource_id, usages, revenue FROM dsr_top_resources ORDER BY dsr_id, rank");
    SqliteStatement insert(db, "INSERT OR REPLACE INTO dsr_top_blobs (dsr_id, data) VALUES (?, ?)");
    if (!rows.valid() || !insert.valid()) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    std::vector<ResourceSums> list;
    qint64 current = -1;
    auto write = [&] {
        if (list.empty())
            return true;
        const QByteArray data = resourcechunk::encode(list.data(), list.size());
        insert.bind(1, current);
        sqlite3_bind_blob(insert.get(), 2, data.constData(), int(data.size()), SQLITE_STATIC);
        const int rc = insert.step();
        insert.reset();
        list.clear();
        return rc == SQLITE_DONE;
    };
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        const qint64 dsrId = sqlite3_column_int64(rows.get(), 0);
        if (dsrId != current && !write()) {
            error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        current = dsrId;
        ResourceSums entry{sqlite3_column_int64(rows.get(), 1), sqlite3_column_int64(rows.get(), 2), {}};
        if (const auto revenue = DecimalSum::fromString(rows.text(3)))
            entry.revenue = *revenue;
        list.push_back(entry);
    }
    if (rc != SQLITE_DONE || !write()) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

bool ResourceTotals::rebuildDsr(Database &database, qint64 dsrId, QString &error)
{
    return rebuildDsr(database.handle(), dsrId, error);
}

bool ResourceTotals::rebuildDsr(sqlite3 *db, qint64 dsrId, QString &error)
{
    SqliteStatement rows(db, "SELECT resource_id, usages, revenue FROM usage_rows WHERE id BETWEEN ? AND ?");
    SqliteStatement dropChunks(db, "DELETE FROM dsr_resource_chunks WHERE id BETWEEN ? AND ?");
    SqliteStatement dropTop(db, "DELETE FROM dsr_top_resources WHERE dsr_id = ?");
    SqliteStatement dropTopBlob(db, "DELETE FROM dsr_top_blobs WHERE dsr_id = ?");
    if (!rows.valid() || !dropChunks.valid() || !dropTop.valid() || !dropTopBlob.valid()) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    dropChunks.bind(1, dsrId << 32);
    dropChunks.bind(2, (dsrId << 32) | 0xFFFFFFFFLL);
    dropTop.bind(1, dsrId);
    dropTopBlob.bind(1, dsrId);
    if (dropChunks.step() != SQLITE_DONE || dropTop.step() != SQLITE_DONE || dropTopBlob.step() != SQLITE_DONE) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    // Every resource counts as "known": the id array is for fresh imports.
    ResourceTotals totals(db, dsrId, std::numeric_limits<std::int64_t>::max());
    rows.bind(1, dsrId << 32);
    rows.bind(2, (dsrId << 32) | 0xFFFFFFFFLL);
    while (rows.step() == SQLITE_ROW) {
        Decimal revenue;
        if (const std::string_view text = rows.text(2); !text.empty())
            Decimal::parse(text, revenue);
        if (!totals.add(sqlite3_column_int64(rows.get(), 0), sqlite3_column_int64(rows.get(), 1), revenue)) {
            error = totals.errorString();
            return false;
        }
    }
    if (!totals.finish()) {
        error = totals.errorString();
        return false;
    }
    return true;
}

} // namespace rd
