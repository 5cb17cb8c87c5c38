#include "decimalformat.h"

#include <algorithm>

namespace rd {

std::string formatScaledDigits(std::string digits, bool negative, int scale, int decimals)
{
    if (digits.size() <= static_cast<size_t>(scale))
        digits.insert(0, scale + 1 - digits.size(), '0');
    std::string integerPart = digits.substr(0, digits.size() - scale);
    std::string fraction = digits.substr(digits.size() - scale);
    if (decimals < 0) {
        const auto last = fraction.find_last_not_of('0');
        fraction.erase(last == std::string::npos ? 0 : last + 1);
    } else {
        fraction.resize(static_cast<size_t>(decimals), '0');
    }
    const bool zero = integerPart.find_first_not_of('0') == std::string::npos
        && fraction.find_first_not_of('0') == std::string::npos;
    std::string out;
    out.reserve(integerPart.size() + fraction.size() + 2);
    if (negative && !zero)
        out += '-';
    out += integerPart;
    if (!fraction.empty()) {
        out += '.';
        out += fraction;
    }
    return out;
}

std::string formatScaledMagnitude(unsigned __int128 magnitude, bool negative, int scale, int decimals)
{
    char buffer[48];
    char *p = buffer + sizeof buffer;
    do {
        *--p = static_cast<char>('0' + static_cast<int>(magnitude % 10));
        magnitude /= 10;
    } while (magnitude != 0);
    return formatScaledDigits(std::string(p, buffer + sizeof buffer), negative, scale, decimals);
}

} // namespace rd
