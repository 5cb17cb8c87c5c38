#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>

namespace rd {

// Writes a one-sheet Office Open XML workbook (.xlsx) with QuaZip, the zip library
// the rest of Royalty Desk uses. (libxlsxwriter brings the system minizip, whose
// symbols clash with the minizip inside QuaZip when both are in one process.)
//
// Cells are written row by row: whole numbers as numbers, everything else as text.
// Text a spreadsheet would take for a formula (=, +, -, @) is a string cell in the
// Text number format, so it is shown as written and never evaluated. Characters
// XML cannot hold are written as OOXML escapes (_x0001_). The file appears only
// when it is complete: it is written aside and renamed into place.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    explicit XlsxWorkbook(QString path, QString sheetName);
    ~XlsxWorkbook();

    void addRow(const QVariantList &cells, bool bold = false);
    Status save();

    // The text of a cell as OOXML holds it: XML-escaped, with _xHHHH_ for control characters.
    static QString escaped(const QString &text);

private:
    QString m_path, m_sheetName;
    QByteArray m_rows; // the sheetData rows, as XML
    int m_rowCount = 0;
};

} // namespace rd
