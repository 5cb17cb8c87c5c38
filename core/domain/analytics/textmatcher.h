#pragma once

#include <array>
#include <string>
#include <string_view>

namespace rd {

// Whether text contains a needle, ignoring ASCII case: what SQL's LIKE
// '%needle%' matches, but with a skip table (Horspool) instead of LIKE's
// character-by-character pattern walk, since a search tests millions of
// resources.
class TextMatcher
{
public:
    explicit TextMatcher(std::string_view needle);
    bool matches(std::string_view text) const;

private:
    std::string m_needle; // ASCII letters in lower case
    std::array<std::size_t, 256> m_skip{};
};

} // namespace rd
