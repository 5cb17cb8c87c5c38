#include "sqlquery.h"

#include "db/database.h"

#include <sqlite3.h>

namespace rd {

SqlQuery::SqlQuery(const Database &database)
    : m_db(database.handle())
{
}

SqlQuery::~SqlQuery()
{
    clearStatement();
}

void SqlQuery::clearStatement()
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_bindings.clear();
    m_nextBinding = 0;
    m_rowPending = false;
    m_done = true;
}

void SqlQuery::fail()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool SqlQuery::prepare(const QString &sql)
{
    clearStatement();
    m_error.clear();
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK) {
        fail();
        return false;
    }
    if (!m_stmt) { // only blanks or a comment: SQLite prepares nothing
        m_error = QStringLiteral("empty statement");
        return false;
    }
    m_bindings.assign(std::size_t(sqlite3_bind_parameter_count(m_stmt)), QVariant());
    return true;
}

void SqlQuery::addBindValue(const QVariant &value)
{
    bindValue(m_nextBinding++, value);
}

void SqlQuery::bindValue(int index, const QVariant &value)
{
    if (index >= 0 && std::size_t(index) < m_bindings.size())
        m_bindings[std::size_t(index)] = value;
}

namespace {

// As Qt's SQLite driver binds: a null value or a null string as NULL, numbers natively.
int bind(sqlite3_stmt *stmt, int position, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(stmt, position);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, position, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, position, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(stmt, position, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(stmt, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

bool SqlQuery::exec()
{
    m_error.clear();
    m_nextBinding = 0;
    if (!m_stmt) {
        m_error = QStringLiteral("no statement prepared");
        return false;
    }
    sqlite3_reset(m_stmt);
    for (std::size_t i = 0; i < m_bindings.size(); ++i)
        if (bind(m_stmt, int(i) + 1, m_bindings[i]) != SQLITE_OK) {
            fail();
            return false;
        }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        fail();
        sqlite3_reset(m_stmt);
        m_rowPending = false;
        m_done = true;
        return false;
    }
    m_rowPending = rc == SQLITE_ROW;
    m_done = rc == SQLITE_DONE;
    m_changes = sqlite3_changes(m_db);
    m_lastInsertId = QVariant(qint64(sqlite3_last_insert_rowid(m_db)));
    return true;
}

bool SqlQuery::exec(const QString &sql)
{
    return prepare(sql) && exec();
}

bool SqlQuery::next()
{
    if (!m_stmt)
        return false;
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    m_done = true;
    return false;
}

QVariant SqlQuery::value(int column) const
{
    if (!m_stmt || column < 0 || column >= sqlite3_column_count(m_stmt))
        return {};
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_stmt, column)));
    }
    case SQLITE_NULL: return {};
    default: {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QVariant(QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)));
    }
    }
}

void SqlQuery::finish()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_rowPending = false;
    m_done = true;
}

} // namespace rd
