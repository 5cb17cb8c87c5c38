#include "rowhistory.h"

#include "db/database.h"

#include <algorithm>

namespace rd {

RowHistory::RowHistory(Database &database)
    : m_db(database)
    , m_oldRow(database.handle(), "SELECT u.resource_id, u.usages, u.revenue, l.version, l.line FROM usage_rows u "
                                  "LEFT JOIN usage_row_lines l ON l.row_id = u.id WHERE u.id = ?")
    , m_change(database.handle(), "INSERT INTO usage_row_changes (dsr_id, version, row_id, kind, old_resource_id, old_usages, "
                                  "old_revenue, old_version, old_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_dropRow(database.handle(), "DELETE FROM usage_rows WHERE id = ?")
    , m_dropLine(database.handle(), "DELETE FROM usage_row_lines WHERE row_id = ?")
    , m_putLine(database.handle(), "INSERT OR REPLACE INTO usage_row_lines (row_id, version, line) VALUES (?, ?, ?)")
{
}

bool RowHistory::valid() const
{
    return m_oldRow.valid() && m_change.valid() && m_dropRow.valid() && m_dropLine.valid() && m_putLine.valid();
}

QString RowHistory::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
}

Expected<qint64> RowHistory::nextRowId(qint64 dsrId)
{
    const qint64 base = dsrId << 32, last = base | 0xFFFFFFFFLL;
    SqliteStatement maxId(m_db.handle(), "SELECT max(coalesce((SELECT max(id) FROM usage_rows WHERE id BETWEEN ?1 AND ?2), 0), "
                                         "coalesce((SELECT max(row_id) FROM usage_row_changes WHERE dsr_id = ?3), 0))");
    if (!maxId.valid())
        return Expected<qint64>::failure(error());
    maxId.bind(1, base);
    maxId.bind(2, last);
    maxId.bind(3, dsrId);
    if (maxId.step() != SQLITE_ROW)
        return Expected<qint64>::failure(tr("row ids: %1").arg(error()));
    return std::max(sqlite3_column_int64(maxId.get(), 0), base) + 1;
}

Status RowHistory::recordCreated(qint64 dsrId, int version, qint64 newRowId)
{
    m_change.bind(1, dsrId);
    m_change.bind(2, version);
    m_change.bind(3, newRowId);
    sqlite3_bind_text(m_change.get(), 4, "created", -1, SQLITE_STATIC);
    for (int i = 5; i <= 9; ++i)
        m_change.bindNull(i);
    const int rc = m_change.step();
    m_change.reset();
    return rc == SQLITE_DONE ? Status() : Status::failure(tr("row history: %1").arg(error()));
}

Status RowHistory::recordAndRemove(qint64 dsrId, int version, qint64 rowId, bool updated)
{
    m_oldRow.bind(1, rowId);
    if (m_oldRow.step() != SQLITE_ROW) {
        m_oldRow.reset();
        return Status::failure(tr("row %1 of DSR %2 changed during the review; compute the diff again").arg(rowId & 0xFFFFFFFF).arg(dsrId));
    }
    m_change.bind(1, dsrId);
    m_change.bind(2, version);
    m_change.bind(3, rowId);
    sqlite3_bind_text(m_change.get(), 4, updated ? "updated" : "deleted", -1, SQLITE_STATIC);
    for (int column = 0; column < 3; ++column)
        sqlite3_bind_value(m_change.get(), 5 + column, sqlite3_column_value(m_oldRow.get(), column));
    // A row never moved sits at its id's line of version 1.
    const bool hasLine = sqlite3_column_type(m_oldRow.get(), 3) != SQLITE_NULL;
    m_change.bind(8, hasLine ? sqlite3_column_int64(m_oldRow.get(), 3) : 1);
    m_change.bind(9, hasLine ? sqlite3_column_int64(m_oldRow.get(), 4) : (rowId & 0xFFFFFFFF));
    const int rc = m_change.step();
    m_change.reset();
    m_oldRow.reset();
    if (rc != SQLITE_DONE)
        return Status::failure(tr("row history: %1").arg(error()));
    m_dropRow.bind(1, rowId);
    m_dropLine.bind(1, rowId);
    const bool dropped = m_dropRow.step() == SQLITE_DONE && m_dropLine.step() == SQLITE_DONE;
    m_dropRow.reset();
    m_dropLine.reset();
    return dropped ? Status() : Status::failure(tr("row delete: %1").arg(error()));
}

Status RowHistory::placeLine(qint64 rowId, int version, std::uint64_t line)
{
    m_putLine.bind(1, rowId);
    m_putLine.bind(2, version);
    m_putLine.bind(3, sqlite3_int64(line));
    const int rc = m_putLine.step();
    m_putLine.reset();
    return rc == SQLITE_DONE ? Status() : Status::failure(tr("row lines: %1").arg(error()));
}

} // namespace rd
