#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace rd {

class StreamReader;

// Hands out the lines of a (possibly gzipped) stream one at a time, without
// their LF or CRLF ending, numbered from 1. A line longer than kMaxLineBytes
// is an error: nothing that long is a DSR record.
class LineReader
{
    Q_DECLARE_TR_FUNCTIONS(LineReader)

public:
    static constexpr std::size_t kMaxLineBytes = 4 << 20;

    explicit LineReader(StreamReader &reader) : m_reader(reader) {}

    // False at the end of the stream or on an error (see failed()).
    bool next(std::string_view &line);
    std::uint64_t lineNumber() const { return m_line; }
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Whether the last line ended with CRLF (the file's convention, for messages).
    bool lastEndedWithCr() const { return m_lastCr; }

private:
    bool fill();

    StreamReader &m_reader;
    std::vector<char> m_buffer;
    std::size_t m_start = 0, m_end = 0; // unread bytes are [m_start, m_end)
    bool m_eof = false;
    bool m_lastCr = false;
    std::uint64_t m_line = 0;
    QString m_error;
};

} // namespace rd
