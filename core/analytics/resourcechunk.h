#pragma once

#include "money/decimalsum.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <vector>

namespace rd {

// One resource's sums within one DSR.
struct ResourceSums
{
    std::int64_t resourceId = 0;
    std::int64_t usages = 0;
    DecimalSum revenue;
};

// The stored form of a run of a DSR's per-resource sums, ordered by resource
// id: a small header, then the ids, the usages and the revenues as columns of
// little-endian integers. Revenues take 16 bytes each (a Decimal's mantissa),
// or 33 (sign and 256-bit magnitude) in the rare chunk where one sum outgrew
// a Decimal. Decoding is a copy, which lets an analysis read millions of sums
// per second where a row per sum would be parsed field by field.
namespace resourcechunk {

constexpr int kEntriesPerChunk = 256; // ≈ 8 KiB: one database page holds a chunk

QByteArray encode(const ResourceSums *entries, std::size_t count);
// Appends the chunk's entries to out; false when the blob is malformed.
bool decode(const QByteArray &blob, std::vector<ResourceSums> &out);
bool decode(const char *data, std::size_t size, std::vector<ResourceSums> &out);

} // namespace resourcechunk
} // namespace rd
