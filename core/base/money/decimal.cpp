#include "decimal.h"

#include "decimalformat.h"

#include <algorithm>

namespace rd {
namespace {

using U128 = unsigned __int128;

constexpr U128 kMaxMagnitude = (~U128(0)) >> 1; // |INT128_MIN| - 1, so negation never overflows

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Applies half-to-even rounding to a magnitude, given the first dropped digit
// and whether any later dropped digit was non-zero.
bool roundHalfEven(U128 &magnitude, int firstDropped, bool stickyNonZero)
{
    const bool up = firstDropped > 5 || (firstDropped == 5 && (stickyNonZero || (magnitude & 1)));
    if (!up)
        return true;
    if (magnitude == kMaxMagnitude)
        return false;
    ++magnitude;
    return true;
}

} // namespace

Decimal::ParseResult Decimal::parse(std::string_view text, Decimal &out)
{
    const char *p = text.data();
    const char *const end = p + text.size();
    bool negative = false;
    if (p != end && (*p == '+' || *p == '-')) {
        negative = (*p == '-');
        ++p;
    }

    // Locate the significand digits and the decimal point.
    const char *const intBegin = p;
    while (p != end && isDigit(*p))
        ++p;
    const char *const intEnd = p;
    const char *fracBegin = p;
    const char *fracEnd = p;
    if (p != end && *p == '.') {
        fracBegin = ++p;
        while (p != end && isDigit(*p))
            ++p;
        fracEnd = p;
    }
    if (intBegin == intEnd && fracBegin == fracEnd)
        return ParseResult::Malformed;

    long exponent = 0;
    if (p != end && (*p == 'e' || *p == 'E')) {
        ++p;
        bool expNegative = false;
        if (p != end && (*p == '+' || *p == '-')) {
            expNegative = (*p == '-');
            ++p;
        }
        if (p == end)
            return ParseResult::Malformed;
        while (p != end && isDigit(*p)) {
            if (exponent < 100000) // beyond this the value is out of range or rounds to zero anyway
                exponent = exponent * 10 + (*p - '0');
            ++p;
        }
        if (expNegative)
            exponent = -exponent;
    }
    if (p != end)
        return ParseResult::Malformed;

    // Digit i of the concatenated significand is worth 10^(keep - 1 - i)
    // mantissa units, where keep is the count of digits at or above 10^-20.
    const long intDigits = intEnd - intBegin;
    const long fracDigits = fracEnd - fracBegin;
    const long totalDigits = intDigits + fracDigits;
    const long keep = intDigits + exponent + kScale;
    auto digitAt = [&](long i) { return i < intDigits ? intBegin[i] - '0' : fracBegin[i - intDigits] - '0'; };

    U128 magnitude = 0;
    const long kept = std::clamp(keep, 0L, totalDigits);
    for (long i = 0; i < kept; ++i) {
        const int d = digitAt(i);
        if (magnitude > (kMaxMagnitude - d) / 10)
            return ParseResult::OutOfRange;
        magnitude = magnitude * 10 + d;
    }
    for (long i = totalDigits; i < keep; ++i) { // exponent reaches beyond the written digits
        if (magnitude == 0)
            break;
        if (magnitude > kMaxMagnitude / 10)
            return ParseResult::OutOfRange;
        magnitude *= 10;
    }

    ParseResult result = ParseResult::Exact;
    if (keep < totalDigits) {
        const long firstDroppedIndex = std::max(keep, 0L);
        // A value entirely below 10^-21 has an implicit leading zero as its first dropped digit.
        const int firstDropped = keep < 0 ? 0 : digitAt(firstDroppedIndex);
        bool sticky = false;
        for (long i = keep < 0 ? 0 : firstDroppedIndex + 1; i < totalDigits && !sticky; ++i)
            sticky = digitAt(i) != 0;
        if (firstDropped != 0 || sticky) {
            result = ParseResult::Rounded;
            if (!roundHalfEven(magnitude, firstDropped, sticky))
                return ParseResult::OutOfRange;
        }
    }

    const Mantissa signedMagnitude = static_cast<Mantissa>(magnitude);
    out = fromMantissa(negative ? -signedMagnitude : signedMagnitude);
    return result;
}

Decimal Decimal::roundedTo(int decimals) const
{
    if (decimals >= kScale)
        return *this;
    U128 divisor = 1;
    for (int i = 0; i < kScale - decimals; ++i)
        divisor *= 10;
    const bool negative = m_mantissa < 0;
    U128 magnitude = negative ? U128(-m_mantissa) : U128(m_mantissa);
    const U128 remainder = magnitude % divisor;
    U128 quotient = magnitude / divisor;
    const U128 half = divisor / 2;
    if (remainder > half || (remainder == half && (quotient & 1)))
        ++quotient;
    const Mantissa rounded = static_cast<Mantissa>(quotient * divisor);
    return fromMantissa(negative ? -rounded : rounded);
}

bool Decimal::addChecked(const Decimal &other)
{
    Mantissa sum;
    if (__builtin_add_overflow(m_mantissa, other.m_mantissa, &sum))
        return false;
    m_mantissa = sum;
    return true;
}

int Decimal::toChars(char *out) const
{
    const bool negative = m_mantissa < 0;
    U128 magnitude = negative ? U128(-m_mantissa) : U128(m_mantissa);
    char digits[kMaxChars];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + static_cast<int>(magnitude % 10));
        magnitude /= 10;
    } while (magnitude != 0);
    while (n <= kScale)
        digits[n++] = '0'; // at least one integer digit
    int trailing = 0; // fractional zeros to drop
    while (trailing < kScale && digits[trailing] == '0')
        ++trailing;
    int len = 0;
    if (negative)
        out[len++] = '-';
    for (int i = n - 1; i >= kScale; --i)
        out[len++] = digits[i];
    if (trailing < kScale) {
        out[len++] = '.';
        for (int i = kScale - 1; i >= trailing; --i)
            out[len++] = digits[i];
    }
    return len;
}

std::string Decimal::toString() const
{
    char buffer[kMaxChars];
    return std::string(buffer, static_cast<std::size_t>(toChars(buffer)));
}

std::string Decimal::toString(int decimals) const
{
    const Decimal rounded = roundedTo(decimals);
    const bool negative = rounded.m_mantissa < 0;
    const U128 magnitude = negative ? U128(-rounded.m_mantissa) : U128(rounded.m_mantissa);
    return formatScaledMagnitude(magnitude, negative && magnitude != 0, kScale, decimals);
}

const char *toString(Decimal::ParseResult result)
{
    switch (result) {
    case Decimal::ParseResult::Exact: return "exact";
    case Decimal::ParseResult::Rounded: return "rounded";
    case Decimal::ParseResult::Malformed: return "malformed";
    case Decimal::ParseResult::OutOfRange: return "out of range";
    }
    return "";
}

} // namespace rd
