#include "tableexport.h"

#include "util/csvrecords.h"

#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace rd {

Status TableExport::writeCsv(const QString &path, const TableData &table)
{
    QSaveFile file(path); // all or nothing
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto writeLine = [&](const QStringList &cells) {
        QByteArray line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += (i ? "," : "") + csv::quote(cells[i]).toUtf8();
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
    const QString temporary = path + QLatin1String(".part");
    lxw_workbook *workbook = workbook_new(QFile::encodeName(temporary).constData());
    if (!workbook)
        return Status::failure(tr("Cannot write %1").arg(path));
    QString sheetName = table.title.left(31);
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        sheetName.replace(bad, QLatin1Char(' '));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.isEmpty() ? nullptr : sheetName.toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (qsizetype c = 0; c < table.headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), table.headers[c].toUtf8().constData(), bold);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows[r];
        for (qsizetype c = 0; c < row.size(); ++c) {
            const auto rowIndex = lxw_row_t(r + 1);
            const auto colIndex = lxw_col_t(c);
            if (row[c].typeId() == QMetaType::LongLong || row[c].typeId() == QMetaType::Int)
                worksheet_write_number(sheet, rowIndex, colIndex, double(row[c].toLongLong()), nullptr); // counts < 2^53
            else
                worksheet_write_string(sheet, rowIndex, colIndex, row[c].toString().toUtf8().constData(), nullptr);
        }
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return Status::failure(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path))
        return Status::failure(tr("Cannot write %1").arg(path));
    return {};
}

} // namespace rd
