// Fuzz entries for the simple-TSV DSR, Decimal, the gzip inflater and the DSR file names.
#include "fuzztarget.h"
#include "scratchfile.h"

#include "formats/ddex/ddexfilename.h"
#include "formats/dsrfilename.h"
#include "formats/gzipinflater.h"
#include "formats/streamreader.h"
#include "formats/tsvdsrparser.h"
#include "formats/tsvrowsource.h"
#include "money/decimal.h"
#include "money/decimalsum.h"

#include <QString>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>

namespace rd::fuzz {
namespace {

// A parsed amount's canonical text must read back as the same amount.
void checkCanonical(const Decimal &value, std::string_view canonical)
{
    Decimal again;
    RD_FUZZ_CHECK(Decimal::parse(canonical, again) == Decimal::ParseResult::Exact);
    RD_FUZZ_CHECK(again == value);
}

} // namespace

RD_FUZZ_ENTRY(fuzzTsvRow)
{
    std::vector<char> line(data, data + size); // the parser normalizes the ISRC in place
    TsvDsrParser parser;
    RowBatch batch;
    parser.parseLine(line.data(), line.size(), 1, batch);
    RD_FUZZ_CHECK(batch.rows.size() + batch.issues.size() >= 1 || parser.totals().rows == 0);
    RD_FUZZ_CHECK(parser.totals().rows == batch.rows.size());
    for (const DsrRow &row : batch.rows) {
        if (row.hasRevenue)
            checkCanonical(row.revenue, row.revenueText);
        RD_FUZZ_CHECK(row.dspId.size() <= TsvDsrParser::kMaxFieldBytes);
    }
    return 0;
}

RD_FUZZ_ENTRY(fuzzTsvFile)
{
    // A plain or gzipped DSR (the reader tells them apart by the magic bytes), read to the end.
    const QString path = writeScratchFile("Spotify_SpotifyDuo_NO_NOK_20200101-20200131.tsv", data, size);
    StreamReader reader(path);
    if (!reader.open())
        return 0;
    TsvDsrParser parser;
    TsvRowSource source(reader, parser);
    if (!source.readHeader())
        return 0;
    RowBatch batch;
    std::uint64_t rows = 0;
    DecimalSum revenue;
    while (source.next(batch)) {
        for (const DsrRow &row : batch.rows) {
            ++rows;
            if (row.hasRevenue)
                revenue.add(row.revenue);
        }
        batch.clear();
    }
    // The totals that become the DSR's aggregates are exactly what the rows add up to.
    if (!source.failed()) {
        RD_FUZZ_CHECK(parser.totals().rows == rows);
        RD_FUZZ_CHECK(parser.totals().revenue.toString() == revenue.toString());
    }
    return 0;
}

RD_FUZZ_ENTRY(fuzzDecimal)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    Decimal value;
    const auto result = Decimal::parse(text, value);
    if (result != Decimal::ParseResult::Exact && result != Decimal::ParseResult::Rounded)
        return 0;
    const std::string canonical = value.toString();
    checkCanonical(value, canonical);
    char chars[Decimal::kMaxChars];
    const int length = value.toChars(chars);
    RD_FUZZ_CHECK(length > 0 && length <= Decimal::kMaxChars);
    RD_FUZZ_CHECK(std::string_view(chars, std::size_t(length)) == canonical);
    // Rounding for display agrees with rounding the value, at every number of decimals.
    for (int decimals = 0; decimals <= Decimal::kScale; ++decimals) {
        Decimal shown;
        RD_FUZZ_CHECK(Decimal::parse(value.toString(decimals), shown) == Decimal::ParseResult::Exact);
        RD_FUZZ_CHECK(shown == value.roundedTo(decimals));
    }
    // A sum of the value with itself is exact, also past Decimal's range.
    DecimalSum sum;
    sum.add(value);
    sum.add(value);
    Decimal twice = value;
    if (twice.addChecked(value))
        RD_FUZZ_CHECK(sum.toString() == twice.toString());
    return 0;
}

namespace {

// Inflates every member of the input with one engine, fed in windows of the given size, up to a cap.
struct Inflated
{
    bool ok = false;
    std::string bytes;
};

Inflated inflateAll(GzipInflater::Engine engine, const std::uint8_t *data, std::size_t size, std::size_t window)
{
    constexpr std::size_t kOutputCap = 8u << 20;
    GzipInflater inflater(engine);
    Inflated result;
    char out[64 * 1024];
    std::size_t offset = 0;
    bool memberEnded = false;
    while (result.bytes.size() < kOutputCap) {
        if (inflater.inputRemaining() == 0) {
            if (offset == size)
                break;
            const std::size_t take = std::min(window, size - offset);
            inflater.setInput(data + offset, take);
            offset += take;
        }
        if (memberEnded) {
            if (!inflater.startMember())
                return result;
            memberEnded = false;
        }
        std::size_t produced = 0;
        const auto status = inflater.inflate(out, sizeof out, produced);
        result.bytes.append(out, produced);
        if (status == GzipInflater::Status::Error)
            return result;
        memberEnded = status == GzipInflater::Status::MemberEnd;
    }
    result.ok = memberEnded || result.bytes.size() >= kOutputCap;
    return result;
}

} // namespace

RD_FUZZ_ENTRY(fuzzGzip)
{
    if (size < 1)
        return 0;
    // The first byte picks the input window, so that headers and blocks split across windows.
    const std::size_t window = 1 + std::size_t(data[0]) * 37;
    const Inflated zlib = inflateAll(GzipInflater::Engine::Zlib, data + 1, size - 1, window);
    if (!GzipInflater::isalAvailable())
        return 0;
    // What zlib reads, ISA-L reads the same. ISA-L is the more lenient of the two on one point:
    // a dynamic block whose Huffman code set is incomplete, which zlib refuses. Its output is
    // still checked against the member's CRC-32 and length, so what it yields is what was
    // compressed (tests/fuzz-regressions/gzip/incomplete-huffman-codes-isal-accepts).
    const Inflated isal = inflateAll(GzipInflater::Engine::Isal, data + 1, size - 1, window);
    if (zlib.ok) {
        RD_FUZZ_CHECK(isal.ok);
        RD_FUZZ_CHECK(zlib.bytes == isal.bytes);
    }
    return 0;
}

RD_FUZZ_ENTRY(fuzzFileName)
{
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto tsv = DsrFileName::parse(name)) {
        RD_FUZZ_CHECK(tsv->periodStart.isValid() && tsv->periodEnd.isValid());
        RD_FUZZ_CHECK(tsv->periodStart <= tsv->periodEnd);
        RD_FUZZ_CHECK(!tsv->dsp.isEmpty() && !tsv->territory.isEmpty() && !tsv->currency.isEmpty());
        RD_FUZZ_CHECK(tsv->sameMetadata(*tsv));
    }
    if (const auto ddex = DdexFileName::parse(name)) {
        RD_FUZZ_CHECK(ddex->part >= 1 && ddex->part <= ddex->parts);
        RD_FUZZ_CHECK(ddex->periodStart.isValid() && ddex->periodStart <= ddex->periodEnd);
        RD_FUZZ_CHECK(DdexFileName::looksLikeDdex(name));
        const auto period = DdexFileName::parsePeriod(ddex->period);
        RD_FUZZ_CHECK(period && period->first == ddex->periodStart && period->second == ddex->periodEnd);
    }
    return 0;
}

} // namespace rd::fuzz
