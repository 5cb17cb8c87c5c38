#pragma once

#include "db/sqlitestatement.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace rd {

class Database;

// Owner of a DSR's row history: `usage_row_changes` (what each changed row
// was before a re-delivery) and `usage_row_lines` (where a row sits in the
// file of the version that wrote it). Used inside the re-delivery's transaction.
class RowHistory
{
    Q_DECLARE_TR_FUNCTIONS(RowHistory)

public:
    explicit RowHistory(Database &database);
    bool valid() const;
    QString error() const;

    // The first id a new row of the DSR may take: row ids are never reused, so
    // that the history of one id is one row's history.
    Expected<qint64> nextRowId(qint64 dsrId);

    // A row the re-delivery creates, under the id it is about to get.
    Status recordCreated(qint64 dsrId, int version, qint64 newRowId);
    // A row it updates or deletes: its previous values go to the history and it
    // leaves usage_rows. Fails when the row is no longer there.
    Status recordAndRemove(qint64 dsrId, int version, qint64 rowId, bool updated);
    // Where a written row sits in the version's file.
    Status placeLine(qint64 rowId, int version, std::uint64_t line);

private:
    Database &m_db;
    SqliteStatement m_oldRow, m_change, m_dropRow, m_dropLine, m_putLine;
};

} // namespace rd
