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

// Reads a stored chunk in place. Scans that look at a fraction of the
// entries, or need only an approximate revenue, skip building ResourceSums.
class View
{
public:
    // nullopt when the blob is malformed. The view borrows the bytes.
    static std::optional<View> parse(const char *data, std::size_t size);

    std::size_t size() const { return m_count; }
    std::int64_t id(std::size_t i) const;
    std::int64_t usages(std::size_t i) const;
    // Every revenue of the chunk fits a Decimal's mantissa (nearly always).
    bool narrow() const { return m_width == kNarrowWidth; }
    Decimal::Mantissa narrowRevenue(std::size_t i) const; // only when narrow()
    DecimalSum revenue(std::size_t i) const;
    double approximateRevenue(std::size_t i) const; // the revenue's mantissa as a double
    ResourceSums at(std::size_t i) const;
    // The first entry whose id is not below `id`.
    std::size_t lowerBound(std::int64_t id) const;

    static constexpr int kNarrowWidth = 16;
    static constexpr int kWideWidth = 33;

private:
    const char *m_ids = nullptr, *m_usages = nullptr, *m_revenues = nullptr;
    std::size_t m_count = 0;
    int m_width = kNarrowWidth;
};

QByteArray encode(const ResourceSums *entries, std::size_t count);
// Appends the chunk's entries to out; false when the blob is malformed.
bool decode(const QByteArray &blob, std::vector<ResourceSums> &out);
bool decode(const char *data, std::size_t size, std::vector<ResourceSums> &out);

} // namespace resourcechunk
} // namespace rd
