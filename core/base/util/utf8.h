#pragma once

#include <cstddef>

namespace rd::utf8 {

// Returns the offset of the first byte that breaks UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF included), or length if valid.
std::size_t firstInvalid(const char *text, std::size_t length);

} // namespace rd::utf8
