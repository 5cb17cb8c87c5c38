#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace rd {

// A table as the user sees it, ready to be written out. Cells are QString
// (amounts stay exact decimal text) or qint64 (counts, written as numbers).
struct TableData
{
    QString title;
    QStringList headers;
    QList<QVariantList> rows;
};

class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // RFC 4180 CSV, UTF-8, CRLF.
    static Status writeCsv(const QString &path, const TableData &table);
    // An .xlsx workbook with one sheet; amounts are kept as exact text cells
    // (a spreadsheet number is binary floating point), counts as numbers.
    static Status writeXlsx(const QString &path, const TableData &table);
};

} // namespace rd
