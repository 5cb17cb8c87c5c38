#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>
#include <string>
#include <string_view>

namespace rd::utf8 {

// Returns the offset of the first byte that breaks UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF included), or length if valid.
std::size_t firstInvalid(const char *text, std::size_t length);

// Returns the offset of the first C0 control character (U+0000 to U+001F) or
// DEL (U+007F), or length if there is none. Text fields never hold them: a
// NUL cuts a value short in many tools, and the others garble reports.
std::size_t firstControl(const char *text, std::size_t length);
// "U+0000 at character 5" for the control character at byte offset at (for findings).
std::string describeControl(std::string_view text, std::size_t at);
// "U+0007 at character 3": a control character and where it stands (counted from 1).
QString controlDescription(unsigned codePoint, std::size_t character);
// The first control character of text already decoded, described; empty when there is none.
QString controlCharacterIn(QStringView text);

} // namespace rd::utf8
