#pragma once

#include <QString>
#include <QStringView>

namespace rd::iso {

bool isTerritory(QStringView alpha2);
bool isCurrency(QStringView alpha3);
// English names from ISO 3166-1 and ISO 4217; an unknown code yields an empty string.
QString territoryName(QStringView alpha2);
QString currencyName(QStringView alpha3);

} // namespace rd::iso
