#pragma once

#include "formats/resourcekey.h"
#include "formats/validationissue.h"
#include "money/decimal.h"
#include "money/decimalsum.h"

#include <QtGlobal>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// One usage row of a simple-TSV DSR, parsed and validated. The text fields
// point into the RowBatch that owns the decompressed bytes.
struct DsrRow
{
    std::uint64_t line = 0;
    ResourceKey key;
    std::string_view dspId;
    std::string_view title;   // empty means missing
    std::string_view artists; // '|'-separated; empty means missing
    std::string_view isrc;    // normalized when valid; empty means missing
    std::int64_t usages = 0;
    Decimal revenue;
    std::string_view revenueText; // canonical decimal text, as stored
    bool hasUsages = false;
    bool hasRevenue = false;
};

// Rows parsed from one chunk of the file, with the bytes they point into.
struct RowBatch
{
    std::vector<char> text;
    std::vector<DsrRow> rows;
    std::vector<ValidationIssue> issues;
    std::deque<std::string> extraText; // canonical texts that did not fit in place
    qint64 rawBytesRead = 0; // progress: compressed bytes consumed so far

    void clear()
    {
        rows.clear();
        issues.clear();
        extraText.clear();
    }
};

// Running totals over the rows that are imported, and counts of what the
// validator found. They become the DSR's stored aggregates.
struct DsrTotals
{
    std::uint64_t rows = 0;
    std::int64_t usages = 0;
    DecimalSum revenue;
    std::uint64_t missingTitle = 0;
    std::uint64_t missingArtists = 0;
    std::uint64_t missingIsrc = 0;
    std::uint64_t missingUsages = 0;
    std::uint64_t missingRevenue = 0;
    std::uint64_t rowsWithMissing = 0; // each such row is listed in the report
    std::uint64_t warnings = 0;        // explicit warnings (rounded, invalid ISRC, …)
    std::uint64_t errors = 0;          // rejected rows and file-level problems
};

} // namespace rd
