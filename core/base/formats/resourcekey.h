#pragma once

#include <cstdint>
#include <string_view>

namespace rd {

// A 128-bit digest that identifies a resource (dsp_id, title, artists, ISRC)
// so it can be matched without comparing its text. At 128 bits a collision
// among even billions of resources has a probability below 10^-20.
struct ResourceKey
{
    std::uint64_t low = 0;
    std::uint64_t high = 0;

    static ResourceKey of(std::string_view dspId, std::string_view title, std::string_view artists,
                          std::string_view isrc);
    friend bool operator==(const ResourceKey &, const ResourceKey &) = default;
};

} // namespace rd
