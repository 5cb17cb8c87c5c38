#include "retentionpolicy.h"

#include "retention/sweeplog.h"
#include "storage/booksettings.h"

namespace rd {

Expected<int> RetentionPolicy::windowDays()
{
    const auto stored = BookSettings(m_db).value(QStringLiteral("retention_days"));
    if (!stored)
        return Expected<int>::failure(stored.error());
    if (!stored->has_value())
        return kDefaultWindowDays;
    bool ok = false;
    const int days = stored->value().toInt(&ok);
    return ok && days > 0 ? days : kDefaultWindowDays;
}

Status RetentionPolicy::setWindowDays(int days)
{
    if (days < 1)
        return Status::failure(tr("The retention window must be at least one day, not %1").arg(days));
    return BookSettings(m_db).setValue(QStringLiteral("retention_days"), QString::number(days));
}

Expected<std::optional<QDate>> RetentionPolicy::lastSweep()
{
    return SweepLog(m_db).lastAsOf();
}

Expected<bool> RetentionPolicy::isDue(const QDate &today)
{
    const auto last = lastSweep();
    if (!last)
        return Expected<bool>::failure(last.error());
    return !last.value() || *last.value() < today;
}

} // namespace rd
