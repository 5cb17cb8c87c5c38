#pragma once

#include "formats/dsrrow.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace rd {

// Validates and converts the lines of a simple-TSV DSR:
// dsp_id TAB title TAB artists TAB isrc TAB usages TAB revenue
class TsvDsrParser
{
    Q_DECLARE_TR_FUNCTIONS(TsvDsrParser)

public:
    static constexpr std::size_t kMaxFieldBytes = 64 * 1024;

    // Checks the header line (without its line end). Sets error on failure.
    bool parseHeader(std::string_view line, QString &error);

    // Parses one data line (without its line end; the text may be modified in
    // place to normalize the ISRC). Appends a row or an error to the batch and
    // updates the totals.
    void parseLine(char *begin, std::size_t length, std::uint64_t lineNumber, RowBatch &batch);

    // Records an error for a line that could not be parsed at all.
    void rejectLine(std::uint64_t lineNumber, ValidationIssue::Code code, std::string_view detail, RowBatch &batch);

    const DsrTotals &totals() const { return m_totals; }

private:
    DsrTotals m_totals;
};

} // namespace rd
