#include "ddeximporter.h"


#include "formats/ddex/ddexfilereader.h"
#include "import/ddexgroups.h"
#include "import/ddexredelivery.h"
#include "ingest/dsrwriting.h"
#include "ingest/importfindings.h"
#include "ingest/inputlimitsettings.h"
#include "rows/issuewriter.h"
#include "import/reportidentity.h"
#include "util/progresssink.h"
#include "redelivery/redelivery.h"
#include "storage/dsrrepository.h"
#include "db/database.h"
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
// A group's rows from every file of the report, in file order, through the record
// emitter (which allocates revenue and writes the first group's shares).
class DdexGroupRows final : public RowSource
{
public:
    DdexGroupRows(const ddex::ReportAnalysis &analysis, DdexGroup &group, const std::vector<ReportPart> &files, DdexShareWriter *shares,
                  qint64 sharesDsrId)
        : m_analysis(analysis)
        , m_group(group)
        , m_files(files)
        , m_shares(shares)
        , m_sharesDsrId(sharesDsrId)
    {
    }
    // Called after each file: false stops the import (canceled).
    std::function<bool()> afterFile;

    bool feed(const Consumer &consume) override
    {
        std::map<std::string, ProRata> allocations; // carried over between the files of one report
        std::uint64_t lineOffset = 0;
        for (const ReportPart &part : m_files) {
            ddex::FileReader reader(part.path);
            reader.setLimits(m_analysis.limits());
            DdexRowEmitter sink(m_analysis, m_group, part, lineOffset, reader, consume, allocations, m_shares, m_sharesDsrId);
            if (!reader.read(sink) || !sink.finish()) {
                if (sink.stopped())
                    return true; // the writer stopped it, and holds the reason
                m_error = sink.error().isEmpty() ? reader.errorString() : sink.error();
                return false;
            }
            if (reader.sha256() != part.sha256) {
                m_error = DdexImporter::tr("%1 changed while it was being imported").arg(QFileInfo(part.path).fileName());
                return false;
            }
            lineOffset += part.lines;
            if (afterFile && !afterFile()) {
                m_error = DdexImporter::tr("Import canceled");
                return false;
            }
        }
        return true;
    }
    QString error() const override { return m_error; }

private:
    const ddex::ReportAnalysis &m_analysis;
    DdexGroup &m_group;
    const std::vector<ReportPart> &m_files;
    DdexShareWriter *m_shares;
    qint64 m_sharesDsrId;
    QString m_error;
};

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

// What the checks before writing made of a report: its files, groups (one DSR each), findings and identity.
struct DdexImporter::Plan
{
    QString path;
    ReportAnalysis analysis;
    QString reportSha, messageId, dsp, offer, reportKey;
    QDate start, end;
    std::vector<DdexGroup> groups;
    std::vector<ValidationIssue> issues;
    std::uint64_t warnings = 0, errors = 0;

    const std::vector<ReportPart> &files() const { return analysis.parts(); }
    // The identity of the DSR a group becomes: what makes two files one report.
    DsrRecord identityOf(const DdexGroup &group) const
    {
        DsrRecord identity;
        identity.dsp = dsp;
        identity.offer = offer;
        identity.territory = group.territory;
        identity.currency = group.currency;
        identity.periodStart = start;
        identity.periodEnd = end;
        return identity;
    }
    NewDsr newDsrOf(const DdexGroup &group, bool strict) const
    {
        NewDsr dsr;
        dsr.format = QStringLiteral("ddex");
        dsr.path = files().front().path;
        dsr.dsp = dsp;
        dsr.offer = offer;
        dsr.territory = group.territory;
        dsr.currency = group.currency;
        dsr.periodStart = start;
        dsr.periodEnd = end;
        dsr.strict = strict;
        dsr.messageId = messageId;
        dsr.reportKey = reportKey;
        dsr.sourceSha256 = reportSha;
        return dsr;
    }
};

