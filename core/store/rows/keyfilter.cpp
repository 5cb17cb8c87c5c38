#include "keyfilter.h"

namespace rd {

KeyFilter::KeyFilter(std::size_t bits)
    : m_buffer(bits / 8)
    , m_words(static_cast<std::uint64_t *>(m_buffer.data()))
    , m_mask(bits - 1)
{
}

void KeyFilter::add(const ResourceKey &key)
{
    forEachBit(key, m_mask, [this](std::uint64_t bit) {
        m_words[bit >> 6] |= std::uint64_t(1) << (bit & 63);
        return true;
    });
}

bool KeyFilter::mayContain(const ResourceKey &key) const
{
    return forEachBit(key, m_mask, [this](std::uint64_t bit) { return (m_words[bit >> 6] >> (bit & 63)) & 1; });
}

} // namespace rd
