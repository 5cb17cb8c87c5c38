#include "ddexredelivery.h"

#include "import/ddeximporter.h"
#include "redelivery/redelivery.h"
#include "db/database.h"
#include "db/transaction.h"

#include <QFileInfo>


namespace rd {

QList<ImportResult> DdexRedelivery::run(Database &db, const ImportOptions &options)
{
    const std::vector<ddex::ReportPart> &files = analysis.parts();
    std::vector<std::unique_ptr<RowDiff>> diffs;
    std::vector<Delivery> deliveries;
    QList<ImportResult> results;
    bool apply = true;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        DdexGroup &group = groups[g];
        ImportResult result;
        result.path = files.front().path;
        auto diff = std::make_unique<RowDiff>();
        QString error;
        if (!diff->loadStored(db, currents[g].id, error))
            return failed(result, DdexImporter::tr("Cannot read DSR %1: %2").arg(currents[g].id).arg(error));
        std::map<std::string, ProRata> allocations;
        std::uint64_t lineOffset = 0;
        for (const ddex::ReportPart &part : files) {
            ddex::FileReader reader(part.path);
            reader.setLimits(analysis.limits());
            auto add = [&diff](const RowBatch &batch) {
                diff->add(batch.rows);
                return true;
            };
            DdexRowEmitter sink(analysis, group, part, lineOffset, reader, add, allocations, nullptr, 0);
            if (!reader.read(sink) || !sink.finish())
                return failed(result, sink.error().isEmpty() ? reader.errorString() : sink.error());
            lineOffset += part.lines;
        }
        Delivery delivery;
        delivery.path = files.front().path;
        delivery.fileName = QFileInfo(files.front().path).fileName();
        delivery.sha256 = ddexGroupSha(reportSha, group, groups.size());
        delivery.totals = group.totals;
        if (g == 0) {
            delivery.totals.warnings = warnings;
            delivery.totals.errors = errors;
            delivery.issues = issues;
        }
        delivery.revenueBasis = revenueBasisOf(group);
        delivery.messageId = messageId;
        result.sha256 = delivery.sha256;
        result.totals = delivery.totals;
        apply = Redelivery::review(currents[g], *diff, delivery, options, result) && apply;
        results << result;
        diffs.push_back(std::move(diff));
        deliveries.push_back(std::move(delivery));
    }
    if (!apply) {
        for (ImportResult &r : results) // one group that is not applied holds back the others
            if (r.outcome == ImportResult::Outcome::Imported)
                r.outcome = options.dryRun ? ImportResult::Outcome::DryRun : ImportResult::Outcome::Redelivery;
        return results;
    }
    Transaction transaction(db);
    if (!transaction)
        return failed(results.front(), transaction.error());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto version = RedeliveryWriter(db).apply(currents[g].id, currents[g].version, *diffs[g], deliveries[g]);
        if (!version)
            return failed(results.front(), version.error());
        results[qsizetype(g)].version = *version;
    }
    if (!transaction.commit())
        return failed(results.front(), transaction.error());
    return results;
}

QList<ImportResult> DdexRedelivery::failed(ImportResult result, const QString &error)
{
    result.outcome = ImportResult::Outcome::Failed;
    result.error = error;
    return {result};
}

} // namespace rd
