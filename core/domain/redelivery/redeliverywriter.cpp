#include "redeliverywriter.h"

#include "ingest/bulkwriter.h"
#include "ingest/issuewriter.h"
#include "index/resourcetotals.h"
#include "db/database.h"
#include "storage/dsrlifecycle.h"
#include "db/sqlerror.h"
#include "db/sqlitestatement.h"


namespace rd {

namespace {

QString sqliteFailure(sqlite3 *db, const char *what)
{
    return RedeliveryWriter::tr("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

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
    const auto firstNewId = nextRowId(dsrId);
    if (!firstNewId)
        return Result::failure(firstNewId.error());
    // 1. Keep what the changed rows were, then take them out; 2. write the created and updated
    // rows; 3. the aggregates, the report and the DSR's description follow the new version.
    QString error = recordAndRemove(dsrId, version, diff, *firstNewId);
    if (error.isEmpty())
        error = writeChangedRows(dsrId, version, diff, *firstNewId);
    if (error.isEmpty())
        error = finishVersion(dsrId, version, diff, delivery);
    if (!error.isEmpty())
        return Result::failure(error);
    return version;
}

// Row ids are never reused, so that the history of one id is one row's history.
Expected<qint64> RedeliveryWriter::nextRowId(qint64 dsrId)
{
    sqlite3 *db = m_db.handle();
    const qint64 base = dsrId << 32, last = base | 0xFFFFFFFFLL;
    SqliteStatement maxId(db, "SELECT max(coalesce((SELECT max(id) FROM usage_rows WHERE id BETWEEN ?1 AND ?2), 0), "
                              "coalesce((SELECT max(row_id) FROM usage_row_changes WHERE dsr_id = ?3), 0))");
    if (!maxId.valid())
        return Expected<qint64>::failure(sqliteFailure(db, "prepare"));
    maxId.bind(1, base);
    maxId.bind(2, last);
    maxId.bind(3, dsrId);
    if (maxId.step() != SQLITE_ROW)
        return Expected<qint64>::failure(sqliteFailure(db, "row ids"));
    return std::max(sqlite3_column_int64(maxId.get(), 0), base) + 1;
}

// Each changed row's previous values go to usage_row_changes; updated and deleted rows leave usage_rows.
QString RedeliveryWriter::recordAndRemove(qint64 dsrId, int version, const RowDiff &diff, qint64 nextId)
{
    sqlite3 *db = m_db.handle();
    SqliteStatement oldRow(db, "SELECT u.resource_id, u.usages, u.revenue, l.version, l.line FROM usage_rows u "
                               "LEFT JOIN usage_row_lines l ON l.row_id = u.id WHERE u.id = ?");
    SqliteStatement change(db, "INSERT INTO usage_row_changes (dsr_id, version, row_id, kind, old_resource_id, old_usages, "
                               "old_revenue, old_version, old_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement dropRow(db, "DELETE FROM usage_rows WHERE id = ?");
    SqliteStatement dropLine(db, "DELETE FROM usage_row_lines WHERE row_id = ?");
    for (const SqliteStatement *s : {&oldRow, &change, &dropRow, &dropLine})
        if (!s->valid())
            return sqliteFailure(db, "prepare");
    for (const RowChange &c : diff.changes()) {
        change.bind(1, dsrId);
        change.bind(2, version);
        if (c.kind == RowChange::Kind::Created) {
            change.bind(3, nextId); // the id it is about to get (assigned in the same order below)
            sqlite3_bind_text(change.get(), 4, "created", -1, SQLITE_STATIC);
            for (int i = 5; i <= 9; ++i)
                change.bindNull(i);
            ++nextId;
        } else {
            oldRow.bind(1, c.rowId);
            if (oldRow.step() != SQLITE_ROW)
                return tr("row %1 of DSR %2 changed during the review; compute the diff again").arg(c.rowId & 0xFFFFFFFF).arg(dsrId);
            change.bind(3, c.rowId);
            sqlite3_bind_text(change.get(), 4, c.kind == RowChange::Kind::Updated ? "updated" : "deleted", -1, SQLITE_STATIC);
            for (int column = 0; column < 3; ++column)
                sqlite3_bind_value(change.get(), 5 + column, sqlite3_column_value(oldRow.get(), column));
            const bool hasLine = sqlite3_column_type(oldRow.get(), 3) != SQLITE_NULL;
            change.bind(8, hasLine ? sqlite3_column_int64(oldRow.get(), 3) : 1);
            change.bind(9, hasLine ? sqlite3_column_int64(oldRow.get(), 4) : (c.rowId & 0xFFFFFFFF));
        }
        const int rc = change.step();
        change.reset();
        oldRow.reset();
        if (rc != SQLITE_DONE)
            return sqliteFailure(db, "row history");
        if (c.kind != RowChange::Kind::Created) {
            dropRow.bind(1, c.rowId);
            dropLine.bind(1, c.rowId);
            const bool dropped = dropRow.step() == SQLITE_DONE && dropLine.step() == SQLITE_DONE;
            dropRow.reset();
            dropLine.reset();
            if (!dropped)
                return sqliteFailure(db, "row delete");
            ++m_rowsTouched;
        }
    }
    return {};
}

// The created and updated rows, under their ids, with where they are in the new file.
QString RedeliveryWriter::writeChangedRows(qint64 dsrId, int version, const RowDiff &diff, qint64 firstNewId)
{
    sqlite3 *db = m_db.handle();
    const qint64 base = dsrId << 32;
    SqliteStatement putLine(db, "INSERT OR REPLACE INTO usage_row_lines (row_id, version, line) VALUES (?, ?, ?)");
    if (!putLine.valid())
        return sqliteFailure(db, "prepare");
    qint64 nextId = firstNewId;
    BulkWriter writer(db, dsrId, 0, BulkWriter::Aggregates::Rebuilt);
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
        putLine.bind(1, id);
        putLine.bind(2, version);
        putLine.bind(3, sqlite3_int64(c.after->line));
        const int rc = putLine.step();
        putLine.reset();
        if (rc != SQLITE_DONE)
            return sqliteFailure(db, "row lines");
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
    sqlite3 *db = m_db.handle();
    QString error;
    if (!ResourceTotals::rebuildDsr(db, dsrId, error))
        return error;
    IssueWriter issues(db, dsrId);
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
