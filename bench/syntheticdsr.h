#pragma once

#include <QString>

#include <cstdint>

namespace rd::bench {

struct SyntheticSpec
{
    std::uint64_t rows = 10'000'000;
    std::uint64_t resources = 2'000'000; // distinct resources; every one appears at least once
    std::uint64_t seed = 20200131;
    // Resources come from a catalogue fixed by catalogueSeed. The `sharedHead`
    // most popular ones are the catalogue's first (hits everywhere); the rest
    // are shifted by resourceOffset, so DSRs share the hits but not the tail.
    std::uint64_t resourceOffset = 0;
    std::uint64_t sharedHead = 0;
    std::uint64_t catalogueSeed = 20200131;
    int gzipLevel = 6; // what DSPs typically ship
};

// Writes a deterministic DSR shaped like the BMAT samples: CRLF lines, ~13%
// rows with a blank title/artists/ISRC, some blank usages or revenue, revenues
// with up to 19 decimals, and Zipf-skewed resource popularity. Writes the
// gzip file and, when plainPath is not empty, the same bytes uncompressed.
bool writeSyntheticDsr(const SyntheticSpec &spec, const QString &gzipPath, const QString &plainPath);

} // namespace rd::bench
