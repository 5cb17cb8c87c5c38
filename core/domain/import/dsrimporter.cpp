#include "dsrimporter.h"


#include "formats/dsrfilename.h"
#include "rows/bulkwriter.h"
#include "ingest/dsrwriting.h"
#include "ingest/importfindings.h"
#include "ingest/inputlimitsettings.h"
#include "import/reportidentity.h"
#include "rows/issuewriter.h"
#include "util/progresssink.h"
#include "ingest/tsvreaderthread.h"
#include "db/database.h"
#include "db/transaction.h"
#include "storage/dsrrepository.h"
#include "storage/dsrlifecycle.h"
#include "redelivery/redelivery.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <optional>

namespace rd {
namespace {

// The file's rows, a batch at a time from the reader thread. Strict mode stops
// writing at the first row error but keeps reading so the report is complete;
// the first findings are kept for a refusal, whose report outlives the rolled-back rows.
class TsvBatches final : public RowSource
{
public:
    TsvBatches(TsvReaderThread &reader, const ImportOptions &options, ProgressSink *progress, const DsrWriting &writing)
        : m_reader(reader)
        , m_options(options)
        , m_progress(progress)
        , m_writing(writing)
    {
    }

    bool feed(const Consumer &consume) override
    {
        constexpr std::size_t kMaxKeptIssues = 10000;
        m_reader.start();
        while (auto batch = m_reader.next()) {
            if (m_progress) {
                m_progress->setProgress(batch->rawBytesRead, m_reader.fileSize(), m_writing.rowsWritten());
                if ((canceled = m_progress->canceled()))
                    break;
            }
            for (const auto &issue : batch->issues) {
                rejecting = rejecting || (m_options.strict && issue.severity == ValidationIssue::Severity::Error);
                if (keptIssues.size() < kMaxKeptIssues)
                    keptIssues.push_back(issue);
            }
            if (!rejecting && !consume(*batch))
                break;
            m_reader.recycle(std::move(batch));
        }
        m_reader.stop();
        return !m_reader.failed();
    }
    QString error() const override { return m_reader.errorString(); }

