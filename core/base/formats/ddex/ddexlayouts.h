#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace rd::ddex {

// The column names of each record type. A file's heading lines ("#SU02.02
// BlockId SummaryRecordId …") take precedence, so a new record version is read
// by column name; without them the layouts of Part 8 that Royalty Desk knows
// are used, first for the exact version ("SU02.02"), then for the record type
// ("SU02"). Names compare without case and surrounding spaces, as files
// differ in both ("NumberofFiles", "NumberOfLinesInReport ").
class RecordLayouts
{
public:
    RecordLayouts();

    // Learns from a heading line (with its leading '#'); false when it names no record type.
    bool learnHeading(std::string_view headingLine);
    // The cell index (the record type is cell 0) of a column, or -1.
    int column(std::string_view recordType, std::string_view name) const;
    // The (normalized) name of a cell index's column, or empty when the layout has none.
    std::string columnName(std::string_view recordType, int cell) const;
    // Whether a layout is known for the record type, from a heading or built in.
    bool known(std::string_view recordType) const;
    // Whether the file itself described the record type.
    bool fromHeading(std::string_view recordType) const;

    static std::string normalizedName(std::string_view name);
    // "SU02.02" → "SU02".
    static std::string_view baseType(std::string_view recordType);

private:
    using Layout = std::vector<std::string>; // normalized names of cells 1…
    const Layout *layout(std::string_view recordType) const;

    std::map<std::string, Layout, std::less<>> m_headings;
    std::map<std::string, Layout, std::less<>> m_builtIn;
};

} // namespace rd::ddex
