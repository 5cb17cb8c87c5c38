#include "dsrtotalssql.h"

#include "db/sqlquery.h"
#include <QVariant>

namespace rd::dsrtotalssql {

const QString &assignments()
{
    static const QString text = QStringLiteral(
        "row_count = ?, usages_total = ?, revenue_total = ?, missing_title = ?, missing_artists = ?, "
        "missing_isrc = ?, missing_usages = ?, missing_revenue = ?, rows_with_missing = ?, warning_count = ?, "
        "error_count = ?");
    return text;
}

void bindTotals(SqlQuery &q, const DsrTotals &t)
{
    q.addBindValue(static_cast<qint64>(t.rows));
    q.addBindValue(static_cast<qint64>(t.usages));
    q.addBindValue(QString::fromStdString(t.revenue.toString()));
    q.addBindValue(static_cast<qint64>(t.missingTitle));
    q.addBindValue(static_cast<qint64>(t.missingArtists));
    q.addBindValue(static_cast<qint64>(t.missingIsrc));
    q.addBindValue(static_cast<qint64>(t.missingUsages));
    q.addBindValue(static_cast<qint64>(t.missingRevenue));
    q.addBindValue(static_cast<qint64>(t.rowsWithMissing));
    q.addBindValue(static_cast<qint64>(t.warnings));
    q.addBindValue(static_cast<qint64>(t.errors));
}

} // namespace rd::dsrtotalssql
