#include "issuewriter.h"

#include "db/database.h"

#include <sqlite3.h>

namespace rd {

IssueWriter::IssueWriter(Database &database, qint64 dsrId)
    : m_db(database.handle())
    , m_dsrId(dsrId)
    , m_insert(m_db, "INSERT INTO dsr_issues (dsr_id, seq, line, severity, code, field, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")
{
}

bool IssueWriter::clear()
{
    SqliteStatement drop(m_db, "DELETE FROM dsr_issues WHERE dsr_id = ?");
    drop.bind(1, m_dsrId);
    if (!drop.valid() || drop.step() != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    m_seq = 0;
    return true;
}

bool IssueWriter::write(const std::vector<ValidationIssue> &issues)
{
    for (const ValidationIssue &issue : issues) {
        if (m_seq >= kMaxStoredIssues)
            break; // the DSR's warning and error counts stay exact; only the listing stops
        m_insert.bind(1, m_dsrId);
        m_insert.bind(2, static_cast<sqlite3_int64>(++m_seq));
        m_insert.bind(3, static_cast<sqlite3_int64>(issue.line));
        sqlite3_bind_text(m_insert.get(), 4, severityName(issue.severity), -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert.get(), 5, codeName(issue.code), -1, SQLITE_STATIC);
        if (issue.location.empty())
            sqlite3_bind_text(m_insert.get(), 6, fieldName(issue.field), -1, SQLITE_STATIC);
        else
            sqlite3_bind_text(m_insert.get(), 6, issue.location.data(), int(issue.location.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert.get(), 7, issue.detail.data(), static_cast<int>(issue.detail.size()), SQLITE_STATIC);
        const int rc = m_insert.step();
        m_insert.reset();
        if (rc != SQLITE_DONE) {
            m_error = tr("issue insert: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
            return false;
        }
    }
    return true;
}

} // namespace rd
