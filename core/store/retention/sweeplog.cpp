#include "sweeplog.h"

#include "db/sqlerror.h"
#include "db/database.h"

#include "db/sqlquery.h"
#include <QVariant>

namespace rd {

Expected<std::optional<QDate>> SweepLog::lastAsOf()
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT max(as_of) FROM retention_sweeps")))
        return Expected<std::optional<QDate>>::failure(sqlError(q));
    if (!q.next() || q.value(0).isNull())
        return std::optional<QDate>();
    return std::optional<QDate>(QDate::fromString(q.value(0).toString(), Qt::ISODate));
}

Status SweepLog::record(const SweepLogEntry &e)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO retention_sweeps (at, as_of, who, window_days, purged_dsrs, purged_rows, retained_dsrs, stale_packages) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(e.at.toString(Qt::ISODate)), QVariant(e.asOf.toString(Qt::ISODate)), QVariant(e.who),
                              QVariant(e.windowDays), QVariant(e.purgedDsrs), QVariant(e.purgedRows), QVariant(e.retainedDsrs),
                              QVariant(e.stalePackages)})
        q.addBindValue(v);
    return q.exec() ? Status() : Status::failure(sqlError(q));
}

} // namespace rd
