#include "ddexrecord.h"

#include "formats/ddex/ddexcells.h"

namespace rd::ddex {

bool Record::isBlockRecord() const
{
    static const char *const kBlockTypes[] = {"RE01", "RE02", "AS01", "AS02", "MW01", "SU01", "SU02", "SU03", "RU01", "LI01"};
    const std::string_view base = RecordLayouts::baseType(type);
    for (const char *t : kBlockTypes)
        if (base == t)
            return true;
    return false;
}

std::string Fields::text(std::string_view name) const
{
    const int column = m_layouts.column(m_record.type, name);
    if (column < 0 || std::size_t(column) >= m_record.cells.size())
        return {};
    return unescape(m_record.cells[std::size_t(column)]);
}

std::string Fields::firstText(std::initializer_list<std::string_view> names, std::string *usedName) const
{
    for (std::string_view name : names) {
        std::string value = text(name);
        if (!value.empty()) {
            if (usedName)
                *usedName = std::string(name);
            return value;
        }
    }
    if (usedName)
        *usedName = std::string(*names.begin());
    return {};
}

std::vector<std::string> Fields::values(std::string_view name) const
{
    const int column = m_layouts.column(m_record.type, name);
    if (column < 0 || std::size_t(column) >= m_record.cells.size())
        return {};
    return splitValues(m_record.cells[std::size_t(column)]);
}

} // namespace rd::ddex
