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
    return {line, Severity::Error, code, field, truncatedDetail(detail)};
}

ValidationIssue ValidationIssue::warning(std::uint64_t line, Code code, Field field, std::string_view detail)
{
    return {line, Severity::Warning, code, field, truncatedDetail(detail)};
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
    }
    return QString();
}

} // namespace rd
