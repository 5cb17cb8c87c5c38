#include "retentionpolicy.h"

#include "storage/database.h"
#include "db/sqlerror.h"

#include <QSqlQuery>
#include <QVariant>

namespace rd {

Expected<int> RetentionPolicy::windowDays()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'retention_days'")))
        return Expected<int>::failure(sqlError(q));
    if (!q.next())
        return kDefaultWindowDays;
    bool ok = false;
    const int days = q.value(0).toString().toInt(&ok);
    return ok && days > 0 ? days : kDefaultWindowDays;
}

Status RetentionPolicy::setWindowDays(int days)
{
    if (days < 1)
        return Status::failure(tr("The retention window must be at least one day, not %1").arg(days));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('retention_days', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(days));
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

Expected<std::optional<QDate>> RetentionPolicy::lastSweep()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT max(as_of) FROM retention_sweeps")))
        return Expected<std::optional<QDate>>::failure(sqlError(q));
    if (!q.next() || q.value(0).isNull())
        return std::optional<QDate>();
    return std::optional<QDate>(QDate::fromString(q.value(0).toString(), Qt::ISODate));
}

Expected<bool> RetentionPolicy::isDue(const QDate &today)
{
    const auto last = lastSweep();
    if (!last)
        return Expected<bool>::failure(last.error());
    return !last.value() || *last.value() < today;
}

} // namespace rd
