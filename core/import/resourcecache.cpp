#include "resourcecache.h"

#include <sys/mman.h>

#include <cstring>
#include <new>
#include <utility>

namespace rd {
namespace {
constexpr std::size_t kHugePage = std::size_t(2) << 20;
}

ResourceCache::ResourceCache(std::size_t maxSlots)
    : m_mask(maxSlots - 1)
    , m_limit(maxSlots / 4 * 3)
{
    const std::size_t bytes = maxSlots * sizeof(Slot);
    m_mappingBytes = bytes + kHugePage; // room to align the table to a huge page
    m_mapping = mmap(nullptr, m_mappingBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m_mapping == MAP_FAILED)
        throw std::bad_alloc();
    const auto address = reinterpret_cast<std::uintptr_t>(m_mapping);
    m_slots = reinterpret_cast<Slot *>((address + kHugePage - 1) & ~(kHugePage - 1));
#ifdef MADV_HUGEPAGE
    if (bytes >= kHugePage)
        madvise(m_slots, bytes, MADV_HUGEPAGE); // only a hint: 4 KiB pages work too
#endif
}

ResourceCache::~ResourceCache()
{
    if (m_mapping)
        munmap(m_mapping, m_mappingBytes);
}

ResourceCache::ResourceCache(ResourceCache &&other) noexcept
    : m_mapping(std::exchange(other.m_mapping, nullptr))
    , m_mappingBytes(other.m_mappingBytes)
    , m_slots(std::exchange(other.m_slots, nullptr))
    , m_mask(other.m_mask)
    , m_size(other.m_size)
    , m_limit(other.m_limit)
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
    std::memset(static_cast<void *>(m_slots), 0, (m_mask + 1) * sizeof(Slot));
    m_size = 0;
}

} // namespace rd
