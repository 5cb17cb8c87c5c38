#include "resourcekey.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cstring>
#include <string>

namespace rd {

ResourceKey ResourceKey::of(std::string_view dspId, std::string_view title, std::string_view artists,
                            std::string_view isrc)
{
    // Fields never contain a TAB, so TAB-joining them is unambiguous.
    thread_local std::string joined;
    joined.clear();
    joined.append(dspId).append(1, '\t').append(title).append(1, '\t').append(artists).append(1, '\t').append(isrc);
    const XXH128_hash_t h = XXH3_128bits(joined.data(), joined.size());
    return {h.low64, h.high64};
}

} // namespace rd
