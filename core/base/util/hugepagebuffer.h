#pragma once

#include <cstddef>

namespace rd {

// Maps `bytes` of zero-filled memory aligned to a 2 MiB page and asks the
// kernel for transparent huge pages there: for tables probed at random, a TLB
// miss per lookup otherwise. Throws std::bad_alloc. Free with unmapHugePages.
void *mapHugePages(std::size_t bytes);
void unmapHugePages(void *data, std::size_t bytes) noexcept;

// A zero-filled block of such memory, filled lazily, so untouched parts cost no memory.
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
    void *m_data = nullptr;
    std::size_t m_bytes = 0;
};

} // namespace rd
