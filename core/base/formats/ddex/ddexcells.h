#pragma once

#include <string>
#include <string_view>
#include <vector>

// The cell syntax of DDEX DSR flat files (Part 1): cells are separated by TAB
// and the values of a multi-value cell by '|'; a backslash makes the TAB, '|'
// or backslash after it literal.
namespace rd::ddex {

// The line's cells as written (escapes kept, so that values can still be told apart).
std::vector<std::string_view> splitCells(std::string_view line);
// A cell's text with its escapes undone.
std::string unescape(std::string_view rawCell);
// A multi-value cell's values, each unescaped; none for an empty cell.
std::vector<std::string> splitValues(std::string_view rawCell);

} // namespace rd::ddex
