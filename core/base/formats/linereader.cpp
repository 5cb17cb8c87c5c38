#include "linereader.h"

#include "formats/streamreader.h"

#include <cstring>

namespace rd {

bool LineReader::fill()
{
    // Keep the unread tail, then read behind it.
    if (m_start > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_start, m_end - m_start);
        m_end -= m_start;
        m_start = 0;
    }
    if (m_buffer.size() - m_end < (64 << 10))
        m_buffer.resize(std::max<std::size_t>(m_buffer.size() * 2, 1 << 20));
    const qint64 n = m_reader.read(m_buffer.data() + m_end, qint64(m_buffer.size() - m_end));
    if (n < 0) {
        m_error = m_reader.errorString();
        return false;
    }
    if (n == 0)
        m_eof = true;
    m_end += std::size_t(n);
    return true;
}

bool LineReader::next(std::string_view &line)
{
    if (failed())
        return false;
    std::size_t searched = 0;
    while (true) {
        const char *begin = m_buffer.data() + m_start;
        const std::size_t unsearched = m_end - m_start - searched;
        const auto *newline = unsearched ? static_cast<const char *>(std::memchr(begin + searched, '\n', unsearched)) : nullptr;
        std::size_t length = 0, consumed = 0;
        if (newline) {
            length = std::size_t(newline - begin);
            consumed = length + 1;
        } else if (m_eof) {
            if (m_start == m_end)
                return false;
            length = consumed = m_end - m_start; // the last line has no newline
        } else if (m_end - m_start > kMaxLineBytes) {
            m_error = tr("line %1 is longer than %2 bytes").arg(m_line + 1).arg(kMaxLineBytes);
            return false;
        } else {
            searched = m_end - m_start;
            if (!fill())
                return false;
            continue;
        }
        if (length > kMaxLineBytes) {
            m_error = tr("line %1 is longer than %2 bytes").arg(m_line + 1).arg(kMaxLineBytes);
            return false;
        }
        ++m_line;
        m_lastCr = length > 0 && begin[length - 1] == '\r';
        line = std::string_view(begin, m_lastCr ? length - 1 : length);
        m_start += consumed;
        return true;
    }
}

} // namespace rd
