#include "isocodes.h"

#include "isocodestable.h"

#include <QLocale>

#include <algorithm>
#include <cstring>

namespace rd::iso {
namespace {

template <typename Entry>
const Entry *find(const Entry *table, int count, QStringView code)
{
    const QByteArray key = code.toLatin1();
    const auto *end = table + count;
    const auto *it = std::lower_bound(table, end, key, [](const Entry &entry, const QByteArray &k) {
        return std::strcmp(entry.code, k.constData()) < 0;
    });
    return (it != end && key == it->code) ? it : nullptr;
}

} // namespace

bool isTerritory(QStringView alpha2)
{
    return alpha2.size() == 2 && find(isotables::kTerritories, isotables::kTerritoryCount, alpha2);
}

bool isCurrency(QStringView alpha3)
{
    return alpha3.size() == 3 && find(isotables::kCurrencies, isotables::kCurrencyCount, alpha3);
}

QString territoryName(QStringView alpha2)
{
    const auto *entry = find(isotables::kTerritories, isotables::kTerritoryCount, alpha2);
    if (!entry)
        return QString();
    // In the language the user reads (the --lang choice or the system's), English otherwise.
    switch (QLocale().language()) {
    case QLocale::Spanish: return QString::fromUtf8(entry->es);
    case QLocale::French: return QString::fromUtf8(entry->fr);
    default: return QString::fromUtf8(entry->name);
    }
}

QString currencyName(QStringView alpha3)
{
    const auto *entry = find(isotables::kCurrencies, isotables::kCurrencyCount, alpha3);
    return entry ? QString::fromUtf8(entry->name) : QString();
}

} // namespace rd::iso
