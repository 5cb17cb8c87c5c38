#include "resourcechunk.h"

#include <QtEndian>

#include <cstring>

namespace rd::resourcechunk {
namespace {

constexpr std::uint8_t kFormat = 1;
constexpr std::size_t kHeaderSize = 8; // format, revenue width, 2 spare bytes, uint32 count
constexpr int kNarrowWidth = View::kNarrowWidth;
constexpr int kWideWidth = View::kWideWidth;

using Wide = DecimalSum::Accumulator;

bool fitsNarrow(const Wide &value)
{
    static const Wide max = Wide(std::numeric_limits<Decimal::Mantissa>::max());
    static const Wide min = Wide(std::numeric_limits<Decimal::Mantissa>::min());
    return value <= max && value >= min;
}

void putInt64(char *at, std::int64_t value) { qToLittleEndian(value, at); }
std::int64_t getInt64(const char *at) { return qFromLittleEndian<std::int64_t>(at); }

void putNarrow(char *at, const Wide &value)
{
    const auto v = static_cast<Decimal::Mantissa>(value);
    const auto bits = static_cast<unsigned __int128>(v);
    putInt64(at, static_cast<std::int64_t>(static_cast<std::uint64_t>(bits)));
    putInt64(at + 8, static_cast<std::int64_t>(static_cast<std::uint64_t>(bits >> 64)));
}

void putWide(char *at, const Wide &value)
{
    at[0] = value < 0 ? 1 : 0;
    std::memset(at + 1, 0, 32);
    std::vector<unsigned char> bytes;
    boost::multiprecision::export_bits(abs(value), std::back_inserter(bytes), 8, false); // little-endian
    std::memcpy(at + 1, bytes.data(), std::min<std::size_t>(bytes.size(), 32));
}

Wide getWide(const char *at)
{
    Wide magnitude;
    const auto *bytes = reinterpret_cast<const unsigned char *>(at + 1);
    boost::multiprecision::import_bits(magnitude, bytes, bytes + 32, 8, false);
    return at[0] ? Wide(-magnitude) : magnitude;
}

} // namespace

QByteArray encode(const ResourceSums *entries, std::size_t count)
{
    bool narrow = true;
    for (std::size_t i = 0; i < count && narrow; ++i)
        narrow = fitsNarrow(entries[i].revenue.raw());
    const int width = narrow ? kNarrowWidth : kWideWidth;
    QByteArray blob(static_cast<qsizetype>(kHeaderSize + count * (16 + width)), '\0');
    char *p = blob.data();
    p[0] = static_cast<char>(kFormat);
    p[1] = static_cast<char>(width);
    qToLittleEndian(static_cast<std::uint32_t>(count), p + 4);
    char *ids = p + kHeaderSize, *usages = ids + count * 8, *revenues = usages + count * 8;
    for (std::size_t i = 0; i < count; ++i) {
        putInt64(ids + i * 8, entries[i].resourceId);
        putInt64(usages + i * 8, entries[i].usages);
        if (narrow)
            putNarrow(revenues + i * kNarrowWidth, entries[i].revenue.raw());
        else
            putWide(revenues + i * kWideWidth, entries[i].revenue.raw());
    }
    return blob;
}

std::optional<View> View::parse(const char *data, std::size_t size)
{
    if (size < kHeaderSize || static_cast<std::uint8_t>(data[0]) != kFormat)
        return std::nullopt;
    View v;
    v.m_width = data[1];
    if (v.m_width != kNarrowWidth && v.m_width != kWideWidth)
        return std::nullopt;
    v.m_count = qFromLittleEndian<std::uint32_t>(data + 4);
    if (size != kHeaderSize + v.m_count * (16 + std::size_t(v.m_width)))
        return std::nullopt;
    v.m_ids = data + kHeaderSize;
    v.m_usages = v.m_ids + v.m_count * 8;
    v.m_revenues = v.m_usages + v.m_count * 8;
    return v;
}

std::int64_t View::id(std::size_t i) const { return getInt64(m_ids + i * 8); }
std::int64_t View::usages(std::size_t i) const { return getInt64(m_usages + i * 8); }

Decimal::Mantissa View::narrowRevenue(std::size_t i) const
{
    const auto low = static_cast<std::uint64_t>(getInt64(m_revenues + i * kNarrowWidth));
    const auto high = static_cast<std::uint64_t>(getInt64(m_revenues + i * kNarrowWidth + 8));
    return static_cast<Decimal::Mantissa>((static_cast<unsigned __int128>(high) << 64) | low);
}

DecimalSum View::revenue(std::size_t i) const
{
    return DecimalSum::fromRaw(narrow() ? Wide(narrowRevenue(i)) : getWide(m_revenues + i * kWideWidth));
}

double View::approximateRevenue(std::size_t i) const
{
    return narrow() ? Decimal::mantissaToDouble(narrowRevenue(i)) : getWide(m_revenues + i * kWideWidth).convert_to<double>();
}

ResourceSums View::at(std::size_t i) const { return ResourceSums{id(i), usages(i), revenue(i)}; }

std::size_t View::lowerBound(std::int64_t wanted) const
{
    std::size_t low = 0, high = m_count;
    while (low < high) {
        const std::size_t mid = (low + high) / 2;
        if (id(mid) < wanted)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

bool decode(const char *data, std::size_t size, std::vector<ResourceSums> &out)
{
    const auto view = View::parse(data, size);
    if (!view)
        return false;
    // Never reserve the exact size: when chunks are appended one after another that
    // defeats the vector's geometric growth and copies (and faults in) everything per chunk.
    if (out.capacity() < out.size() + view->size())
        out.reserve(std::max(2 * out.capacity(), out.size() + view->size()));
    for (std::size_t i = 0; i < view->size(); ++i)
        out.push_back(view->at(i));
    return true;
}

bool decode(const QByteArray &blob, std::vector<ResourceSums> &out)
{
    return decode(blob.constData(), static_cast<std::size_t>(blob.size()), out);
}

} // namespace rd::resourcechunk
