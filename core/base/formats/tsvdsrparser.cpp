#include "tsvdsrparser.h"

#include "formats/isrc.h"
#include "util/utf8.h"

#include <array>
#include <charconv>
#include <optional>
#include <cstring>

namespace rd {
namespace {

constexpr int kColumns = 6;
constexpr std::array<std::string_view, kColumns> kHeader{"dsp_id", "title", "artists", "isrc", "usages", "revenue"};
constexpr std::array<ValidationIssue::Field, kColumns> kFieldOf{
    ValidationIssue::Field::DspId, ValidationIssue::Field::Title, ValidationIssue::Field::Artists,
    ValidationIssue::Field::Isrc,  ValidationIssue::Field::Usages, ValidationIssue::Field::Revenue};

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x - 'A' + 'a');
        if (x != b[i])
            return false;
    }
    return true;
}

// Splits on TAB into exactly kColumns fields; returns the number of fields found.
int splitColumns(char *begin, std::size_t length, std::array<std::string_view, kColumns> &fields)
{
    int count = 0;
    char *p = begin;
    char *const end = begin + length;
    while (true) {
        char *tab = static_cast<char *>(std::memchr(p, '\t', static_cast<std::size_t>(end - p)));
        char *fieldEnd = tab ? tab : end;
        if (count < kColumns)
            fields[count] = std::string_view(p, static_cast<std::size_t>(fieldEnd - p));
        ++count;
        if (!tab)
            return count;
        p = tab + 1;
    }
}

// The canonical text of an exactly parsed decimal, made in place when the
// original is plain ([-]digits[.digits]), which it almost always is: trailing
// fractional zeros are dropped. Anything else is formatted into the batch.
std::string_view canonicalText(std::string_view original, const Decimal &value, bool exact, RowBatch &batch)
{
    if (value.isZero())
        return "0";
    std::string_view digits = original;
    if (!digits.empty() && digits.front() == '-')
        digits.remove_prefix(1);
    const std::size_t point = digits.find('.');
    const std::string_view integerPart = digits.substr(0, point);
    const bool plain = exact && !integerPart.empty() && (integerPart.size() == 1 || integerPart.front() != '0')
        && digits.find_first_of("eE+") == std::string_view::npos;
    if (plain) {
        std::string_view text = original;
        if (point != std::string_view::npos) {
            while (text.back() == '0')
                text.remove_suffix(1);
            if (text.back() == '.')
                text.remove_suffix(1);
        }
        return text;
    }
    char buffer[Decimal::kMaxChars];
    return batch.extraText.emplace_back(buffer, static_cast<std::size_t>(value.toChars(buffer)));
}

// usages: a non-negative whole number, or blank for missing. The error, if the field is neither.
inline std::optional<ValidationIssue::Code> parseUsages(std::string_view usages, DsrRow &row)
{
    using Code = ValidationIssue::Code;
    if (usages.empty())
        return std::nullopt;
    if (usages.front() == '-') {
        std::int64_t ignored;
        const auto [ptr, ec] = std::from_chars(usages.data() + 1, usages.data() + usages.size(), ignored);
        return ec != std::errc::invalid_argument && ptr == usages.data() + usages.size() ? Code::Negative : Code::NotANumber;
    }
    const auto [ptr, ec] = std::from_chars(usages.data(), usages.data() + usages.size(), row.usages);
    if (ec == std::errc::result_out_of_range)
        return Code::TooLarge;
    if (ec != std::errc() || ptr != usages.data() + usages.size())
        return Code::NotANumber;
    row.hasUsages = true;
    return std::nullopt;
}

// The ISRC in its canonical form, written over the field (normalizing never lengthens it);
// false, with the field as it was, when it is not an ISRC.
inline bool normalizeIsrcInPlace(std::string_view &isrc)
{
    char normalized[isrc::kLength];
    if (!isrc::normalize(isrc, normalized))
        return false;
    char *target = const_cast<char *>(isrc.data());
    std::memcpy(target, normalized, isrc::kLength);
    isrc = std::string_view(target, isrc::kLength);
    return true;
}

} // namespace

bool TsvDsrParser::parseHeader(std::string_view line, QString &error)
{
    if (line.size() >= 3 && std::memcmp(line.data(), "\xEF\xBB\xBF", 3) == 0)
        line.remove_prefix(3); // a UTF-8 byte order mark is harmless
    std::array<std::string_view, kColumns> names{};
    std::string copy(line);
    const int count = splitColumns(copy.data(), copy.size(), names);
    bool matches = count == kColumns;
    for (int i = 0; matches && i < kColumns; ++i)
        matches = equalsIgnoringCase(names[i], kHeader[i]);
    if (!matches) {
        const QString found = QString::fromUtf8(line.data(), static_cast<qsizetype>(std::min<std::size_t>(line.size(), 200)));
        error = tr("line 1: the header must be \"dsp_id, title, artists, isrc, usages, revenue\" separated by tabs; found \"%1\"")
                    .arg(found.toHtmlEscaped().replace(QLatin1Char('\t'), QStringLiteral("⇥")));
        return false;
    }
    return true;
}

