#pragma once

#include <string>

namespace rd {

// Writes magnitude × 10^-scale as decimal text. decimals < 0 means "as many as
// needed, no trailing zeros"; otherwise exactly that many (the caller rounds).
std::string formatScaledMagnitude(unsigned __int128 magnitude, bool negative, int scale, int decimals);

// Same for a magnitude given as its plain base-10 digits (used by the wide sum).
std::string formatScaledDigits(std::string digits, bool negative, int scale, int decimals);

} // namespace rd
