#pragma once

#include <QDateTime>
#include <QString>

namespace rd::isotime {

// The journal's and the outbox's times: UTC ISO 8601 with milliseconds, which
// sort as text ("2026-11-21T10:05:00.000Z").
inline QString text(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
inline QDateTime parse(const QString &text) { return QDateTime::fromString(text, Qt::ISODateWithMs); }
inline QString now() { return text(QDateTime::currentDateTimeUtc()); }

// The UTC hour a time falls in, and a remittance window's key for it ("2026-11-21T10:00:00Z").
inline QDateTime hourOf(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), 0), Qt::UTC);
}
inline QString hourText(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-ddThh:00:00Z")); }

} // namespace rd::isotime
