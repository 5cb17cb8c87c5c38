#include "anyimporter.h"

#include "formats/ddex/ddexfilename.h"
#include "import/ddeximporter.h"
#include "import/dsrimporter.h"
#include "journal/statusjournal.h"

#include <QFileInfo>
#include <QUuid>

namespace rd {
namespace {

// The stages of an import in the status journal: RECEIVED when the file is
// taken, PARSED (while rows are read), VALIDATED and STORED.
void journalResult(Database &database, const QString &correlation, const ImportResult &r)
{
    StatusJournal journal(database);
    if (r.dsrId > 0)
        journal.details(DataSetDetails{correlation, QString::number(r.dsrId), QString::number(std::max(1, r.version)), QStringLiteral("DSR"),
                                       qint64(r.totals.rows), QDateTime::currentDateTimeUtc()});
    const bool stored = r.outcome == ImportResult::Outcome::Imported;
    const bool parsed = stored || r.outcome == ImportResult::Outcome::Redelivery || r.outcome == ImportResult::Outcome::DryRun
                        || r.outcome == ImportResult::Outcome::Duplicate;
    journal.stage(correlation, QStringLiteral("PARSED"), parsed ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED"),
                  parsed ? AnyImporter::tr("%n row(s) read", nullptr, int(r.totals.rows)) : r.error, parsed ? QString() : QStringLiteral("parse_error"));
    if (!parsed)
        return;
    const bool warned = r.totals.warnings > 0 || r.totals.errors > 0;
    journal.stage(correlation, QStringLiteral("VALIDATED"), warned ? QStringLiteral("PARTIAL_SUCCESS") : QStringLiteral("SUCCESS"),
                  AnyImporter::tr("%1 warning(s), %2 error(s)").arg(qint64(r.totals.warnings + r.totals.rowsWithMissing)).arg(qint64(r.totals.errors)));
    if (stored)
        journal.stage(correlation, QStringLiteral("STORED"), QStringLiteral("SUCCESS"), AnyImporter::tr("DSR %1 version %2").arg(r.dsrId).arg(std::max(1, r.version)));
    else
        journal.stage(correlation, QStringLiteral("STORED"), r.outcome == ImportResult::Outcome::Duplicate ? QStringLiteral("SKIPPED") : QStringLiteral("FAILED"),
                      r.error, r.outcome == ImportResult::Outcome::Duplicate ? QStringLiteral("duplicate") : QStringLiteral("not_stored"));
}

} // namespace

QList<ImportResult> AnyImporter::importFile(const QString &path, const ImportOptions &options, ProgressSink *progress)
{
    if (options.dryRun) // a dry run writes nothing, not even to the status journal
        return DdexFileName::looksLikeDdex(path) ? DdexImporter(m_db).importReport(path, options, progress)
                                                 : QList<ImportResult>{DsrImporter(m_db).importFile(path, options, progress)};
    const QString correlation = QStringLiteral("import-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<ImportResult> results;
    if (!DdexFileName::looksLikeDdex(path)) {
        StatusJournal(m_db).stage(correlation, QStringLiteral("RECEIVED"), QStringLiteral("SUCCESS"), QFileInfo(path).fileName());
        StatusJournal(m_db).stage(correlation, QStringLiteral("PARSED"), QStringLiteral("IN_PROGRESS"));
        results = {DsrImporter(m_db).importFile(path, options, progress)};
    } else {
        const QString key = DdexImporter::reportKeyOf(path);
        if (!key.isEmpty()) {
            if (m_reportsDone.contains(key))
                return {};
            m_reportsDone.insert(key);
        }
        StatusJournal(m_db).stage(correlation, QStringLiteral("RECEIVED"), QStringLiteral("SUCCESS"), QFileInfo(path).fileName());
        StatusJournal(m_db).stage(correlation, QStringLiteral("PARSED"), QStringLiteral("IN_PROGRESS"));
        results = DdexImporter(m_db).importReport(path, options, progress);
    }
    // One dataflow per DSR: a multi-territory DDEX report's DSRs get their own ids after the first.
    for (qsizetype i = 0; i < results.size(); ++i) {
        results[i].correlationId = i == 0 ? correlation : correlation + QStringLiteral("-%1").arg(i + 1);
        journalResult(m_db, results[i].correlationId, results[i]);
    }
    return results;
}

} // namespace rd
