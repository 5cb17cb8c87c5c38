#include "textmatcher.h"

namespace rd {
namespace {
char fold(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
char upper(char c) { return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c; }
} // namespace

TextMatcher::TextMatcher(std::string_view needle)
{
    for (char c : needle)
        m_needle += fold(c);
    m_skip.fill(m_needle.size());
    // How far the window may move when its last byte is c: both cases of a letter alike.
    for (std::size_t k = 0; k + 1 < m_needle.size(); ++k) {
        m_skip[static_cast<unsigned char>(m_needle[k])] = m_needle.size() - 1 - k;
        m_skip[static_cast<unsigned char>(upper(m_needle[k]))] = m_needle.size() - 1 - k;
    }
}

bool TextMatcher::matches(std::string_view text) const
{
    const std::size_t n = m_needle.size();
    if (n == 0)
        return true;
    for (std::size_t at = 0; at + n <= text.size();) {
        std::size_t j = n - 1;
        while (fold(text[at + j]) == m_needle[j]) {
            if (j == 0)
                return true;
            --j;
        }
        at += m_skip[static_cast<unsigned char>(text[at + n - 1])];
    }
    return false;
}

} // namespace rd
