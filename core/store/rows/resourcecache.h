#pragma once

#include "formats/resourcekey.h"
#include "util/hugepagebuffer.h"

#include <cstdint>
#include <climits>

namespace rd {

// Maps resource keys to their row ids with a fixed memory budget: an
// open-addressing table that the owner empties when it is full(), after which
// lookups fall back to the database index until it warms again. Popular
// resources are re-cached within a few rows, so the hit rate stays high on
// skewed data while peak memory stays flat whatever the file size.
class ResourceCache
{
public:
    // maxSlots is a power of two; 2^22 slots of 16 bytes bound it to 64 MiB.
    // The table is zero-filled lazily by the OS, so it never needs a second
    // copy to grow, and it asks for huge pages: its lookups land at random, and
    // with 4 KiB pages nearly every one of them missed the TLB.
    explicit ResourceCache(std::size_t maxSlots);

    // Returns 0 when the key is not cached (row ids start at 1).
    std::int64_t find(const ResourceKey &key) const;
    // The key must not be cached yet, the cache must not be full() and the id
    // must be one the cache canHold().
    void insert(const ResourceKey &key, std::int64_t id);
    // At its memory budget: the next insert needs a clear() first.
    bool full() const { return m_size >= m_limit; }
    static bool canHold(std::int64_t id) { return id > 0 && id <= std::int64_t(UINT32_MAX); }
    void prefetch(const ResourceKey &key) const { __builtin_prefetch(&m_slots[key.low & m_mask]); }
    void clear();

    std::size_t size() const { return m_size; }

private:
    // 16 bytes: the key's low 64 bits and high 32 bits (96 bits make a false
    // match vanishingly unlikely) and a 32-bit id. Larger ids are not cached.
    struct Slot
    {
        std::uint64_t keyLow = 0;
        std::uint32_t keyHigh = 0;
        std::uint32_t id = 0; // 0 marks an empty slot
        bool matches(const ResourceKey &key) const
        {
            return keyLow == key.low && keyHigh == static_cast<std::uint32_t>(key.high >> 32);
        }
    };

    HugePageBuffer m_buffer;
    Slot *m_slots;
    std::size_t m_mask;
    std::size_t m_size = 0;
    std::size_t m_limit;
};

} // namespace rd
