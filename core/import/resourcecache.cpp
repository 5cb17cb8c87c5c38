#include "resourcecache.h"

#include <algorithm>
#include <climits>
#include <cstdint>

namespace rd {

namespace {
constexpr std::size_t kInitialSlots = std::size_t(1) << 16;
}

ResourceCache::ResourceCache(std::size_t maxSlots)
    : m_slots(std::min(kInitialSlots, maxSlots))
    , m_maxSlots(maxSlots)
    , m_mask(m_slots.size() - 1)
    , m_limit(m_slots.size() / 4 * 3)
{
}

void ResourceCache::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    m_mask = m_slots.size() - 1;
    m_limit = m_slots.size() / 4 * 3;
    m_size = 0;
    for (const Slot &slot : old) {
        if (slot.id == 0)
            continue;
        for (std::size_t i = slot.keyLow & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i].id == 0) {
                m_slots[i] = slot;
                ++m_size;
                break;
            }
        }
    }
}

std::int64_t ResourceCache::find(const ResourceKey &key) const
{
    for (std::size_t i = key.low & m_mask;; i = (i + 1) & m_mask) {
        const Slot &slot = m_slots[i];
        if (slot.id == 0)
            return 0;
        if (slot.matches(key))
            return slot.id;
    }
}

void ResourceCache::insert(const ResourceKey &key, std::int64_t id)
{
    if (id <= 0 || id > std::int64_t(UINT32_MAX))
        return;
    if (m_size >= m_limit) {
        if (m_slots.size() < m_maxSlots)
            grow();
        else
            clear();
    }
    for (std::size_t i = key.low & m_mask;; i = (i + 1) & m_mask) {
        Slot &slot = m_slots[i];
        if (slot.id == 0) {
            slot = {key.low, static_cast<std::uint32_t>(key.high >> 32), static_cast<std::uint32_t>(id)};
            ++m_size;
            return;
        }
        if (slot.matches(key)) {
            slot.id = static_cast<std::uint32_t>(id);
            return;
        }
    }
}

void ResourceCache::clear()
{
    std::fill(m_slots.begin(), m_slots.end(), Slot{});
    m_size = 0;
}

} // namespace rd
