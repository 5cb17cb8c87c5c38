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
// comma, a quote or a line break, as is otherwise. For data files; reports
// meant for spreadsheets also neutralise formulas (ReportCsvExporter::csvField).
QString quote(const QString &field);

} // namespace rd::csv
