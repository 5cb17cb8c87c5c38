#include "redelivery.h"

#include "ingest/importfindings.h"

#include "util/progresssink.h"
#include "ingest/tsvreaderthread.h"
#include "db/database.h"
#include "db/transaction.h"

#include <QFileInfo>


namespace rd {
namespace {
constexpr std::size_t kMaxKeptIssues = 100000; // the counts stay exact; the stored listing stops (as on import)
} // namespace

ImportResult Redelivery::fromTsv(Database &database, const QString &path, const DsrRecord &current,
                                 const ImportOptions &options, ProgressSink *progress)
{
    ImportResult result;
    result.path = path;
    result.redeliveryOf = current.id;
    result.dsrId = current.id;
    RowDiff diff;
    QString error;
    if (!diff.loadStored(database, current.id, error)) {
        result.error = tr("Cannot read DSR %1: %2").arg(current.id).arg(error);
        return result;
    }
    Delivery delivery;
    delivery.path = QFileInfo(path).absoluteFilePath();
    delivery.fileName = QFileInfo(path).fileName();
    TsvReaderThread reader(path, options.limits);
    reader.start();
    while (auto batch = reader.next()) {
        diff.add(batch->rows);
        for (const ValidationIssue &issue : batch->issues)
            if (delivery.issues.size() < kMaxKeptIssues)
                delivery.issues.push_back(issue);
        if (progress) {
            progress->setProgress(batch->rawBytesRead, reader.fileSize(), diff.deliveredRows());
            if (progress->canceled()) {
                reader.stop();
                result.outcome = ImportResult::Outcome::Canceled;
                result.error = tr("Import canceled");
                return result;
            }
        }
        reader.recycle(std::move(batch));
    }
    reader.stop();
    if (reader.failed()) {
        result.error = reader.errorString();
        return result;
    }
    for (const ValidationIssue &issue : reader.fileIssues())
        delivery.issues.push_back(issue);
    delivery.sha256 = reader.sha256Hex();
    delivery.totals = reader.totals();
    result.sha256 = delivery.sha256;
    result.totals = delivery.totals;
    return settle(database, current, diff, delivery, options, result);
}

bool Redelivery::review(const DsrRecord &current, RowDiff &diff, const Delivery &delivery, const ImportOptions &options,
                        ImportResult &result)
{
    result.redeliveryOf = current.id;
    result.dsrId = current.id;
    if (delivery.sha256 == current.sha256) {
        result.outcome = ImportResult::Outcome::Duplicate;
        result.duplicateOf = current.id;
        result.error = tr("%1 has the content of DSR %2 (%3); identical content (SHA-256) is not imported twice")
                           .arg(delivery.fileName).arg(current.id).arg(current.fileName);
        return false;
    }
    diff.finish(current.usages, DecimalSum::fromString(current.revenue.toStdString()).value_or(DecimalSum()));
    result.diff = diff.summary();
    result.changes = std::make_shared<const std::vector<RowChange>>(diff.changes());
    if (options.strict && delivery.totals.errors > 0) {
        result.outcome = ImportResult::Outcome::Failed;
        result.error = tr("Rejected in strict mode: %n row(s) with errors", nullptr, int(delivery.totals.errors));
        ImportFindings::collect(result, delivery.issues, delivery.totals.errors);
        return false;
    }
    if (options.dryRun) {
        result.outcome = ImportResult::Outcome::DryRun;
        return false;
    }
    if (!options.replace) {
        result.outcome = ImportResult::Outcome::Redelivery;
        result.error = tr("%1 is a re-delivery of DSR %2 (%3): %4 created, %5 updated, %6 deleted. Review it "
                          "(import --dry-run) and apply it with import --replace.")
                           .arg(delivery.fileName).arg(current.id).arg(current.fileName)
                           .arg(diff.summary().created).arg(diff.summary().updated).arg(diff.summary().deleted);
        return false;
    }
    result.outcome = ImportResult::Outcome::Imported;
    return true;
}

ImportResult Redelivery::settle(Database &database, const DsrRecord &current, RowDiff &diff, const Delivery &delivery,
                                const ImportOptions &options, ImportResult result)
{
    if (!review(current, diff, delivery, options, result))
        return result;
    Transaction transaction(database);
    if (!transaction) {
        result.outcome = ImportResult::Outcome::Failed;
        result.error = transaction.error();
        return result;
    }
    RedeliveryWriter writer(database);
    const auto version = writer.apply(current.id, current.version, diff, delivery);
    if (!version || !transaction.commit()) {
        result.outcome = ImportResult::Outcome::Failed;
        result.error = tr("Cannot apply the re-delivery to DSR %1: %2").arg(current.id).arg(version ? transaction.error() : version.error());
        return result;
    }
    result.version = *version;
    return result;
}

} // namespace rd