QList<ImportResult> DdexImporter::importReport(const QString &path, const ImportOptions &requested, ProgressSink *progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportResult failure;
    failure.path = path;
    auto refused = [&] {
        failure.seconds = double(timer.nsecsElapsed()) / 1e9;
        return QList<ImportResult>{failure};
    };
    auto refusedFor = [&](const QString &error) {
        refuse(failure, ImportResult::Outcome::Failed, error);
        return refused();
    };
    const auto withLimits = InputLimitSettings(m_db).applyTo(requested);
    if (!withLimits)
        return refusedFor(withLimits.error());
    const ImportOptions &options = *withLimits;
    Plan plan;
    if (!prepare(path, options, plan, failure))
        return refused();

    // A report that is already here (same DSP, service, territories, currencies and period) is re-delivered.
    std::vector<DsrRecord> currents;
    for (const DdexGroup &group : plan.groups) {
        const auto current = DsrRepository(m_db).findByIdentity(plan.identityOf(group));
        if (!current)
            return refusedFor(current.error());
        if (current.value())
            currents.push_back(*current.value());
    }
    if (!currents.empty()) {
        if (currents.size() != plan.groups.size())
            return refusedFor(tr("%1 re-delivers DSR %2 but also territories or currencies it did not have; import those "
                             "as a report of their own").arg(QFileInfo(path).fileName()).arg(currents.front().id));
        DdexRedelivery redelivery{plan.analysis, plan.groups, currents, plan.issues, plan.warnings, plan.errors, plan.reportSha, plan.messageId};
        QList<ImportResult> results = redelivery.run(m_db, options);
        for (ImportResult &r : results)
            r.seconds = double(timer.nsecsElapsed()) / 1e9;
        return results;
    }
    if (options.dryRun)
        return dryRun(plan.analysis, plan.groups, plan.issues, plan.reportSha, timer.nsecsElapsed());
    QList<ImportResult> results = write(plan, options, progress, timer, failure);
    return results.isEmpty() ? refused() : results;
}

bool DdexImporter::refuse(ImportResult &failure, ImportResult::Outcome outcome, const QString &error)
{
    failure.outcome = outcome;
    failure.error = error;
    return false;
}

// Reads and checks the whole report before anything is written: its parts, whether it is here
// already, its HEAD, its groups and findings. False, with the failure filled in, refuses it.
bool DdexImporter::prepare(const QString &path, const ImportOptions &options, Plan &plan, ImportResult &failure)
{
    plan.path = path;
    auto parts = gatherParts(path);
    if (!parts)
        return refuse(failure, ImportResult::Outcome::Failed, parts.error());
    plan.analysis.setLimits(options.limits);
    if (!plan.analysis.analyze(std::move(parts.value())))
        return refuse(failure, ImportResult::Outcome::Failed, tr("%1: %2").arg(QFileInfo(path).fileName(), plan.analysis.errorString()));
    const std::vector<ReportPart> &files = plan.files();
    for (std::size_t i = 0; i < files.size(); ++i)
        for (std::size_t j = i + 1; j < files.size(); ++j)
            if (files[i].sha256 == files[j].sha256)
                return refuse(failure, ImportResult::Outcome::Failed,
                              tr("Parts %1 and %2 of the report are identical (a duplicate part): %3 and %4")
                                  .arg(files[i].label(), files[j].label(), QFileInfo(files[i].path).fileName(),
                                       QFileInfo(files[j].path).fileName()));
    plan.reportSha = hexOf(plan.analysis.reportSha256());
    failure.sha256 = plan.reportSha;
    if (const auto earlier = DsrRepository(m_db).findBySourceSha256(plan.reportSha); earlier && earlier.value()) {
        failure.duplicateOf = earlier.value()->id;
        return refuse(failure, ImportResult::Outcome::Duplicate,
                      tr("%1 was already imported as DSR %2 (%3); identical content (SHA-256) is not imported twice")
                          .arg(QFileInfo(path).fileName()).arg(failure.duplicateOf).arg(earlier.value()->fileName));
    }
    // A HEAD line that is there but cannot be read leaves the report without its period and sender.
    if (const QString unreadHead = headProblem(plan.analysis, true); !unreadHead.isEmpty())
        return refuse(failure, ImportResult::Outcome::Failed, unreadHead);
    plan.groups = ddexGroupsOf(plan.analysis);
    if (plan.groups.empty()) {
        const QString unreadHead = headProblem(plan.analysis, false);
        return refuse(failure, ImportResult::Outcome::Failed,
                      unreadHead.isEmpty() ? tr("%1: the report has no summary record, so its territory and currency are unknown")
                                                 .arg(QFileInfo(path).fileName())
                                           : unreadHead);
    }
    collectFindings(plan);
    if (options.strict && plan.errors > 0) {
        // Recorded like a strict TSV rejection: a failed DSR with the findings (none in a dry run).
        failure.totals.errors = plan.errors;
        failure.totals.warnings = plan.warnings;
        ImportFindings::collect(failure, plan.issues, plan.errors);
        refuse(failure, ImportResult::Outcome::Failed, tr("Rejected in strict mode: %n finding(s) are errors", nullptr, int(plan.errors)));
        if (!options.dryRun)
            recordFailure(failure, plan.groups.front(), plan.analysis.head(), files, plan.issues, options.strict);
        return false;
    }
    const ddex::HeadInfo &head = plan.analysis.head();
    const DdexFileName &name = *files.front().name;
    plan.dsp = head.senderName.empty() ? name.sender : QString::fromStdString(head.senderName);
    plan.offer = name.service;
    plan.start = head.usageStart.isValid() ? head.usageStart : name.periodStart;
    plan.end = head.usageEnd.isValid() ? head.usageEnd : name.periodEnd;
    plan.reportKey = name.reportKey();
    return true;
}

