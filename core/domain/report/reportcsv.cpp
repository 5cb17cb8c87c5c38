#include "reportcsv.h"

#include "util/csvrecords.h"
#include "util/progresssink.h"
#include "storage/dsrrepository.h"

#include <QSaveFile>

namespace rd {

ReportCsvExporter::ReportCsvExporter(Database &database)
    : m_db(database)
{
}

Status ReportCsvExporter::exportReport(qint64 dsrId, const QString &path, ProgressSink *progress)
{
    DsrRepository repository(m_db);
    const auto record = repository.find(dsrId);
    if (!record)
        return Status::failure(record.error());
    if (!record.value())
        return Status::failure(tr("There is no DSR %1.").arg(dsrId));
    const qint64 expected = record.value()->reportWarnings() + record.value()->errorCount;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write("line,severity,code,field,detail,message\n");
    qint64 afterLine = -1;
    qint64 written = 0;
    while (true) {
        const auto page = repository.report(dsrId, afterLine, 5000);
        if (!page)
            return Status::failure(page.error());
        if (page->isEmpty())
            break;
        QString chunk;
        for (const ReportEntry &e : page.value()) { // opened in spreadsheets: formulas neutralized
            chunk += QString::number(e.line) + QLatin1Char(',') + QLatin1String(severityName(e.severity))
                + QLatin1Char(',') + QLatin1String(codeName(e.code)) + QLatin1Char(',')
                + csv::quoteForSpreadsheet(e.location.isEmpty() ? QString::fromLatin1(fieldName(e.field)) : e.location) + QLatin1Char(',')
                + csv::quoteForSpreadsheet(e.detail) + QLatin1Char(',')
                + csv::quoteForSpreadsheet(e.message()) + QLatin1Char('\n');
        }
        file.write(chunk.toUtf8());
        written += page->size();
        afterLine = page->last().line;
        if (progress) {
            progress->setProgress(written, expected, static_cast<quint64>(written));
            if (progress->canceled()) {
                file.cancelWriting();
                return Status::failure(tr("Export canceled"));
            }
        }
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace rd
