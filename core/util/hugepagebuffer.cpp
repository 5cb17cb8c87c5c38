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

HugePageBuffer::HugePageBuffer(std::size_t bytes)
    : m_mappingBytes(bytes + kHugePage) // room to align the data to a huge page
    , m_bytes(bytes)
{
    m_mapping = mmap(nullptr, m_mappingBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m_mapping == MAP_FAILED) {
        m_mapping = nullptr;
        throw std::bad_alloc();
    }
    const auto address = reinterpret_cast<std::uintptr_t>(m_mapping);
    m_data = reinterpret_cast<void *>((address + kHugePage - 1) & ~(kHugePage - 1));
#ifdef MADV_HUGEPAGE
    if (bytes >= kHugePage)
        madvise(m_data, bytes, MADV_HUGEPAGE); // only a hint: 4 KiB pages work too
#endif
}

HugePageBuffer::~HugePageBuffer()
{
    if (m_mapping)
        munmap(m_mapping, m_mappingBytes);
}

HugePageBuffer::HugePageBuffer(HugePageBuffer &&other) noexcept
    : m_mapping(std::exchange(other.m_mapping, nullptr))
    , m_mappingBytes(other.m_mappingBytes)
    , m_data(std::exchange(other.m_data, nullptr))
    , m_bytes(std::exchange(other.m_bytes, 0))
{
}

void HugePageBuffer::zero()
{
    std::memset(m_data, 0, m_bytes);
}

} // namespace rd
