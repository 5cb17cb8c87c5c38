#include "validationissue.h"

#include <QStringList>

#include <array>

namespace rd {
namespace {

constexpr std::size_t kMaxDetail = 120;

struct CodeEntry
{
    ValidationIssue::Code code;
    const char *name;
};

constexpr std::array kCodes{
    CodeEntry{ValidationIssue::Code::ColumnCount, "column_count"},
    CodeEntry{ValidationIssue::Code::InvalidUtf8, "invalid_utf8"},
    CodeEntry{ValidationIssue::Code::MissingDspId, "missing_dsp_id"},
    CodeEntry{ValidationIssue::Code::NotANumber, "not_a_number"},
    CodeEntry{ValidationIssue::Code::Negative, "negative"},
    CodeEntry{ValidationIssue::Code::TooLarge, "too_large"},
    CodeEntry{ValidationIssue::Code::MalformedDecimal, "malformed_decimal"},
    CodeEntry{ValidationIssue::Code::FieldTooLong, "field_too_long"},
    CodeEntry{ValidationIssue::Code::LineTooLong, "line_too_long"},
    CodeEntry{ValidationIssue::Code::TooManyLines, "too_many_lines"},
    CodeEntry{ValidationIssue::Code::MissingValue, "missing_value"},
    CodeEntry{ValidationIssue::Code::Rounded, "rounded"},
    CodeEntry{ValidationIssue::Code::InvalidIsrc, "invalid_isrc"},
    CodeEntry{ValidationIssue::Code::BlankLine, "blank_line"},
    CodeEntry{ValidationIssue::Code::GzipNameDiffers, "gzip_name_differs"},
    CodeEntry{ValidationIssue::Code::UnknownRecordType, "unknown_record_type"},
    CodeEntry{ValidationIssue::Code::MissingRecord, "missing_record"},
    CodeEntry{ValidationIssue::Code::DanglingSummaryReference, "dangling_summary_reference"},
    CodeEntry{ValidationIssue::Code::UnresolvedResource, "unresolved_resource"},
    CodeEntry{ValidationIssue::Code::SummaryUsagesMismatch, "summary_usages_mismatch"},
    CodeEntry{ValidationIssue::Code::SummaryRevenueMismatch, "summary_revenue_mismatch"},
    CodeEntry{ValidationIssue::Code::FooterMismatch, "footer_mismatch"},
    CodeEntry{ValidationIssue::Code::HeadDiffersFromFileName, "head_differs_from_file_name"},
    CodeEntry{ValidationIssue::Code::InvalidIswc, "invalid_iswc"},
    CodeEntry{ValidationIssue::Code::InvalidTerritory, "invalid_territory"},
    CodeEntry{ValidationIssue::Code::InvalidCurrency, "invalid_currency"},
    CodeEntry{ValidationIssue::Code::MessageIdReused, "message_id_reused"},
    CodeEntry{ValidationIssue::Code::CannotAllocate, "cannot_allocate"},
    CodeEntry{ValidationIssue::Code::AmbiguousSummary, "ambiguous_summary"},
    CodeEntry{ValidationIssue::Code::ControlCharacter, "control_character"},
    CodeEntry{ValidationIssue::Code::FindingsNotKept, "findings_not_kept"},
};

struct FieldEntry
{
    ValidationIssue::Field field;
    const char *name;
};

constexpr std::array kFields{
    FieldEntry{ValidationIssue::Field::None, ""},
    FieldEntry{ValidationIssue::Field::DspId, "dsp_id"},
    FieldEntry{ValidationIssue::Field::Title, "title"},
    FieldEntry{ValidationIssue::Field::Artists, "artists"},
    FieldEntry{ValidationIssue::Field::Isrc, "isrc"},
    FieldEntry{ValidationIssue::Field::Usages, "usages"},
    FieldEntry{ValidationIssue::Field::Revenue, "revenue"},
    FieldEntry{ValidationIssue::Field::Columns, "columns"},
    FieldEntry{ValidationIssue::Field::File, "file"},
};

// Cuts at a UTF-8 boundary so a stored detail is always valid text.
std::string truncatedDetail(std::string_view detail)
{
    if (detail.size() <= kMaxDetail)
        return std::string(detail);
    std::size_t cut = kMaxDetail;
    while (cut > 0 && (static_cast<unsigned char>(detail[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(detail.substr(0, cut)) + "…";
}

} // namespace

ValidationIssue ValidationIssue::error(std::uint64_t line, Code code, Field field, std::string_view detail)
{
    return {line, Severity::Error, code, field, truncatedDetail(detail), {}};
}

ValidationIssue ValidationIssue::warning(std::uint64_t line, Code code, Field field, std::string_view detail)
{
    return {line, Severity::Warning, code, field, truncatedDetail(detail), {}};
}

ValidationIssue ValidationIssue::at(Severity severity, std::uint64_t line, Code code, std::string_view location,
                                    std::string_view detail)
{
    ValidationIssue issue{line, severity, code, Field::None, truncatedDetail(detail), {}};
    issue.location = truncatedDetail(location);
    return issue;
}

void FindingList::push_back(ValidationIssue issue)
{
    const bool error = issue.severity == ValidationIssue::Severity::Error;
    m_errors += error;
    ++m_found;
    if (m_kept.size() < m_cap && !m_closed) {
        m_kept.push_back(std::move(issue));
        return;
    }
    ++m_notKept;
    m_notKeptErrors += error;
}

void FindingList::append(const FindingList &other, const std::function<void(ValidationIssue &)> &adjust)
{
    for (ValidationIssue issue : other.m_kept) {
        if (adjust)
            adjust(issue);
        push_back(std::move(issue));
    }
    m_notKept += other.m_notKept;
    m_notKeptErrors += other.m_notKeptErrors;
    m_errors += other.m_notKeptErrors;
    m_found += other.m_notKept;
}

void FindingList::close()
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_notKept == 0)
        return;
    // The count itself, as a finding of the whole file, kept past the cap.
    const auto severity = m_notKeptErrors ? ValidationIssue::Severity::Error : ValidationIssue::Severity::Warning;
    m_kept.push_back(ValidationIssue::at(severity, 0, ValidationIssue::Code::FindingsNotKept, std::string(), std::to_string(m_notKept)));
}

const char *severityName(ValidationIssue::Severity severity)
{
    return severity == ValidationIssue::Severity::Error ? "error" : "warning";
}

const char *codeName(ValidationIssue::Code code)
{
    for (const auto &entry : kCodes)
        if (entry.code == code)
            return entry.name;
    return "";
}

const char *fieldName(ValidationIssue::Field field)
{
    for (const auto &entry : kFields)
        if (entry.field == field)
            return entry.name;
    return "";
}

bool codeFromName(std::string_view name, ValidationIssue::Code &code)
{
    for (const auto &entry : kCodes)
        if (name == entry.name) {
            code = entry.code;
            return true;
        }
    return false;
}

bool fieldFromName(std::string_view name, ValidationIssue::Field &field)
{
    for (const auto &entry : kFields)
        if (name == entry.name) {
            field = entry.field;
            return true;
        }
    return false;
}

QString ValidationText::severity(ValidationIssue::Severity severity)
{
    return severity == ValidationIssue::Severity::Error ? tr("Error") : tr("Warning");
}

QString ValidationText::field(ValidationIssue::Field field)
{
    switch (field) {
    case ValidationIssue::Field::None: return QString();
    case ValidationIssue::Field::DspId: return tr("dsp_id");
    case ValidationIssue::Field::Title: return tr("title");
    case ValidationIssue::Field::Artists: return tr("artists");
    case ValidationIssue::Field::Isrc: return tr("isrc");
    case ValidationIssue::Field::Usages: return tr("usages");
    case ValidationIssue::Field::Revenue: return tr("revenue");
    case ValidationIssue::Field::Columns: return tr("columns");
    case ValidationIssue::Field::File: return tr("file");
    }
    return QString();
}

QString ValidationText::where(ValidationIssue::Field field, const QString &location)
{
    return location.isEmpty() ? ValidationText::field(field) : location;
}

QString ValidationText::message(ValidationIssue::Code code, ValidationIssue::Field field, const QString &detail)
{
    using Code = ValidationIssue::Code;
    const QString name = ValidationText::field(field);
    switch (code) {
    case Code::ColumnCount: return tr("expected 6 tab-separated columns, found %1").arg(detail);
    case Code::InvalidUtf8: return tr("%1 is not valid UTF-8").arg(name);
    case Code::MissingDspId: return tr("dsp_id is empty; a row cannot be matched to a resource without it");
    case Code::NotANumber: return tr("%1 \"%2\" is not a whole number").arg(name, detail);
    case Code::Negative: return tr("%1 \"%2\" is negative").arg(name, detail);
    case Code::TooLarge: return tr("%1 \"%2\" is too large").arg(name, detail);
    case Code::MalformedDecimal: return tr("%1 \"%2\" is not a decimal number").arg(name, detail);
    case Code::FieldTooLong: return tr("%1 is longer than the limit (%2 bytes)").arg(name, detail);
    case Code::LineTooLong: return tr("the line is longer than the limit (%1 bytes)").arg(detail);
    case Code::TooManyLines: return tr("the file has more lines than one DSR may hold (%1)").arg(detail);
    case Code::MissingValue: {
        // detail lists the stored field names, e.g. "title, isrc"
        QStringList names;
        for (const QString &raw : detail.split(QLatin1String(", "), Qt::SkipEmptyParts)) {
            ValidationIssue::Field f;
            names << (fieldFromName(raw.toStdString(), f) ? ValidationText::field(f) : raw);
        }
        return tr("missing value: %1").arg(names.isEmpty() ? name : names.join(QLatin1String(", ")));
    }
    case Code::Rounded:
        return tr("%1 \"%2\" has more than 20 decimals; rounded half to even").arg(name, detail);
    case Code::InvalidIsrc: return tr("isrc \"%1\" is not a valid ISRC; stored as given").arg(detail);
    case Code::BlankLine: return tr("blank line ignored");
    case Code::GzipNameDiffers:
        return tr("the gzip header names the original file \"%1\"; the name on disk is used").arg(detail);
    case Code::UnknownRecordType: return tr("unknown record type %1 without a heading line; the line is skipped").arg(detail);
    case Code::MissingRecord: return tr("the file has no %1 record").arg(detail);
    case Code::DanglingSummaryReference:
        return tr("SummaryRecordId \"%1\" names no summary record; the row is not imported").arg(detail);
    case Code::UnresolvedResource:
        return tr("\"%1\" names no release or resource of the block; the row is not imported").arg(detail);
    case Code::SummaryUsagesMismatch: return tr("usages do not reconcile: %1").arg(detail);
    case Code::SummaryRevenueMismatch: return tr("revenue does not reconcile: %1").arg(detail);
    case Code::FooterMismatch: return tr("the footer does not match the file: %1").arg(detail);
    case Code::HeadDiffersFromFileName: return tr("the header disagrees with the file name: %1").arg(detail);
    case Code::InvalidIswc: return tr("\"%1\" is not a valid ISWC").arg(detail);
    case Code::InvalidTerritory: return tr("\"%1\" is not an ISO 3166 territory code").arg(detail);
    case Code::InvalidCurrency: return tr("\"%1\" is not an ISO 4217 currency code").arg(detail);
    case Code::MessageIdReused: return tr("the MessageId was already used: %1").arg(detail);
    case Code::CannotAllocate: return tr("the summary's revenue cannot be allocated: %1").arg(detail);
    case Code::AmbiguousSummary:
        return tr("several summary records share SummaryRecordId \"%1\"; its revenue is not allocated").arg(detail);
    case Code::ControlCharacter: return tr("a control character (%1) in a text field; the row is not imported").arg(detail);
    case Code::FindingsNotKept:
        return tr("%1 more findings were counted but not kept (the limit ddex_max_findings)").arg(detail);
    }
    return QString();
}

} // namespace rd
