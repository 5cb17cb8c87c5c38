#include "isrc.h"

namespace rd::isrc {

bool normalize(std::string_view raw, char out[kLength])
{
    int n = 0;
    for (char c : raw) {
        if (c == '-')
            continue;
        if (n == kLength)
            return false;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        const bool digit = c >= '0' && c <= '9';
        const bool letter = c >= 'A' && c <= 'Z';
        const bool allowed = n < 2 ? letter : (n < 5 ? (letter || digit) : digit);
        if (!allowed)
            return false;
        out[n++] = c;
    }
    return n == kLength;
}

} // namespace rd::isrc
