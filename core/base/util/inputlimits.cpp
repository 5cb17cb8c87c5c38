#include "inputlimits.h"

namespace rd {
namespace {

struct Setting
{
    const char *key;
    qint64 InputLimits::*field;
    qint64 minimum;
};

// Minimums keep a typo from refusing every file (a ratio of 1 would refuse all gzip).
constexpr Setting kSettings[] = {
    {"gzip_max_bytes", &InputLimits::gzipMaxBytes, qint64(1) << 20},
    {"gzip_max_ratio", &InputLimits::gzipMaxRatio, 10},
    {"ddex_max_findings", &InputLimits::ddexMaxFindings, 100},
};

const Setting *find(const QString &key)
{
    for (const Setting &setting : kSettings)
        if (key == QLatin1String(setting.key))
            return &setting;
    return nullptr;
}

} // namespace

QStringList InputLimits::keys()
{
    QStringList keys;
    for (const Setting &setting : kSettings)
        keys << QLatin1String(setting.key);
    return keys;
}

std::optional<qint64> InputLimits::value(const QString &key) const
{
    const Setting *setting = find(key);
    return setting ? std::optional<qint64>(this->*(setting->field)) : std::nullopt;
}

qint64 InputLimits::minimum(const QString &key)
{
    const Setting *setting = find(key);
    return setting ? setting->minimum : 0;
}

bool InputLimits::setValue(const QString &key, qint64 value, QString *error)
{
    const Setting *setting = find(key);
    if (!setting) {
        if (error)
            *error = tr("%1 is not a limit; the limits are %2").arg(key, keys().join(QLatin1String(", ")));
        return false;
    }
    if (value < setting->minimum) {
        if (error)
            *error = tr("%1 must be at least %2").arg(key).arg(setting->minimum);
        return false;
    }
    this->*(setting->field) = value;
    return true;
}

QString InputLimits::describe(const QString &key)
{
    if (key == QLatin1String("gzip_max_bytes"))
        return tr("bytes one gzip file may decompress to");
    if (key == QLatin1String("gzip_max_ratio"))
        return tr("times its compressed size one gzip file may expand");
    if (key == QLatin1String("ddex_max_findings"))
        return tr("findings kept per DDEX report (the rest are counted)");
    return QString();
}

} // namespace rd
