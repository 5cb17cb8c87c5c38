#include "tableexport.h"

#include "report/xlsxworkbook.h"
#include "util/csvrecords.h"

#include <QFile>
#include <QSaveFile>


namespace rd {

Status TableExport::writeCsv(const QString &path, const TableData &table)
{
    QSaveFile file(path); // all or nothing
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto writeLine = [&](const QStringList &cells) {
        QByteArray line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += (i ? "," : "") + csv::quoteForSpreadsheet(cells[i]).toUtf8();
        file.write(line + "\r\n");
    };
    writeLine(table.headers);
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells << cell.toString();
        writeLine(cells);
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status TableExport::writeXlsx(const QString &path, const TableData &table)
{
    XlsxWorkbook workbook(path, table.title);
    QVariantList headers;
    for (const QString &h : table.headers)
        headers << h;
    workbook.addRow(headers, true);
    for (const QVariantList &row : table.rows)
        workbook.addRow(row);
    return workbook.save();
}

} // namespace rd
