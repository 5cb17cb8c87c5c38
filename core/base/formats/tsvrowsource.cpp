#include "tsvrowsource.h"

#include "formats/streamreader.h"
#include "formats/tsvdsrparser.h"

#include <cstring>

namespace rd {

TsvRowSource::TsvRowSource(StreamReader &reader, TsvDsrParser &parser)
    : m_reader(reader)
    , m_parser(parser)
{
}

bool TsvRowSource::fill(std::vector<char> &text, std::size_t want)
{
    const std::size_t old = text.size();
    text.resize(old + want);
    std::size_t got = 0;
    while (got < want) {
        const qint64 n = m_reader.read(text.data() + old + got, static_cast<qint64>(want - got));
        if (n < 0) {
            m_error = m_reader.errorString();
            text.resize(old + got);
            return false;
        }
        if (n == 0) {
            m_eof = true;
            break;
        }
        got += static_cast<std::size_t>(n);
    }
    text.resize(old + got);
    return true;
}

bool TsvRowSource::readHeader()
{
    std::vector<char> text;
    while (true) {
        if (!fill(text, 64 * 1024))
            return false;
        const char *newline = static_cast<const char *>(std::memchr(text.data(), '\n', text.size()));
        if (newline || m_eof || text.size() > kMaxLineBytes) {
            std::size_t length = newline ? static_cast<std::size_t>(newline - text.data()) : text.size();
            if (text.empty()) {
                m_error = tr("the file is empty: it has no header line");
                return false;
            }
            m_line = 1;
            if (length > 0 && text[length - 1] == '\r')
                --length;
            if (!m_parser.parseHeader(std::string_view(text.data(), length), m_error))
                return false;
            if (newline)
                m_carry.assign(newline + 1, static_cast<const char *>(text.data() + text.size()));
            return true;
        }
    }
}

void TsvRowSource::parseLine(char *begin, std::size_t length, RowBatch &batch)
{
    if (++m_line > kMaxLines) {
        m_error = tr("the file has more than %1 lines, the most one DSR may hold").arg(kMaxLines);
        return;
    }
    if (length > 0 && begin[length - 1] == '\r')
        --length;
    m_parser.parseLine(begin, length, m_line, batch);
}

bool TsvRowSource::next(RowBatch &batch)
{
    batch.clear();
    if (failed())
        return false;
    std::vector<char> &text = batch.text;
    text.clear();
    text.insert(text.end(), m_carry.begin(), m_carry.end());
    m_carry.clear();

    while (true) {
        if (!m_eof && !fill(text, kChunkBytes))
            return false;
        batch.rawBytesRead = m_reader.rawBytesRead();

        std::size_t start = 0;
        if (m_discarding) {
            const char *newline = static_cast<const char *>(std::memchr(text.data(), '\n', text.size()));
            if (!newline) {
                text.clear();
                if (m_eof)
                    return false;
                continue;
            }
            m_discarding = false;
            start = static_cast<std::size_t>(newline - text.data()) + 1;
        }

        // Parse every complete line; keep the partial last one for the next batch.
        char *const data = text.data();
        std::size_t pos = start;
        while (pos < text.size()) {
            char *newline = static_cast<char *>(std::memchr(data + pos, '\n', text.size() - pos));
            if (!newline)
                break;
            const std::size_t end = static_cast<std::size_t>(newline - data);
            parseLine(data + pos, end - pos, batch);
            if (failed())
                return false;
            pos = end + 1;
        }

        const std::size_t rest = text.size() - pos;
        if (m_eof) {
            if (rest > 0)
                parseLine(data + pos, rest, batch);
            return !failed() && (!batch.rows.empty() || !batch.issues.empty());
        }
        if (pos > start || !batch.issues.empty()) {
            m_carry.assign(data + pos, data + text.size());
            text.resize(pos);
            return true;
        }
        // No complete line in the buffer: the line is long. Keep reading it,
        // unless it passes the limit, in which case it is reported and skipped.
        if (rest > kMaxLineBytes) {
            ++m_line;
            m_parser.rejectLine(m_line, ValidationIssue::Code::LineTooLong, std::to_string(kMaxLineBytes), batch);
            m_discarding = true;
            text.clear();
            return true;
        }
    }
}

} // namespace rd
