#pragma once

#include "util/hugepagebuffer.h"

#include <cstddef>
#include <cstdlib>
#include <new>

namespace rd {

// An allocator for containers of hundreds of megabytes that are read at
// scattered places: their memory comes from mapHugePages, so that a walk over
// them is not held up by a page-table walk at nearly every step. Small ones
// come from malloc.
template<typename T>
class HugePageAllocator
{
public:
    using value_type = T;
    HugePageAllocator() = default;
    template<typename U>
    HugePageAllocator(const HugePageAllocator<U> &) noexcept
    {
    }

    T *allocate(std::size_t count)
    {
        const std::size_t bytes = count * sizeof(T);
        if (bytes < kMapped) {
            if (void *p = std::malloc(bytes))
                return static_cast<T *>(p);
            throw std::bad_alloc();
        }
        return static_cast<T *>(mapHugePages(bytes));
    }
    void deallocate(T *p, std::size_t count) noexcept
    {
        const std::size_t bytes = count * sizeof(T);
        if (bytes < kMapped)
            std::free(p);
        else
            unmapHugePages(p, bytes);
    }

    template<typename U>
    friend bool operator==(const HugePageAllocator &, const HugePageAllocator<U> &) { return true; }
    template<typename U>
    friend bool operator!=(const HugePageAllocator &, const HugePageAllocator<U> &) { return false; }

private:
    static constexpr std::size_t kMapped = std::size_t(4) << 20;
};

} // namespace rd
