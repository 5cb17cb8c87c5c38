#include "utf8.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace rd::utf8 {

std::size_t firstInvalid(const char *text, std::size_t length)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    std::size_t i = 0;
    while (i < length) {
        // Fast path: eight ASCII bytes at a time.
        if (i + 8 <= length) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t need;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) lo = 0xA0;      // no overlong forms
            else if (c == 0xED) hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + need >= length) // truncated sequence
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (std::size_t k = 2; k <= need; ++k)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        i += need + 1;
    }
    return length;
}

std::size_t firstControl(const char *text, std::size_t length)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
    std::size_t i = 0;
    // Eight bytes at a time: a word has a byte below 0x20 when (w - 0x20…) & ~w & 0x80… is
    // non-zero, and a DEL when w ^ 0x7F… has a zero byte (the exact test for existence).
    for (; i + 8 <= length; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, s + i, 8);
        const std::uint64_t below = (word - 0x20 * kOnes) & ~word & kHighs;
        const std::uint64_t del = word ^ (0x7F * kOnes);
        if (below || ((del - kOnes) & ~del & kHighs))
            break;
    }
    for (; i < length; ++i)
        if (s[i] < 0x20 || s[i] == 0x7F)
            return i;
    return length;
}

QString controlDescription(unsigned codePoint, std::size_t character)
{
    return QStringLiteral("U+%1 at character %2").arg(QString::number(codePoint, 16).toUpper().rightJustified(4, QLatin1Char('0'))).arg(character);
}

std::string describeControl(std::string_view text, std::size_t at)
{
    std::size_t character = 1; // counts code points, not bytes: what an editor's column shows
    for (std::size_t i = 0; i < at && i < text.size(); ++i)
        character += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return controlDescription(at < text.size() ? static_cast<unsigned char>(text[at]) : 0u, character).toStdString();
}

QString controlCharacterIn(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 || c == 0x7F)
            return controlDescription(c, std::size_t(i + 1));
    }
    return {};
}

} // namespace rd::utf8
