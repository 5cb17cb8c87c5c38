#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace rd {

// One finding of the validator. It is stored language-neutral (code, field and
// the offending value) and turned into a translated message when shown.
struct ValidationIssue
{
    enum class Severity : std::uint8_t { Warning, Error };

    enum class Code : std::uint8_t {
        // Row errors: the row is not imported.
        ColumnCount,
        InvalidUtf8,
        MissingDspId,
        NotANumber,
        Negative,
        TooLarge,
        MalformedDecimal,
        FieldTooLong,
        LineTooLong,
        TooManyLines,
        // Warnings: the row is imported.
        MissingValue,
        Rounded,
        InvalidIsrc,
        BlankLine,
        GzipNameDiffers,
        // DDEX reconciliation (the location names the record type and column).
        UnknownRecordType,
        MissingRecord,
        DanglingSummaryReference,
        UnresolvedResource,
        SummaryUsagesMismatch,
        SummaryRevenueMismatch,
        FooterMismatch,
        HeadDiffersFromFileName,
        InvalidIswc,
        InvalidTerritory,
        InvalidCurrency,
        MessageIdReused,
        CannotAllocate,
        AmbiguousSummary,
        // Added later; the stored names, not these numbers, are what the database keeps.
        ControlCharacter, // a row error: NUL or another control character in a text field
        FindingsNotKept,  // the findings past the limit ddex_max_findings, counted
    };

    enum class Field : std::uint8_t { None, DspId, Title, Artists, Isrc, Usages, Revenue, Columns, File };

    std::uint64_t line = 0; // 1 is the header line, 0 concerns the whole file
    Severity severity = Severity::Error;
    Code code = Code::ColumnCount;
    Field field = Field::None;
    std::string detail; // the offending value or count, truncated for storage
    // Where in a record-based format (DDEX): "SU02.02 SummaryRecordId", or with
    // the file of a multi-file report, "2of3: SU02.02 SummaryRecordId". Stored
    // in place of the field, which is then None.
    std::string location;

    static ValidationIssue error(std::uint64_t line, Code code, Field field, std::string_view detail = {});
    static ValidationIssue warning(std::uint64_t line, Code code, Field field, std::string_view detail = {});
    static ValidationIssue at(Severity severity, std::uint64_t line, Code code, std::string_view location,
                              std::string_view detail = {});
};

// Findings up to a cap, the rest only counted: memory stays bounded however
// broken a report is, and the counts stay exact. close() adds one finding
// that says how many were not kept.
class FindingList
{
public:
    static constexpr std::uint64_t kDefaultCap = 100'000;

    void setCap(std::uint64_t cap) { m_cap = cap; }
    void push_back(ValidationIssue issue);
    // Takes over another list's findings (kept ones up to this cap) and counts.
    void append(const FindingList &other, const std::function<void(ValidationIssue &)> &adjust = {});
    void close();

    const std::vector<ValidationIssue> &kept() const { return m_kept; }
    std::uint64_t errors() const { return m_errors; } // kept or not
    std::uint64_t warnings() const { return m_found - m_errors; }
    auto begin() const { return m_kept.begin(); }
    auto end() const { return m_kept.end(); }
    std::size_t size() const { return m_kept.size(); }
    bool empty() const { return m_kept.empty(); }

private:
    std::vector<ValidationIssue> m_kept;
    std::uint64_t m_cap = kDefaultCap, m_notKept = 0, m_notKeptErrors = 0, m_errors = 0, m_found = 0;
    bool m_closed = false;
};

// Stable names used in storage, CSV exports and JSON.
const char *severityName(ValidationIssue::Severity severity);
const char *codeName(ValidationIssue::Code code);
const char *fieldName(ValidationIssue::Field field);
bool codeFromName(std::string_view name, ValidationIssue::Code &code);
bool fieldFromName(std::string_view name, ValidationIssue::Field &field);

class ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ValidationText)

public:
    static QString message(ValidationIssue::Code code, ValidationIssue::Field field, const QString &detail);
    static QString severity(ValidationIssue::Severity severity);
    static QString field(ValidationIssue::Field field);
    // The field, or the location when there is one.
    static QString where(ValidationIssue::Field field, const QString &location);
};

} // namespace rd
