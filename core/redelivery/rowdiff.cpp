#include "rowdiff.h"

#include "storage/sqlitestatement.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cstring>
#include <unordered_map>

namespace rd {

DeliveredRow DeliveredRow::from(const DsrRow &row)
{
    DeliveredRow r;
    r.line = row.line;
    r.dspId = row.dspId;
    r.title = row.title;
    r.artists = row.artists;
    r.isrc = row.isrc;
    if (row.hasUsages)
        r.usages = row.usages;
    if (row.hasRevenue)
        r.revenue = row.revenue;
    return r;
}

DsrRow DeliveredRow::view() const
{
    DsrRow row;
    row.line = line;
    row.dspId = dspId;
    row.title = title;
    row.artists = artists;
    row.isrc = isrc;
    row.key = ResourceKey::of(dspId, title, artists, isrc);
    row.hasUsages = usages.has_value();
    row.usages = usages.value_or(0);
    row.hasRevenue = revenue.has_value();
    row.revenue = revenue.value_or(Decimal());
    return row;
}

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
                                  const std::optional<Decimal::Mantissa> &revenue)
{
    // A missing value and a zero differ: a flag byte says which are present.
    // Packed by hand: a struct's padding bytes would make the hash vary.
    unsigned char bytes[8 + 8 + 8 + 16 + 1];
    const std::int64_t usageValue = usages.value_or(0);
    const Decimal::Mantissa revenueValue = revenue.value_or(0);
    std::memcpy(bytes, &text.low, 8);
    std::memcpy(bytes + 8, &text.high, 8);
    std::memcpy(bytes + 16, &usageValue, 8);
    std::memcpy(bytes + 24, &revenueValue, 16);
    bytes[40] = static_cast<unsigned char>((usages ? 1 : 0) | (revenue ? 2 : 0));
    return XXH3_64bits(bytes, sizeof bytes);
}

RowDiff::RowDiff() = default;
RowDiff::~RowDiff() = default;

void RowDiff::insert(std::uint64_t key, std::uint64_t content, std::int64_t rowId)
{
    auto *table = static_cast<Slot *>(m_table->data());
    for (std::size_t i = key & m_mask;; i = (i + 1) & m_mask) {
        if (table[i].rowId == 0) {
            table[i] = Slot{key, content, rowId};
            return;
        }
    }
}

// The first unmatched stored row with the key (and the content, unless anyContent), marked matched.
RowDiff::Slot *RowDiff::claim(std::uint64_t key, std::uint64_t content, bool anyContent)
{
    if (!m_table)
        return nullptr;
    auto *table = static_cast<Slot *>(m_table->data());
    // Rows with one key sit in one probe run from its home slot.
    for (std::size_t i = key & m_mask; table[i].rowId != 0; i = (i + 1) & m_mask) {
        Slot &s = table[i];
        if (s.rowId > 0 && s.key == key && (anyContent || s.content == content)) {
            s.rowId = -s.rowId;
            return &s;
        }
    }
    return nullptr;
}

bool RowDiff::loadStored(sqlite3 *db, qint64 dsrId, QString &error)
{
    SqliteStatement count(db, "SELECT row_count FROM dsrs WHERE id = ?");
    SqliteStatement rows(db, "SELECT id, resource_id, usages, revenue FROM usage_rows WHERE id BETWEEN ? AND ?");
    SqliteStatement resource(db, "SELECT dsp_id, title, artists, isrc FROM resources WHERE id = ?");
    if (!count.valid() || !rows.valid() || !resource.valid()) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    count.bind(1, dsrId);
    const std::int64_t stored = count.step() == SQLITE_ROW ? sqlite3_column_int64(count.get(), 0) : 0;
    std::size_t capacity = 1024;
    while (capacity < std::size_t(stored) + std::size_t(stored) / 2)
        capacity *= 2;
    m_table = std::make_unique<HugePageBuffer>(capacity * sizeof(Slot)); // zeroed: all empty
    m_mask = capacity - 1;

    // Each resource's text key and row key, once per resource.
    struct ResourceKeys
    {
        ResourceKey text;
        std::uint64_t row;
    };
    std::unordered_map<std::int64_t, ResourceKeys> keys;
    rows.bind(1, dsrId << 32);
    rows.bind(2, (dsrId << 32) | 0xFFFFFFFFLL);
    std::size_t loaded = 0;
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        const std::int64_t resourceId = sqlite3_column_int64(rows.get(), 1);
        auto it = keys.find(resourceId);
        if (it == keys.end()) {
            resource.bind(1, resourceId);
            if (resource.step() != SQLITE_ROW) {
                error = QStringLiteral("resource %1 of DSR %2 is missing").arg(resourceId).arg(dsrId);
                return false;
            }
            const auto dspId = resource.text(0), title = resource.text(1), artists = resource.text(2), isrc = resource.text(3);
            it = keys.emplace(resourceId, ResourceKeys{ResourceKey::of(dspId, title, artists, isrc), rowKey(dspId, isrc)}).first;
            resource.reset();
        }
        std::optional<std::int64_t> usages;
        if (sqlite3_column_type(rows.get(), 2) != SQLITE_NULL)
            usages = sqlite3_column_int64(rows.get(), 2);
        std::optional<Decimal::Mantissa> revenue;
        if (const std::string_view text = rows.text(3); !text.empty()) {
            Decimal value;
            Decimal::parse(text, value); // stored canonical: always exact
            revenue = value.mantissa();
        }
        if (++loaded > capacity * 2 / 3) {
            error = QStringLiteral("DSR %1 has more rows than its row count says").arg(dsrId);
            return false;
        }
        insert(it->second.row, rowContent(it->second.text, usages, revenue), sqlite3_column_int64(rows.get(), 0));
    }
    if (rc != SQLITE_DONE) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

void RowDiff::add(const DsrRow &row)
{
    ++m_rows;
    if (row.hasUsages)
        m_usages += row.usages;
    if (row.hasRevenue)
        m_revenue.add(row.revenue);
    const std::uint64_t key = rowKey(row.dspId, row.isrc);
    const std::uint64_t content = rowContent(row.key, row.hasUsages ? std::optional(row.usages) : std::nullopt,
                                             row.hasRevenue ? std::optional(row.revenue.mantissa()) : std::nullopt);
    if (claim(key, content, false)) {
        ++m_summary.unchanged;
        return;
    }
    m_pending.push_back({key, DeliveredRow::from(row)});
}

void RowDiff::finish(qint64 storedUsages, const DecimalSum &storedRevenue)
{
    for (Pending &p : m_pending) {
        RowChange change;
        change.after = std::move(p.row);
        if (Slot *slot = claim(p.key, 0, true)) {
            change.kind = RowChange::Kind::Updated;
            change.rowId = -slot->rowId;
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
