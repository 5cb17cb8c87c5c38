#include "usagerowpages.h"

#include "db/database.h"
#include "db/sqlerror.h"

#include <QVariant>

namespace rd {
namespace {

// "%text%", with LIKE's own characters escaped.
QString likePattern(const QString &search)
{
    QString escaped = search;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

UsageRowPages::UsageRowPages(Database &database, qint64 resourceId, const QString &search, int limit)
    : m_query(database)
    , m_pattern(search.isEmpty() ? QString() : likePattern(search))
{
    QString sql = QStringLiteral("SELECT u.id, u.usages, u.revenue, r.dsp_id, r.title, r.artists, r.isrc, l.line "
                                 "FROM usage_rows u JOIN resources r ON r.id = u.resource_id "
                                 "LEFT JOIN usage_row_lines l ON l.row_id = u.id "
                                 "WHERE u.id > ? AND u.id <= ?");
    if (!m_pattern.isEmpty())
        sql += QStringLiteral(" AND (r.title LIKE ? ESCAPE '\\' OR r.artists LIKE ? ESCAPE '\\' "
                              "OR r.isrc LIKE ? ESCAPE '\\' OR r.dsp_id LIKE ? ESCAPE '\\')");
    if (resourceId > 0)
        sql += QStringLiteral(" AND u.resource_id = %1").arg(resourceId);
    sql += QStringLiteral(" ORDER BY u.id LIMIT %1").arg(limit);
    m_prepared = m_query.prepare(sql);
}

Expected<QList<PagedRow>> UsageRowPages::page(qint64 afterRowId, qint64 lastRowId)
{
    using Result = Expected<QList<PagedRow>>;
    if (!m_prepared)
        return Result::failure(sqlError(m_query));
    m_query.bindValue(0, afterRowId);
    m_query.bindValue(1, lastRowId);
    for (int i = 0; !m_pattern.isEmpty() && i < 4; ++i)
        m_query.bindValue(2 + i, m_pattern);
    if (!m_query.exec())
        return Result::failure(sqlError(m_query));
    QList<PagedRow> rows;
    while (m_query.next()) {
        PagedRow row;
        row.rowId = m_query.value(0).toLongLong();
        if (!m_query.value(1).isNull())
            row.usages = m_query.value(1).toLongLong();
        row.revenue = m_query.value(2).toString();
        row.dspId = m_query.value(3).toString();
        row.title = m_query.value(4).toString();
        row.artists = m_query.value(5).toString();
        row.isrc = m_query.value(6).toString();
        row.fileLine = m_query.value(7).toLongLong();
        rows << row;
    }
    m_query.finish();
    return rows;
}

} // namespace rd
