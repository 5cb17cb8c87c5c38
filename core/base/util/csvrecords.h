#pragma once

#include <QStringList>
#include <QStringView>

#include <optional>

namespace rd::csv {

// RFC 4180 records: fields separated by commas, quoted with "" for a quote
// inside; a quoted field may hold commas and line breaks.

// Reads the record that starts at pos and moves pos past its line break.
// Returns nullopt when a quote is never closed (pos is then at the end).
// trimUnquoted: spaces around unquoted fields are dropped (hand-made files).
std::optional<QStringList> readRecord(QStringView text, qsizetype &pos, bool trimUnquoted = false);

// One line's fields; nullopt on a broken quote.
inline std::optional<QStringList> splitLine(QStringView line, bool trimUnquoted = false)
{
    qsizetype pos = 0;
    return readRecord(line, pos, trimUnquoted);
}

// A field as RFC 4180 writes it: quoted (quotes doubled) when it holds a
// comma, a quote or a line break, as is otherwise. For data files kept
// exactly (a package's entries); files meant for spreadsheets use
// quoteForSpreadsheet.
QString quote(const QString &field);

// Whether a spreadsheet would run the text as a formula: it starts with =, +,
// -, @, TAB or CR and is not a number ("-12.5" and "+3" stay numbers).
bool looksLikeFormula(const QString &text);
// The text a spreadsheet shows as text: a formula-like one gets a leading
// apostrophe, as Excel and LibreOffice mark typed text.
QString neutralized(const QString &text);
// quote(neutralized(field)): for CSV exports that people open in spreadsheets.
QString quoteForSpreadsheet(const QString &field);

} // namespace rd::csv
