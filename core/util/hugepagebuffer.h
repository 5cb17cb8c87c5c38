#pragma once

#include <cstddef>

namespace rd {

// A zero-filled block of memory for tables that are probed at random: it asks
// the kernel for transparent huge pages (a TLB miss per lookup otherwise) and
// is filled lazily, so untouched parts cost no memory.
class HugePageBuffer
{
public:
    explicit HugePageBuffer(std::size_t bytes); // throws std::bad_alloc
    ~HugePageBuffer();
    HugePageBuffer(HugePageBuffer &&other) noexcept;
    HugePageBuffer &operator=(HugePageBuffer &&) = delete;
    HugePageBuffer(const HugePageBuffer &) = delete;

    void *data() const { return m_data; }
    std::size_t size() const { return m_bytes; }
    void zero();

private:
    void *m_mapping = nullptr; // what mmap returned, and its length
    std::size_t m_mappingBytes = 0;
    void *m_data = nullptr; // inside the mapping, aligned to a huge page
    std::size_t m_bytes = 0;
};

} // namespace rd
