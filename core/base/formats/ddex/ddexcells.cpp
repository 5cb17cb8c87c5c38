#include "ddexcells.h"

namespace rd::ddex {
namespace {
bool escapable(char c) { return c == '\t' || c == '|' || c == '\\'; }
} // namespace

std::vector<std::string_view> splitCells(std::string_view line)
{
    std::vector<std::string_view> cells;
    std::size_t start = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\' && i + 1 < line.size() && escapable(line[i + 1])) {
            ++i; // the escaped character never splits
        } else if (line[i] == '\t') {
            cells.push_back(line.substr(start, i - start));
            start = i + 1;
        }
    }
    cells.push_back(line.substr(start));
    return cells;
}

std::string unescape(std::string_view rawCell)
{
    std::string text;
    text.reserve(rawCell.size());
    for (std::size_t i = 0; i < rawCell.size(); ++i) {
        if (rawCell[i] == '\\' && i + 1 < rawCell.size() && escapable(rawCell[i + 1]))
            ++i;
        text += rawCell[i];
    }
    return text;
}

std::vector<std::string> splitValues(std::string_view rawCell)
{
    std::vector<std::string> values;
    if (rawCell.empty())
        return values;
    std::string current;
    for (std::size_t i = 0; i < rawCell.size(); ++i) {
        if (rawCell[i] == '\\' && i + 1 < rawCell.size() && escapable(rawCell[i + 1])) {
            current += rawCell[++i];
        } else if (rawCell[i] == '|') {
            values.push_back(std::move(current));
            current.clear();
        } else {
            current += rawCell[i];
        }
    }
    values.push_back(std::move(current));
    return values;
}

} // namespace rd::ddex
