#pragma once

#include "formats/resourcekey.h"
#include "util/hugepagebuffer.h"

#include <cstdint>

namespace rd {

// A blocked Bloom filter over resource keys: mayContain() is never wrong when
// it says no, and says yes for about 1-2% of absent keys while it holds fewer
// than one key per 10 bits (12M keys at the default 16 MiB).
class KeyFilter
{
public:
    explicit KeyFilter(std::size_t bits = std::size_t(1) << 27); // a power of two

    void add(const ResourceKey &key);
    bool mayContain(const ResourceKey &key) const;

private:
    static constexpr int kHashes = 7;
    static constexpr std::uint64_t kBlockBits = 512; // one cache line
    // Keys are digests already: the low half picks a cache-line block, so each
    // operation costs one cache miss, and the high half picks bits inside it.
    template<typename Visit>
    static bool forEachBit(const ResourceKey &key, std::uint64_t mask, Visit visit)
    {
        const std::uint64_t block = (key.low * kBlockBits) & mask;
        std::uint64_t bits = key.high;
        for (int i = 0; i < kHashes; ++i, bits >>= 9)
            if (!visit(block + (bits & (kBlockBits - 1))))
                return false;
        return true;
    }

    HugePageBuffer m_buffer;
    std::uint64_t *m_words;
    std::uint64_t m_mask;
};

} // namespace rd
