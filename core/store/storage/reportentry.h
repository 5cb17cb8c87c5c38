#pragma once

#include "formats/validationissue.h"

#include <QString>

namespace rd {

// One line of a DSR's validation report as read back from storage.
struct ReportEntry
{
    qint64 line = 0;
    ValidationIssue::Severity severity = ValidationIssue::Severity::Warning;
    ValidationIssue::Code code = ValidationIssue::Code::MissingValue;
    ValidationIssue::Field field = ValidationIssue::Field::None;
    QString detail;
    QString location; // DDEX: the record type and column (then field is None)

    QString message() const { return ValidationText::message(code, field, detail); }
    // The field or record column; a row with missing values names them ("usages, revenue").
    QString where() const
    {
        if (code == ValidationIssue::Code::MissingValue && field == ValidationIssue::Field::None && location.isEmpty())
            return detail;
        return ValidationText::where(field, location);
    }
};

} // namespace rd
