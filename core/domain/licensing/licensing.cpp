#include "licensing.h"

#include <algorithm>
#include <set>

namespace rd {
namespace licensing {

DecimalSum hundredPercent()
{
    static const DecimalSum hundred = *DecimalSum::fromString("100");
    return hundred;
}

} // namespace licensing

bool LicensedShare::overclaimed() const { return share.raw() > licensing::hundredPercent().raw(); }
bool LicensedShare::fullyLicensed() const { return share == licensing::hundredPercent(); }
bool LicensedShare::unlicensed() const { return share.raw() < licensing::hundredPercent().raw(); }

namespace licensing {

LicensedShare licensedShare(const QList<Claim> &claims, const QString &territory, const QString &rightType,
                            const QDate &day, const QDate &knownOn)
{
    LicensedShare out;
    for (const Claim &c : claims) {
        if (c.rightType == rightType && c.appliesIn(territory) && c.knownOn(knownOn) && c.inForceOn(day)) {
            out.share.add(c.share);
            out.claims << c;
        }
    }
    return out;
}

QList<Claim> laneClaims(const QList<Claim> &claims, const Lane &lane, const QDate &knownOn)
{
    QList<Claim> out;
    const bool worldwide = lane.territory == QLatin1String("WW");
    for (const Claim &c : claims)
        if (c.rightType == lane.rightType && c.knownOn(knownOn)
            && (worldwide ? c.territory == QLatin1String("WW") : c.appliesIn(lane.territory)))
            out << c;
    return out;
}

QList<LicensingEvent> events(const QList<Claim> &claims, const Lane &lane, const QDate &knownOn)
{
    const QList<Claim> counted = laneClaims(claims, lane, knownOn);
    // The share can change only where a claim starts or the day after one ends.
    std::set<QDate> changes;
    for (const Claim &c : counted) {
        changes.insert(c.validFrom);
        if (c.validTo)
            changes.insert(c.validTo->addDays(1));
    }
    QList<LicensingEvent> out;
    DecimalSum previous;
    for (const QDate &day : changes) {
        DecimalSum share;
        for (const Claim &c : counted)
            if (c.inForceOn(day))
                share.add(c.share);
        if (!(share == previous))
            out << LicensingEvent{day, lane.territory, lane.rightType, share};
        previous = share;
    }
    return out;
}

QList<Lane> lanes(const QList<Claim> &claims, const QString &onlyTerritory)
{
    std::set<Lane> found;
    std::set<QString> rightTypes;
    for (const Claim &c : claims) {
        rightTypes.insert(c.rightType);
        if (onlyTerritory.isEmpty() || c.territory == onlyTerritory)
            found.insert(Lane{c.territory, c.rightType});
    }
    if (!onlyTerritory.isEmpty()) // the territory's lanes exist as soon as WW claims apply there
        for (const QString &type : rightTypes)
            found.insert(Lane{onlyTerritory, type});
    return QList<Lane>(found.begin(), found.end());
}

DecimalSum lowestShare(const QList<Claim> &claims, const Lane &lane, const QDate &from, const QDate &to, const QDate &knownOn)
{
    const QList<Claim> counted = laneClaims(claims, lane, knownOn);
    auto shareOn = [&](const QDate &day) {
        DecimalSum share;
        for (const Claim &c : counted)
            if (c.inForceOn(day))
                share.add(c.share);
        return share;
    };
    DecimalSum lowest = shareOn(from);
    for (const Claim &c : counted) {
        for (const QDate &day : {c.validFrom, c.validTo ? c.validTo->addDays(1) : QDate()})
            if (day.isValid() && day > from && day <= to) {
                const DecimalSum s = shareOn(day);
                if (s.raw() < lowest.raw())
                    lowest = s;
            }
    }
    return lowest;
}

} // namespace licensing
} // namespace rd