// The analysis's findings, a MessageId another DSR already carries, and the counts.
void DdexImporter::collectFindings(Plan &plan)
{
    plan.issues = plan.analysis.issues();
    // Every finding counts, also those past ddex_max_findings that were only counted.
    plan.errors = plan.analysis.findings().errors();
    plan.warnings = plan.analysis.findings().warnings();
    const ddex::HeadInfo &head = plan.analysis.head();
    plan.messageId = QString::fromStdString(head.messageId);
    if (!plan.messageId.isEmpty()) {
        if (const auto other = DsrRepository(m_db).findByMessageId(plan.messageId); other && other.value()) {
            ++plan.warnings;
            plan.issues.push_back(ValidationIssue::at(ValidationIssue::Severity::Warning, head.line, ValidationIssue::Code::MessageIdReused,
                                                      "HEAD MessageId",
                                                      tr("%1 by DSR %2 (%3)").arg(plan.messageId).arg(other.value()->id)
                                                          .arg(other.value()->fileName).toStdString()));
        }
    }
}

// Writes every group as a DSR in one write transaction. An empty list means refused: the failure says why.
QList<ImportResult> DdexImporter::write(Plan &plan, const ImportOptions &options, ProgressSink *progress, const QElapsedTimer &timer,
                                        ImportResult &failure)
{
    auto refusal = [&](ImportResult::Outcome outcome, const QString &error) {
        refuse(failure, outcome, error);
        return QList<ImportResult>();
    };
    Transaction transaction(m_db);
    if (!transaction)
        return refusal(ImportResult::Outcome::Failed, tr("Cannot start the import: %1").arg(transaction.error()));
    // Checked again now that this import holds the write lock: another may have ingested the report meanwhile.
    for (const DdexGroup &group : plan.groups) {
        if (auto taken = ReportIdentity::takenMeanwhile(m_db, plan.identityOf(group), QFileInfo(plan.path).fileName()))
            return refusal(ImportResult::Outcome::Failed, *taken);
    }
    GroupProgress written;
    for (const auto &[id, s] : plan.analysis.summaries())
        written.expectedRows += s.rows;
    QString error;
    for (std::size_t g = 0; g < plan.groups.size() && error.isEmpty(); ++g) {
        error = writeGroup(plan, g, options, progress, timer, written);
        if (written.canceled)
            return refusal(ImportResult::Outcome::Canceled, tr("Import canceled"));
    }
    if (error.isEmpty() && written.rows == 0 && plan.errors > 0) {
        // Nothing could be imported: a failed DSR with the reason and the findings, never an empty "ingested" one.
        transaction.rollback();
        failure.totals.errors = plan.errors;
        failure.totals.warnings = plan.warnings;
        ImportFindings::collect(failure, plan.issues, plan.errors);
        refuse(failure, ImportResult::Outcome::Failed,
               tr("%1: nothing could be imported: no row survived its %n error(s)", nullptr, int(plan.errors)).arg(QFileInfo(plan.path).fileName()));
        recordFailure(failure, plan.groups.front(), plan.analysis.head(), plan.files(), plan.issues, options.strict);
        return {};
    }
    if (!error.isEmpty() || !transaction.commit()) {
        refuse(failure, ImportResult::Outcome::Failed, error.isEmpty() ? tr("Cannot commit the import: %1").arg(transaction.error()) : error);
        return {}; // the transaction rolls back
    }
    QList<ImportResult> results;
    for (const DdexGroup &group : plan.groups) {
        ImportResult r;
        r.outcome = ImportResult::Outcome::Imported;
        r.path = plan.path;
        r.dsrId = group.dsrId;
        r.sha256 = plan.reportSha;
        r.totals = group.totals;
        r.seconds = double(timer.nsecsElapsed()) / 1e9;
        results << r;
    }
    return results;
}

