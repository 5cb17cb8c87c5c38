#include "ddeximporter.h"

#include "formats/ddex/ddexfilereader.h"
#include "import/ddexgroups.h"
#include "import/ddexredelivery.h"
#include "ingest/bulkwriter.h"
#include "ingest/importfindings.h"
#include "ingest/issuewriter.h"
#include "import/reportidentity.h"
#include "util/progresssink.h"
#include "redelivery/redelivery.h"
#include "storage/dsrrepository.h"
#include "storage/database.h"
#include "db/transaction.h"
#include "storage/dsrlifecycle.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>


namespace rd {
namespace {

using ddex::ReportAnalysis;
using ddex::ReportPart;


// What separates the cells of a line that should have been tab-separated.
QString separatorName(const QString &line)
{
    if (line.contains(QLatin1Char(';')))
        return DdexImporter::tr("semicolons");
    if (line.contains(QLatin1Char(',')))
        return DdexImporter::tr("commas");
    if (line.contains(QLatin1Char('|')))
        return DdexImporter::tr("vertical bars");
    if (line.contains(QLatin1Char(' ')))
        return DdexImporter::tr("spaces");
    return DdexImporter::tr("nothing");
}

} // namespace

// Why a part's HEAD record could not be read, or "" when every part has one.
// A HEAD line whose cells are not tab-separated reads as one unknown record.
QString DdexImporter::headProblem(const ddex::ReportAnalysis &analysis, bool unreadableLineOnly)
{
    using Code = ValidationIssue::Code;
    for (std::size_t p = 0; p < analysis.parts().size(); ++p) {
        const QString file = QFileInfo(analysis.parts()[p].path).fileName();
        const QString prefix = analysis.parts().size() > 1 ? analysis.parts()[p].label() + QStringLiteral(": ") : QString();
        bool missing = false;
        for (const ValidationIssue &i : analysis.issues())
            missing = missing || (i.code == Code::MissingRecord && i.detail == "HEAD" && QString::fromStdString(i.location).startsWith(prefix));
        if (!missing)
            continue;
        for (const ValidationIssue &i : analysis.issues()) {
            const QString text = QString::fromStdString(i.detail);
            if (i.code != Code::UnknownRecordType || !QString::fromStdString(i.location).startsWith(prefix)
                || !text.startsWith(QLatin1String("HEAD"), Qt::CaseInsensitive))
                continue;
            return tr("%1:%2: the HEAD record could not be read: its fields are separated by %3, not by tabs (\"%4\")")
                .arg(file).arg(i.line).arg(separatorName(text.mid(4)), text.left(40));
        }
        if (!unreadableLineOnly)
            return tr("%1: the HEAD record could not be read: no line starts with HEAD followed by a tab").arg(file);
    }
    return QString();
}

DdexImporter::DdexImporter(Database &database)
    : m_db(database)
{
}

QString DdexImporter::reportKeyOf(const QString &path)
{
    const auto name = DdexFileName::parse(path);
    return name ? QFileInfo(path).absolutePath() + QLatin1Char('/') + name->reportKey() : QString();
}

Expected<std::vector<ReportPart>> DdexImporter::gatherParts(const QString &path)
{
    using Result = Expected<std::vector<ReportPart>>;
    const auto name = DdexFileName::parse(path);
    if (!name)
        return Result::failure(name.error());
    if (!QFileInfo(path).isFile())
        return Result::failure(tr("%1: no such file").arg(path));
    std::vector<ReportPart> parts(std::size_t(name->parts));
    if (name->parts == 1) {
        parts[0] = ReportPart{QFileInfo(path).absoluteFilePath(), *name, {}, 0, 0};
        return parts;
    }
    // The other parts: the files next to this one with the same report key.
    const QDir dir = QFileInfo(path).absoluteDir();
    for (const QFileInfo &sibling : dir.entryInfoList({QStringLiteral("DSR_*")}, QDir::Files, QDir::Name)) {
        const auto other = DdexFileName::parse(sibling.fileName());
        if (!other || other->reportKey() != name->reportKey())
            continue;
        ReportPart &slot = parts[std::size_t(other->part - 1)];
        if (!slot.path.isEmpty())
            return Result::failure(tr("Part %1 of %2 is there twice: %3 and %4")
                                       .arg(other->part).arg(other->parts)
                                       .arg(QFileInfo(slot.path).fileName(), sibling.fileName()));
        slot = ReportPart{sibling.absoluteFilePath(), *other, {}, 0, 0};
    }
    QStringList missing;
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (parts[i].path.isEmpty())
            missing << QStringLiteral("%1of%2").arg(i + 1).arg(parts.size());
    if (!missing.isEmpty())
        return Result::failure(tr("%1 is part of a report in %2 files; not imported until all are present. Missing: %3")
                                   .arg(QFileInfo(path).fileName()).arg(parts.size()).arg(missing.join(QLatin1String(", "))));
    return parts;
}

QList<ImportResult> DdexImporter::importReport(const QString &path, const ImportOptions &options, ProgressSink *progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportResult failure;
    failure.path = path;
    auto fail = [&](ImportResult::Outcome outcome, const QString &error) {
        failure.outcome = outcome;
        failure.error = error;
        failure.seconds = double(timer.nsecsElapsed()) / 1e9;
        return QList<ImportResult>{failure};
    };

    auto parts = gatherParts(path);
    if (!parts)
        return fail(ImportResult::Outcome::Failed, parts.error());
    ReportAnalysis analysis;
    if (!analysis.analyze(std::move(parts.value())))
        return fail(ImportResult::Outcome::Failed, tr("%1: %2").arg(QFileInfo(path).fileName(), analysis.errorString()));
    const std::vector<ReportPart> &files = analysis.parts();
    for (std::size_t i = 0; i < files.size(); ++i)
        for (std::size_t j = i + 1; j < files.size(); ++j)
            if (files[i].sha256 == files[j].sha256)
                return fail(ImportResult::Outcome::Failed,
                            tr("Parts %1 and %2 of the report are identical (a duplicate part): %3 and %4")
                                .arg(files[i].label(), files[j].label(), QFileInfo(files[i].path).fileName(),
                                     QFileInfo(files[j].path).fileName()));
    const QString reportSha = hexOf(analysis.reportSha256());
    failure.sha256 = reportSha;
    if (const auto earlier = DsrRepository(m_db).findBySourceSha256(reportSha); earlier && earlier.value()) {
        failure.duplicateOf = earlier.value()->id;
        return fail(ImportResult::Outcome::Duplicate,
                    tr("%1 was already imported as DSR %2 (%3); identical content (SHA-256) is not imported twice")
                        .arg(QFileInfo(path).fileName()).arg(failure.duplicateOf).arg(earlier.value()->fileName));
    }
    // A HEAD line that is there but cannot be read leaves the report without its period and sender.
    if (const QString unreadHead = headProblem(analysis, true); !unreadHead.isEmpty())
        return fail(ImportResult::Outcome::Failed, unreadHead);
    std::vector<DdexGroup> groups = ddexGroupsOf(analysis);
    if (groups.empty()) {
        const QString unreadHead = headProblem(analysis, false);
        return fail(ImportResult::Outcome::Failed,
                    unreadHead.isEmpty() ? tr("%1: the report has no summary record, so its territory and currency are unknown")
                                               .arg(QFileInfo(path).fileName())
                                         : unreadHead);
    }

    std::vector<ValidationIssue> issues = analysis.issues();
    const ddex::HeadInfo &head = analysis.head();
    const QString messageId = QString::fromStdString(head.messageId);
    if (!messageId.isEmpty()) {
        if (const auto other = DsrRepository(m_db).findByMessageId(messageId); other && other.value())
            issues.push_back(ValidationIssue::at(ValidationIssue::Severity::Warning, head.line, ValidationIssue::Code::MessageIdReused,
                                                 "HEAD MessageId",
                                                 tr("%1 by DSR %2 (%3)").arg(messageId).arg(other.value()->id)
                                                     .arg(other.value()->fileName).toStdString()));
    }
    std::uint64_t warnings = 0, errors = 0;
    for (const ValidationIssue &i : issues)
        (i.severity == ValidationIssue::Severity::Error ? errors : warnings) += 1;
    if (options.strict && errors > 0) {
        // Recorded like a strict TSV rejection: a failed DSR with the findings (none in a dry run).
        failure.totals.errors = errors;
        failure.totals.warnings = warnings;
        ImportFindings::collect(failure, issues, errors);
        failure.error = tr("Rejected in strict mode: %n finding(s) are errors", nullptr, int(errors));
        if (!options.dryRun)
            recordFailure(failure, groups.front(), head, files, issues, options.strict);
        return fail(ImportResult::Outcome::Failed, failure.error);
    }

    const DdexFileName &name = *files.front().name;
    const QString dsp = head.senderName.empty() ? name.sender : QString::fromStdString(head.senderName);
    const QString offer = name.service;
    const QDate start = head.usageStart.isValid() ? head.usageStart : name.periodStart;
    const QDate end = head.usageEnd.isValid() ? head.usageEnd : name.periodEnd;
    const QString reportKey = name.reportKey();

    // The identity of the DSR a group becomes: what makes two files one report.
    auto identityOf = [&](const DdexGroup &group) {
        DsrRecord identity;
        identity.dsp = dsp;
        identity.offer = offer;
        identity.territory = group.territory;
        identity.currency = group.currency;
        identity.periodStart = start;
        identity.periodEnd = end;
        return identity;
    };
    // A report that is already here (same DSP, service, territories, currencies and period) is re-delivered.
    std::vector<DsrRecord> currents;
    for (const DdexGroup &group : groups) {
        const auto current = DsrRepository(m_db).findByIdentity(identityOf(group));
        if (!current)
            return fail(ImportResult::Outcome::Failed, current.error());
        if (current.value())
            currents.push_back(*current.value());
    }
    if (!currents.empty()) {
        if (currents.size() != groups.size())
            return fail(ImportResult::Outcome::Failed,
                        tr("%1 re-delivers DSR %2 but also territories or currencies it did not have; import those "
                           "as a report of their own").arg(QFileInfo(path).fileName()).arg(currents.front().id));
        DdexRedelivery redelivery{analysis, groups, currents, issues, warnings, errors, reportSha, messageId};
        QList<ImportResult> results = redelivery.run(m_db, options);
        for (ImportResult &r : results)
            r.seconds = double(timer.nsecsElapsed()) / 1e9;
        return results;
    }

    if (options.dryRun)
        return dryRun(analysis, groups, issues, reportSha, timer.nsecsElapsed());

    sqlite3 *db = m_db.handle();
    Transaction transaction(db);
    if (!transaction)
        return fail(ImportResult::Outcome::Failed, tr("Cannot start the import: %1").arg(transaction.error()));
    // Checked again now that this import holds the write lock: another may have ingested the report meanwhile.
    for (const DdexGroup &group : groups) {
        if (auto taken = ReportIdentity::takenMeanwhile(m_db, identityOf(group), QFileInfo(path).fileName()))
            return fail(ImportResult::Outcome::Failed, *taken);
    }
    QString error;
    std::uint64_t expectedRows = 0;
    for (const auto &[id, s] : analysis.summaries())
        expectedRows += s.rows;
    std::uint64_t rowsWritten = 0;
    for (std::size_t g = 0; g < groups.size() && error.isEmpty(); ++g) {
        DdexGroup &group = groups[g];
        NewDsr dsr;
        dsr.format = QStringLiteral("ddex");
        dsr.path = files.front().path;
        dsr.dsp = dsp;
        dsr.offer = offer;
        dsr.territory = group.territory;
        dsr.currency = group.currency;
        dsr.periodStart = start;
        dsr.periodEnd = end;
        dsr.strict = options.strict;
        dsr.messageId = messageId;
        dsr.reportKey = reportKey;
        dsr.sourceSha256 = reportSha;
        const auto placeholder = DsrLifecycle(m_db).begin(dsr);
        if (!placeholder) {
            error = placeholder.error();
            break;
        }
        group.dsrId = *placeholder;
        BulkWriter writer(db, group.dsrId, options.resourceCacheSlots);
        if (!writer.prepare()) {
            error = writer.errorString();
            break;
        }
        DdexShareWriter shares(db, QFileInfo(files.front().path).fileName(), start, end);
        std::map<std::string, ProRata> allocations;
        std::uint64_t lineOffset = 0;
        for (const ReportPart &part : files) {
            ddex::FileReader reader(part.path);
            auto write = [&writer](const RowBatch &batch, QString &failure) {
                if (!writer.writeRows(batch))
                    failure = writer.errorString();
                return failure.isEmpty();
            };
            DdexRowEmitter sink(analysis, group, part, lineOffset, reader, write, allocations, g == 0 ? &shares : nullptr, groups[0].dsrId);
            if (!reader.read(sink) || !sink.finish()) {
                error = sink.error().isEmpty() ? reader.errorString() : sink.error();
                break;
            }
            if (reader.sha256() != part.sha256) {
                error = tr("%1 changed while it was being imported").arg(QFileInfo(part.path).fileName());
                break;
            }
            lineOffset += part.lines;
            if (progress) {
                progress->setProgress(qint64(rowsWritten + writer.rowsWritten()), qint64(expectedRows), rowsWritten + writer.rowsWritten());
                if (progress->canceled())
                    return fail(ImportResult::Outcome::Canceled, tr("Import canceled"));
            }
        }
        if (!error.isEmpty())
            break;
        rowsWritten += writer.rowsWritten();
        if (!writer.finish() || (g == 0 && !writer.writeIssues(issues))) {
            error = writer.errorString();
            break;
        }
        if (options.failAfterRows >= 0 && rowsWritten >= quint64(options.failAfterRows)) {
            error = tr("injected failure after %1 rows").arg(rowsWritten);
            break;
        }
        if (g == 0) {
            group.totals.warnings = warnings;
            group.totals.errors = errors;
        }
        const QString basis = revenueBasisOf(group);
        IngestedDsr facts;
        facts.sha256 = ddexGroupSha(reportSha, group, groups.size());
        facts.revenueBasis = basis;
        facts.durationMs = timer.elapsed();
        facts.totals = group.totals;
        DsrLifecycle lifecycle(m_db);
        if (const Status ingested = lifecycle.markIngested(group.dsrId, facts); !ingested) {
            error = ingested.error();
            break;
        }
        for (std::size_t p = 0; p < files.size() && error.isEmpty(); ++p)
            if (const Status added = lifecycle.addSourceFile(group.dsrId, int(p + 1), files[p].path, hexOf(files[p].sha256),
                                                             qint64(files[p].lines));
                !added)
                error = added.error();
    }
    if (error.isEmpty() && rowsWritten == 0 && errors > 0) {
        // Nothing could be imported: a failed DSR with the reason and the findings, never an empty "ingested" one.
        transaction.rollback();
        failure.totals.errors = errors;
        failure.totals.warnings = warnings;
        ImportFindings::collect(failure, issues, errors);
        failure.error = tr("%1: nothing could be imported: no row survived its %n error(s)", nullptr, int(errors))
                            .arg(QFileInfo(path).fileName());
        recordFailure(failure, groups.front(), head, files, issues, options.strict);
        return fail(ImportResult::Outcome::Failed, failure.error);
    }
    if (error.isEmpty() && transaction.commit()) {
        QList<ImportResult> results;
        for (const DdexGroup &group : groups) {
            ImportResult r;
            r.outcome = ImportResult::Outcome::Imported;
            r.path = path;
            r.dsrId = group.dsrId;
            r.sha256 = reportSha;
            r.totals = group.totals;
            r.seconds = double(timer.nsecsElapsed()) / 1e9;
            results << r;
        }
        return results;
    }
    if (error.isEmpty())
        error = tr("Cannot commit the import: %1").arg(transaction.error());
    return fail(ImportResult::Outcome::Failed, error); // the transaction rolls back
}

// A refused report is listed as a failed DSR that says why and keeps its findings.
void DdexImporter::recordFailure(ImportResult &failure, const DdexGroup &group, const ddex::HeadInfo &head,
                                 const std::vector<ReportPart> &files, const std::vector<ValidationIssue> &issues, bool strict)
{
    sqlite3 *db = m_db.handle();
    Transaction transaction(db);
    if (!transaction)
        return;
    const DdexFileName &name = *files.front().name;
    NewDsr dsr;
    dsr.format = QStringLiteral("ddex");
    dsr.path = files.front().path;
    dsr.dsp = head.senderName.empty() ? name.sender : QString::fromStdString(head.senderName);
    dsr.offer = name.service;
    dsr.territory = group.territory;
    dsr.currency = group.currency;
    dsr.periodStart = head.usageStart.isValid() ? head.usageStart : name.periodStart;
    dsr.periodEnd = head.usageEnd.isValid() ? head.usageEnd : name.periodEnd;
    dsr.strict = strict;
    DsrTotals findings;
    findings.warnings = failure.totals.warnings;
    findings.errors = failure.totals.errors;
    const auto refused = DsrLifecycle(m_db).recordRefused(dsr, failure.error, findings);
    if (refused && IssueWriter(db, *refused).write(issues) && transaction.commit())
        failure.dsrId = *refused;
}

// A dry run of a new report: the rows are resolved and counted as an import would, and nothing is written.
QList<ImportResult> DdexImporter::dryRun(const ddex::ReportAnalysis &analysis, std::vector<DdexGroup> &groups,
                                         const std::vector<ValidationIssue> &issues, const QString &reportSha, qint64 startedNs)
{
    QElapsedTimer timer;
    timer.start();
    const std::vector<ReportPart> &files = analysis.parts();
    QList<ImportResult> results;
    std::uint64_t rows = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        DdexGroup &group = groups[g];
        ImportResult result;
        result.path = files.front().path;
        result.sha256 = ddexGroupSha(reportSha, group, groups.size());
        std::map<std::string, ProRata> allocations;
        std::uint64_t lineOffset = 0;
        for (const ReportPart &part : files) {
            ddex::FileReader reader(part.path);
            auto count = [](const RowBatch &, QString &) { return true; };
            DdexRowEmitter sink(analysis, group, part, lineOffset, reader, count, allocations, nullptr, 0);
            if (!reader.read(sink) || !sink.finish()) {
                result.outcome = ImportResult::Outcome::Failed;
                result.error = sink.error().isEmpty() ? reader.errorString() : sink.error();
                return {result};
            }
            lineOffset += part.lines;
        }
        result.outcome = ImportResult::Outcome::DryRun;
        result.totals = group.totals;
        rows += group.totals.rows;
        if (g == 0) {
            for (const ValidationIssue &i : issues)
                (i.severity == ValidationIssue::Severity::Error ? result.totals.errors : result.totals.warnings) += 1;
            ImportFindings::collect(result, issues, result.totals.errors);
        }
        result.seconds = double(startedNs + timer.nsecsElapsed()) / 1e9;
        results << result;
    }
    // Refused as the import would refuse it (a strict refusal is decided before the dry run, from the analysis).
    ImportResult &first = results.first();
    if (first.totals.errors > 0 && rows == 0) {
        first.outcome = ImportResult::Outcome::Failed;
        first.error = tr("%1: nothing could be imported: no row survived its %n error(s)", nullptr, int(first.totals.errors))
                          .arg(QFileInfo(first.path).fileName());
    }
    return results;
}

} // namespace rd