void TsvDsrParser::rejectLine(std::uint64_t lineNumber, ValidationIssue::Code code, std::string_view detail, RowBatch &batch)
{
    const auto field = code == ValidationIssue::Code::ColumnCount ? ValidationIssue::Field::Columns
                                                                  : ValidationIssue::Field::None;
    batch.issues.push_back(ValidationIssue::error(lineNumber, code, field, detail));
    ++m_totals.errors;
}

void TsvDsrParser::parseLine(char *begin, std::size_t length, std::uint64_t lineNumber, RowBatch &batch)
{
    using Code = ValidationIssue::Code;
    using Field = ValidationIssue::Field;

    if (length == 0) {
        batch.issues.push_back(ValidationIssue::warning(lineNumber, Code::BlankLine, Field::None));
        ++m_totals.warnings;
        return;
    }

    std::array<std::string_view, kColumns> fields{};
    const int count = splitColumns(begin, length, fields);
    if (count != kColumns) {
        rejectLine(lineNumber, Code::ColumnCount, std::to_string(count), batch);
        return;
    }

    auto rowError = [&](Code code, int column, std::string_view detail = {}) {
        batch.issues.push_back(ValidationIssue::error(lineNumber, code, kFieldOf[column], detail));
        ++m_totals.errors;
    };

    if (utf8::firstInvalid(begin, length) != length) {
        for (int c = 0; c < kColumns; ++c)
            if (utf8::firstInvalid(fields[c].data(), fields[c].size()) != fields[c].size())
                return rowError(Code::InvalidUtf8, c);
    }
    for (int c = 0; c < kColumns; ++c)
        if (fields[c].size() > kMaxFieldBytes)
            return rowError(Code::FieldTooLong, c, std::to_string(kMaxFieldBytes));
    for (int c = 0; c < 4; ++c) // the text fields; the numbers are checked by their parsers
        if (const std::size_t at = utf8::firstControl(fields[c].data(), fields[c].size()); at != fields[c].size())
            return rowError(Code::ControlCharacter, c, utf8::describeControl(fields[c], at));
    if (fields[0].empty())
        return rowError(Code::MissingDspId, 0);

    DsrRow row;
    row.line = lineNumber;

    const std::string_view usages = fields[4];
    if (const auto problem = parseUsages(usages, row))
        return rowError(*problem, 4, usages);

    // revenue: an exact decimal, or blank for missing.
    const std::string_view revenue = fields[5];
    bool rounded = false;
    if (!revenue.empty()) {
        switch (Decimal::parse(revenue, row.revenue)) {
        case Decimal::ParseResult::Exact: break;
        case Decimal::ParseResult::Rounded: rounded = true; break;
        case Decimal::ParseResult::Malformed: return rowError(Code::MalformedDecimal, 5, revenue);
        case Decimal::ParseResult::OutOfRange: return rowError(Code::TooLarge, 5, revenue);
        }
        row.hasRevenue = true;
        row.revenueText = canonicalText(revenue, row.revenue, !rounded, batch);
    }
    std::int64_t usagesTotal = m_totals.usages;
    if (row.hasUsages && __builtin_add_overflow(usagesTotal, row.usages, &usagesTotal))
        return rowError(Code::TooLarge, 4, usages);
    m_totals.usages = usagesTotal;

    // From here on the row is accepted; what follows can only warn.
    if (rounded) {
        batch.issues.push_back(ValidationIssue::warning(lineNumber, Code::Rounded, Field::Revenue, revenue));
        ++m_totals.warnings;
    }
    std::string_view isrc = fields[3];
    if (!isrc.empty() && !normalizeIsrcInPlace(isrc)) {
        batch.issues.push_back(ValidationIssue::warning(lineNumber, Code::InvalidIsrc, Field::Isrc, isrc));
        ++m_totals.warnings;
    }

    row.dspId = fields[0];
    row.title = fields[1];
    row.artists = fields[2];
    row.isrc = isrc;
    row.key = ResourceKey::of(row.dspId, row.title, row.artists, row.isrc);

    ++m_totals.rows;
    if (row.hasRevenue)
        m_totals.revenue.add(row.revenue);
    const bool missingTitle = row.title.empty(), missingArtists = row.artists.empty(), missingIsrc = row.isrc.empty();
    m_totals.missingTitle += missingTitle;
    m_totals.missingArtists += missingArtists;
    m_totals.missingIsrc += missingIsrc;
    m_totals.missingUsages += !row.hasUsages;
    m_totals.missingRevenue += !row.hasRevenue;
    m_totals.rowsWithMissing += missingTitle || missingArtists || missingIsrc || !row.hasUsages || !row.hasRevenue;
    batch.rows.push_back(row);
}

} // namespace rd