// One group of the report as one DSR: placeholder, rows from every part, findings (with the first),
// then ingested with its files. Returns the error, empty when written.
QString DdexImporter::writeGroup(Plan &plan, std::size_t g, const ImportOptions &options, ProgressSink *progress,
                                 const QElapsedTimer &timer, GroupProgress &written)
{
    DdexGroup &group = plan.groups[g];
    const std::vector<ReportPart> &files = plan.files();
    DsrWriting writing(m_db, options, written.rows);
    const auto placeholder = writing.begin(plan.newDsrOf(group, options.strict));
    if (!placeholder)
        return placeholder.error();
    group.dsrId = *placeholder;
    DdexShareWriter shares(m_db, QFileInfo(files.front().path).fileName(), plan.start, plan.end);
    DdexGroupRows rows(plan.analysis, group, files, g == 0 ? &shares : nullptr, plan.groups[0].dsrId);
    rows.afterFile = [&] {
        if (!progress)
            return true;
        const std::uint64_t done = written.rows + writing.rowsWritten();
        progress->setProgress(qint64(done), qint64(written.expectedRows), done);
        return !(written.canceled = progress->canceled());
    };
    if (const QString error = writing.writeRows(rows); !error.isEmpty())
        return error;
    written.rows += writing.rowsWritten();
    // The report's findings go with its first DSR.
    if (const QString error = writing.finish(g == 0 ? plan.issues : std::vector<ValidationIssue>()); !error.isEmpty())
        return error;
    if (g == 0) {
        group.totals.warnings = plan.warnings;
        group.totals.errors = plan.errors;
    }
    IngestedDsr facts;
    facts.sha256 = ddexGroupSha(plan.reportSha, group, plan.groups.size());
    facts.revenueBasis = revenueBasisOf(group);
    facts.durationMs = timer.elapsed();
    facts.totals = group.totals;
    if (const Status ingested = writing.markIngested(facts); !ingested)
        return ingested.error();
    DsrLifecycle lifecycle(m_db);
    for (std::size_t p = 0; p < files.size(); ++p)
        if (const Status added = lifecycle.addSourceFile(group.dsrId, int(p + 1), files[p].path, hexOf(files[p].sha256), qint64(files[p].lines));
            !added)
            return added.error();
    return {};
}

// A refused report is listed as a failed DSR that says why and keeps its findings.
void DdexImporter::recordFailure(ImportResult &failure, const DdexGroup &group, const ddex::HeadInfo &head,
                                 const std::vector<ReportPart> &files, const std::vector<ValidationIssue> &issues, bool strict)
{
    Transaction transaction(m_db);
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
    if (refused && IssueWriter(m_db, *refused).write(issues) && transaction.commit())
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
            reader.setLimits(analysis.limits());
            auto count = [](const RowBatch &) { return true; };
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
