#include "resourcecache.h"

namespace rd {

ResourceCache::ResourceCache(std::size_t maxSlots)
    : m_buffer(maxSlots * sizeof(Slot))
    , m_slots(static_cast<Slot *>(m_buffer.data()))
    , m_mask(maxSlots - 1)
    , m_limit(maxSlots / 4 * 3)
{
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
    m_buffer.zero();
    m_size = 0;
}

} // namespace rd
