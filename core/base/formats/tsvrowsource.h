#pragma once

#include "formats/dsrrow.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace rd {

class StreamReader;
class TsvDsrParser;

// Cuts the decompressed stream into lines and feeds them to the parser, one
// batch (about kChunkBytes of text) at a time. Lines may end in LF or CRLF;
// a line longer than kMaxLineBytes is reported and skipped without being
// held in memory.
class TsvRowSource
{
    Q_DECLARE_TR_FUNCTIONS(TsvRowSource)

public:
    static constexpr std::size_t kChunkBytes = 1 << 20;
    static constexpr std::size_t kMaxLineBytes = 4 << 20;
    static constexpr std::uint64_t kMaxLines = 0xFFFFFFFFULL; // rows are keyed by a 32-bit line number

    TsvRowSource(StreamReader &reader, TsvDsrParser &parser);

    bool readHeader();
    // Parses the next batch; returns false at the end of the stream or on a file error.
    bool next(RowBatch &batch);
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    // Appends up to `want` bytes to text; returns false on a read error.
    bool fill(std::vector<char> &text, std::size_t want);
    void parseLine(char *begin, std::size_t length, RowBatch &batch);

    StreamReader &m_reader;
    TsvDsrParser &m_parser;
    std::vector<char> m_carry;
    std::uint64_t m_line = 0;
    bool m_eof = false;
    bool m_discarding = false; // inside an over-long line
    QString m_error;
};

} // namespace rd
