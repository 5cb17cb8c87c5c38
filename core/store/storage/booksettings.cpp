#include "booksettings.h"

#include "db/sqlerror.h"
#include "db/database.h"

#include "db/sqlquery.h"
#include <QVariant>

namespace rd {

Expected<std::optional<QString>> BookSettings::value(const QString &key)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Expected<std::optional<QString>>::failure(sqlError(q));
    return q.next() ? std::optional<QString>(q.value(0).toString()) : std::nullopt;
}

Status BookSettings::setValue(const QString &key, const QString &value)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() ? Status() : Status::failure(sqlError(q));
}

} // namespace rd
