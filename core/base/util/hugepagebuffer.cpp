#include "hugepagebuffer.h"

#include <sys/mman.h>

#include <cstdint>
#include <cstring>
#include <new>
#include <utility>

namespace rd {
namespace {
constexpr std::size_t kHugePage = std::size_t(2) << 20;
}

void *mapHugePages(std::size_t bytes)
{
    // Map a huge page more than asked, then give back what lies outside the aligned block.
    const std::size_t mappingBytes = bytes + kHugePage;
    void *mapping = mmap(nullptr, mappingBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapping == MAP_FAILED)
        throw std::bad_alloc();
    const auto address = reinterpret_cast<std::uintptr_t>(mapping);
    const std::uintptr_t aligned = (address + kHugePage - 1) & ~(kHugePage - 1);
    if (aligned > address)
        munmap(mapping, aligned - address);
    if (const std::size_t tail = address + mappingBytes - (aligned + bytes); tail > 0)
        munmap(reinterpret_cast<void *>(aligned + bytes), tail);
    void *data = reinterpret_cast<void *>(aligned);
#ifdef MADV_HUGEPAGE
    if (bytes >= kHugePage)
        madvise(data, bytes, MADV_HUGEPAGE); // only a hint: 4 KiB pages work too
#endif
    return data;
}

void unmapHugePages(void *data, std::size_t bytes) noexcept
{
    if (data)
        munmap(data, bytes);
}

HugePageBuffer::HugePageBuffer(std::size_t bytes)
    : m_data(mapHugePages(bytes))
    , m_bytes(bytes)
{
}

HugePageBuffer::~HugePageBuffer()
{
    unmapHugePages(m_data, m_bytes);
}

HugePageBuffer::HugePageBuffer(HugePageBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_bytes(std::exchange(other.m_bytes, 0))
{
}

void HugePageBuffer::zero()
{
    std::memset(m_data, 0, m_bytes);
}

} // namespace rd