    bool canceled = false, rejecting = false;
    std::vector<ValidationIssue> keptIssues;

private:
    TsvReaderThread &m_reader;
    const ImportOptions &m_options;
    ProgressSink *m_progress;
    const DsrWriting &m_writing;
};

NewDsr newDsrOf(const QString &path, const DsrFileName &name, bool strict)
{
    NewDsr dsr;
    dsr.format = QStringLiteral("tsv");
    dsr.path = QFileInfo(path).absoluteFilePath();
    dsr.dsp = name.dsp;
    dsr.offer = name.offer;
    dsr.society = name.society;
    dsr.territory = name.territory;
    dsr.currency = name.currency;
    dsr.periodStart = name.periodStart;
    dsr.periodEnd = name.periodEnd;
    dsr.strict = strict;
    return dsr;
}

} // namespace

DsrImporter::DsrImporter(Database &database)
    : m_db(database)
{
}

// Writes the file's rows into the open transaction (the skeleton's steps 2 and 3),
// unless strict mode rejects it or no row is importable.
WriteOutcome DsrImporter::streamRows(DsrWriting &writing, TsvReaderThread &reader, const ImportOptions &options,
                                     ProgressSink *progress, ImportResult &result)
{
    TsvBatches batches(reader, options, progress, writing);
    const QString error = writing.writeRows(batches);
    result.totals = reader.totals();
    result.sha256 = reader.sha256Hex();
    if (!error.isEmpty())
        return {ImportResult::Outcome::Failed, error, {}};
    WriteOutcome written;
    written.keptIssues = std::move(batches.keptIssues);
    if (batches.canceled) {
        written.outcome = ImportResult::Outcome::Canceled;
        return written;
    }
    if (batches.rejecting) {
        written.outcome = ImportResult::Outcome::Failed;
        written.error = tr("Rejected in strict mode: %n row(s) with errors", nullptr, static_cast<int>(result.totals.errors));
        return written;
    }
    if (writing.rowsWritten() == 0 && result.totals.errors > 0) {
        written.outcome = ImportResult::Outcome::Failed;
        written.error = tr("%1: nothing could be imported: all %n row(s) have errors", nullptr, static_cast<int>(result.totals.errors))
                            .arg(QFileInfo(result.path).fileName());
        return written;
    }
    if (const QString finished = writing.finish(reader.fileIssues()); !finished.isEmpty())
        return {ImportResult::Outcome::Failed, finished, {}};
    return written;
}

// A dry run of a new file: every row is read and validated as an import would,
// and nothing is written (no placeholder, no rows, no report).
ImportResult DsrImporter::validateOnly(const QString &path, const ImportOptions &options, ProgressSink *progress,
                                       ImportResult &result, const QElapsedTimer &timer)
{
    constexpr std::size_t kMaxKeptIssues = 10000;
    std::vector<ValidationIssue> kept;
    TsvReaderThread reader(path, options.limits);
    reader.start();
    result.outcome = ImportResult::Outcome::DryRun;
    while (auto batch = reader.next()) {
        for (const auto &issue : batch->issues)
            if (kept.size() < kMaxKeptIssues)
                kept.push_back(issue);
        if (progress) {
            progress->setProgress(batch->rawBytesRead, reader.fileSize(), 0);
            if (progress->canceled()) {
                result.outcome = ImportResult::Outcome::Canceled;
                result.error = tr("Import canceled");
                break;
            }
        }
        reader.recycle(std::move(batch));
    }
    reader.stop();
    result.totals = reader.totals();
    result.sha256 = reader.sha256Hex();
    kept.insert(kept.end(), reader.fileIssues().begin(), reader.fileIssues().end());
    if (result.outcome == ImportResult::Outcome::DryRun) {
        if (reader.failed()) {
            result.outcome = ImportResult::Outcome::Failed;
            result.error = reader.errorString();
        } else if (auto refusal = refuseDuplicate(path, result)) {
            result.outcome = refusal->outcome;
            result.error = refusal->error;
        } else if (options.strict && result.totals.errors > 0) {
            result.outcome = ImportResult::Outcome::Failed;
            result.error = tr("Would be rejected in strict mode: %n row(s) with errors", nullptr, int(result.totals.errors));
        } else if (result.totals.rows == 0 && result.totals.errors > 0) {
            result.outcome = ImportResult::Outcome::Failed;
            result.error = tr("%1: nothing could be imported: all %n row(s) have errors", nullptr, int(result.totals.errors))
                               .arg(QFileInfo(path).fileName());
        }
    }
    ImportFindings::collect(result, kept, result.totals.errors);
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

// The ingested DSR with the same content, as a refusal, if there is one.
std::optional<WriteOutcome> DsrImporter::refuseDuplicate(const QString &path, ImportResult &result)
{
    const auto earlier = DsrRepository(m_db).findBySha256(result.sha256);
    if (!earlier || !earlier.value())
        return std::nullopt;
    result.duplicateOf = earlier.value()->id;
    return WriteOutcome{ImportResult::Outcome::Duplicate,
                        tr("%1 was already imported as DSR %2 (%3); identical content (SHA-256) is not imported twice")
                            .arg(QFileInfo(path).fileName())
                            .arg(earlier.value()->id)
                            .arg(earlier.value()->fileName),
                        {}};
}

ImportResult DsrImporter::importFile(const QString &path, const ImportOptions &requested, ProgressSink *progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportResult result;
    result.path = path;
    auto finish = [&](ImportResult::Outcome outcome, const QString &error) {
        result.outcome = outcome;
        result.error = error;
        result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        return result;
    };

    const auto name = DsrFileName::parse(path);
    if (!name)
        return finish(ImportResult::Outcome::Failed, name.error());
    const auto withLimits = InputLimitSettings(m_db).applyTo(requested);
    if (!withLimits)
        return finish(ImportResult::Outcome::Failed, withLimits.error());
    const ImportOptions &options = *withLimits;
    if (!QFileInfo(path).isFile())
        return finish(ImportResult::Outcome::Failed, tr("%1: no such file").arg(path));
    // A file for a report that is already here is a re-delivery, diffed against it.
    DsrRecord identity;
    identity.dsp = name->dsp;
    identity.offer = name->offer;
    identity.society = name->society;
    identity.territory = name->territory;
    identity.currency = name->currency;
    identity.periodStart = name->periodStart;
    identity.periodEnd = name->periodEnd;
    const auto current = DsrRepository(m_db).findByIdentity(identity);
    if (!current)
        return finish(ImportResult::Outcome::Failed, current.error());
    if (current.value()) {
        ImportResult redelivered = Redelivery::fromTsv(m_db, path, *current.value(), options, progress);
        redelivered.seconds = double(timer.nsecsElapsed()) / 1e9;
        return redelivered;
    }

    if (options.dryRun)
        return validateOnly(path, options, progress, result, timer);

    // The placeholder commits on its own, so that others see the import while it runs.
    DsrWriting writing(m_db, options);
    {
        Transaction placing(m_db);
        const auto placeholder = placing ? writing.begin(newDsrOf(path, *name, options.strict))
                                         : Expected<qint64>::failure(placing.error());
        if (!placeholder || !placing.commit())
            return finish(ImportResult::Outcome::Failed,
                          tr("Cannot record the import: %1").arg(placeholder ? placing.error() : placeholder.error()));
        result.dsrId = *placeholder;
    }

    BulkCacheScope cacheScope(m_db);
    TsvReaderThread reader(path, options.limits);
    WriteOutcome written;
    {
        Transaction transaction(m_db);
        if (!transaction)
            written = {ImportResult::Outcome::Failed, tr("Cannot start the import: %1").arg(transaction.error()), {}};
        else if (auto taken = ReportIdentity::takenMeanwhile(m_db, identity, QFileInfo(path).fileName()))
            // Checked again now that this import holds the write lock: another may have ingested the report meanwhile.
            written = {ImportResult::Outcome::Failed, *taken, {}};
        else
            written = streamRows(writing, reader, options, progress, result);

        if (written.outcome == ImportResult::Outcome::Imported) {
            if (auto refusal = refuseDuplicate(path, result))
                written = std::move(*refusal);
        }
        if (written.outcome == ImportResult::Outcome::Imported) {
            IngestedDsr facts;
            facts.sha256 = result.sha256;
            facts.durationMs = timer.elapsed();
            facts.totals = result.totals;
            if (writing.markIngested(facts) && transaction.commit())
                return finish(ImportResult::Outcome::Imported, QString());
            written = {ImportResult::Outcome::Failed, tr("Cannot commit the import: %1").arg(transaction.error()), {}};
        }
    } // rolled back unless committed: nothing of the attempt survives except the placeholder, which records why

    if (written.outcome == ImportResult::Outcome::Canceled) {
        Transaction discarding(m_db);
        if (discarding && DsrLifecycle(m_db).discard(result.dsrId))
            discarding.commit();
        result.dsrId = 0;
        return finish(ImportResult::Outcome::Canceled, tr("Import canceled"));
    }
    if (Transaction failing(m_db); failing) {
        if (IssueWriter(m_db, result.dsrId).write(written.keptIssues)
            && DsrLifecycle(m_db).markFailed(result.dsrId, written.error, result.sha256, timer.elapsed(), result.totals))
            failing.commit();
    }
    ImportFindings::collect(result, written.keptIssues, result.totals.errors);
    return finish(written.outcome, written.error);
}

} // namespace rd
