#pragma once

#include "formats/ddex/ddexlayouts.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rd::ddex {

// One data line of a DDEX flat file: its record type and cells as written
// (escapes kept; cell 0 is the record type).
struct Record
{
    std::uint64_t line = 0;
    std::string type;
    std::vector<std::string> cells;

    bool isBlockRecord() const;
    bool isSummary() const { return type.rfind("SY", 0) == 0; }
};

// Reads a record's cells by column name through the layouts in force.
class Fields
{
public:
    Fields(const RecordLayouts &layouts, const Record &record) : m_layouts(layouts), m_record(record) {}

    // Whether the record type has the column at all.
    bool has(std::string_view name) const { return m_layouts.column(m_record.type, name) >= 0; }
    // The cell's text, unescaped; empty when absent or blank.
    std::string text(std::string_view name) const;
    // The first non-empty of several names for the same thing (e.g. Usages, TotalUsages).
    std::string firstText(std::initializer_list<std::string_view> names, std::string *usedName = nullptr) const;
    std::vector<std::string> values(std::string_view name) const;
    const Record &record() const { return m_record; }

private:
    const RecordLayouts &m_layouts;
    const Record &m_record;
};

} // namespace rd::ddex
