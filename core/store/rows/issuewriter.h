#pragma once

#include "formats/validationissue.h"
#include "db/sqlitestatement.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

struct sqlite3;

namespace rd {

class Database;

// Owner of `dsr_issues` for writing. Stores one DSR's validation issues, numbered in order, inside the
// transaction the caller holds. Used by the bulk writer during an import and
// on its own to keep the report of a file that was rejected.
class IssueWriter
{
    Q_DECLARE_TR_FUNCTIONS(IssueWriter)

public:
    static constexpr std::uint64_t kMaxStoredIssues = 1'000'000;

    IssueWriter(Database &database, qint64 dsrId);
    bool valid() const { return m_insert.valid(); }
    bool write(const std::vector<ValidationIssue> &issues);
    // Drops the DSR's stored issues (a re-delivery replaces its report), numbering from 1 again.
    bool clear();
    QString errorString() const { return m_error; }

private:
    sqlite3 *m_db;
    qint64 m_dsrId;
    SqliteStatement m_insert;
    std::uint64_t m_seq = 0;
    QString m_error;
};

} // namespace rd
