#pragma once

#include <string_view>

namespace rd::isrc {

constexpr int kLength = 12;

// Strips hyphens and upper-cases into out (kLength chars) and checks the
// ISO 3901 shape [A-Z]{2}[A-Z0-9]{3}[0-9]{7}. Returns false when it does not fit.
bool normalize(std::string_view raw, char out[kLength]);

} // namespace rd::isrc
