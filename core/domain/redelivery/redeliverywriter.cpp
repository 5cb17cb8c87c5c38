#include "redeliverywriter.h"

#include "rows/bulkwriter.h"
#include "rows/issuewriter.h"
#include "rows/rowhistory.h"
#include "index/resourcetotals.h"
#include "storage/dsrlifecycle.h"

namespace rd {

Expected<int> RedeliveryWriter::apply(qint64 dsrId, int baseVersion, const RowDiff &diff, const Delivery &delivery)
{
    using Result = Expected<int>;
    m_rowsTouched = 0;
    const auto current = DsrLifecycle(m_db).currentVersion(dsrId);
    if (!current)
        return Result::failure(current.error());
    if (*current == 0)
        return Result::failure(tr("DSR %1 does not exist").arg(dsrId));
    if (*current != baseVersion)
        return Result::failure(tr("DSR %1 became version %2 while this re-delivery was diffed against version %3; nothing was "
                                  "applied. Import the file again to review it against version %2.")
                                   .arg(dsrId).arg(*current).arg(baseVersion));
    const int version = *current + 1;
    RowHistory history(m_db);
    if (!history.valid())
        return Result::failure(history.error());
    const auto firstNewId = history.nextRowId(dsrId);
    if (!firstNewId)
        return Result::failure(firstNewId.error());
    // 1. Keep what the changed rows were, then take them out; 2. write the created and updated
    // rows; 3. the aggregates, the report and the DSR's description follow the new version.
    QString error = recordAndRemove(history, dsrId, version, diff, *firstNewId);
    if (error.isEmpty())
        error = writeChangedRows(history, dsrId, version, diff, *firstNewId);
    if (error.isEmpty())
        error = finishVersion(dsrId, version, diff, delivery);
    if (!error.isEmpty())
        return Result::failure(error);
    return version;
}

// Each changed row's previous values go to the history; updated and deleted rows leave usage_rows.
QString RedeliveryWriter::recordAndRemove(RowHistory &history, qint64 dsrId, int version, const RowDiff &diff, qint64 nextId)
{
    for (const RowChange &c : diff.changes()) {
        // A created row is recorded under the id it is about to get (assigned in the same order below).
        const Status recorded = c.kind == RowChange::Kind::Created
                                    ? history.recordCreated(dsrId, version, nextId++)
                                    : history.recordAndRemove(dsrId, version, c.rowId, c.kind == RowChange::Kind::Updated);
        if (!recorded.ok())
            return recorded.error();
        if (c.kind != RowChange::Kind::Created)
            ++m_rowsTouched;
    }
    return {};
}

// The created and updated rows, under their ids, with where they are in the new file.
QString RedeliveryWriter::writeChangedRows(RowHistory &history, qint64 dsrId, int version, const RowDiff &diff, qint64 firstNewId)
{
    const qint64 base = dsrId << 32;
    qint64 nextId = firstNewId;
    BulkWriter writer(m_db, dsrId, 0, BulkWriter::Aggregates::Rebuilt);
    if (!writer.prepare())
        return writer.errorString();
    RowBatch batch;
    auto flush = [&]() {
        const bool ok = writer.writeRows(batch);
        m_rowsTouched += qint64(batch.rows.size());
        batch.clear();
        return ok;
    };
    for (const RowChange &c : diff.changes()) {
        if (!c.after)
            continue;
        const qint64 id = c.kind == RowChange::Kind::Created ? nextId++ : c.rowId;
        DsrRow row = c.after->view();
        row.line = std::uint64_t(id - base);
        batch.extraText.push_back(row.revenue.toString());
        row.revenueText = row.hasRevenue ? std::string_view(batch.extraText.back()) : std::string_view();
        batch.rows.push_back(row);
        if (const Status placed = history.placeLine(id, version, c.after->line); !placed.ok())
            return placed.error();
        if (batch.rows.size() >= 4096 && !flush())
            return writer.errorString();
    }
    if (!flush() || !writer.finish())
        return writer.errorString();
    return {};
}

// The aggregates, the report and the DSR's description follow the new version.
QString RedeliveryWriter::finishVersion(qint64 dsrId, int version, const RowDiff &diff, const Delivery &delivery)
{
    QString error;
    if (!ResourceTotals::rebuildDsr(m_db, dsrId, error))
        return error;
    IssueWriter issues(m_db, dsrId);
    if (!issues.clear() || !issues.write(delivery.issues))
        return issues.errorString();
    AppliedVersion applied;
    applied.version = version;
    applied.path = delivery.path;
    applied.fileName = delivery.fileName;
    applied.sha256 = delivery.sha256;
    applied.revenueBasis = delivery.revenueBasis;
    applied.messageId = delivery.messageId;
    applied.totals = delivery.totals;
    applied.changes = diff.summary();
    const Status recorded = DsrLifecycle(m_db).applyVersion(dsrId, applied);
    return recorded ? QString() : recorded.error();
}

} // namespace rd
