#include "resourcecache.h"

#include <cstring>
#include <new>

namespace rd {

ResourceCache::ResourceCache(std::size_t maxSlots)
    : m_slots(static_cast<Slot *>(std::calloc(maxSlots, sizeof(Slot))))
    , m_mask(maxSlots - 1)
    , m_limit(maxSlots / 4 * 3)
{
    if (!m_slots)
        throw std::bad_alloc();
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
    if (!canHold(id) || full())
        return;
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
    std::memset(static_cast<void *>(m_slots.get()), 0, (m_mask + 1) * sizeof(Slot));
    m_size = 0;
}

} // namespace rd
