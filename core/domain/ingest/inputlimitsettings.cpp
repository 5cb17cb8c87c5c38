#include "inputlimitsettings.h"

#include "db/transaction.h"
#include "storage/booksettings.h"

namespace rd {
namespace {
QString settingKey(const QString &key) { return QStringLiteral("limit.") + key; }
} // namespace

Expected<InputLimits> InputLimitSettings::load()
{
    InputLimits limits;
    BookSettings settings(m_db);
    for (const QString &key : InputLimits::keys()) {
        const auto stored = settings.value(settingKey(key));
        if (!stored)
            return Expected<InputLimits>::failure(stored.error());
        if (!stored->has_value())
            continue;
        bool ok = false;
        const qint64 value = stored->value().toLongLong(&ok);
        if (ok)
            limits.setValue(key, value);
    }
    return limits;
}

Expected<ImportOptions> InputLimitSettings::applyTo(const ImportOptions &requested)
{
    const auto limits = load();
    if (!limits)
        return Expected<ImportOptions>::failure(limits.error());
    ImportOptions options = requested;
    options.limits = *limits;
    return options;
}

Status InputLimitSettings::set(const std::map<QString, qint64> &values)
{
    Transaction transaction(m_db);
    if (!transaction)
        return Status::failure(transaction.error());
    for (const auto &[key, value] : values)
        if (const Status s = set(key, value); !s.ok())
            return s;
    return transaction.commit() ? Status() : Status::failure(transaction.error());
}

Status InputLimitSettings::set(const QString &key, qint64 value)
{
    QString error;
    InputLimits check;
    if (!check.setValue(key, value, &error))
        return Status::failure(error);
    return BookSettings(m_db).setValue(settingKey(key), QString::number(value));
}

} // namespace rd
