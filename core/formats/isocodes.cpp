#include "isocodes.h"

#include "isocodestable.h"

#include <algorithm>
#include <cstring>

namespace rd::iso {
namespace {

const isotables::CodeName *find(const isotables::CodeName *table, int count, QStringView code)
{
    const QByteArray key = code.toLatin1();
    const auto *end = table + count;
    const auto *it = std::lower_bound(table, end, key, [](const isotables::CodeName &entry, const QByteArray &k) {
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
    return entry ? QString::fromUtf8(entry->name) : QString();
}

QString currencyName(QStringView alpha3)
{
    const auto *entry = find(isotables::kCurrencies, isotables::kCurrencyCount, alpha3);
    return entry ? QString::fromUtf8(entry->name) : QString();
}

} // namespace rd::iso
