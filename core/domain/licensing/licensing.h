#pragma once

#include "licensing/claim.h"
#include "money/decimalsum.h"

#include <QList>

namespace rd {

// The licensed share of a track in one territory, for one right type, on one
// day, as known on a date: the sum of the shares of the claims in force then
// (territory claims and worldwide ones), counting only claims known then.
struct LicensedShare
{
    DecimalSum share; // percent
    QList<Claim> claims;
    bool overclaimed() const;
    bool fullyLicensed() const; // exactly 100
    bool unlicensed() const;    // below 100 (0: fully unlicensed)
};

// A date on which a lane's licensed share changes, and the share from then on.
struct LicensingEvent
{
    QDate date;
    QString territory, rightType;
    DecimalSum share;
};

// The lanes of a timeline: one per territory and right type the claims name.
// The worldwide lane (WW) holds the WW claims alone; every territory lane
// counts the WW claims too.
struct Lane
{
    QString territory, rightType;
    friend bool operator<(const Lane &a, const Lane &b)
    {
        return a.territory != b.territory ? a.territory < b.territory : a.rightType < b.rightType;
    }
};

namespace licensing {

LicensedShare licensedShare(const QList<Claim> &claims, const QString &territory, const QString &rightType,
                            const QDate &day, const QDate &knownOn);
// The claims that count in a lane as known on a date.
QList<Claim> laneClaims(const QList<Claim> &claims, const Lane &lane, const QDate &knownOn);
// The lane's events in date order: each date where the share differs from the day before.
QList<LicensingEvent> events(const QList<Claim> &claims, const Lane &lane, const QDate &knownOn);
QList<Lane> lanes(const QList<Claim> &claims, const QString &onlyTerritory = QString());
// The lowest share a lane has on any day of [from, to], as known on a date.
DecimalSum lowestShare(const QList<Claim> &claims, const Lane &lane, const QDate &from, const QDate &to, const QDate &knownOn);

DecimalSum hundredPercent();

} // namespace licensing
} // namespace rd
