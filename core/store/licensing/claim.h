#pragma once

#include "money/decimal.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

// One claim on a track's rights: who holds or claims what share, where, when
// it applies, and when we knew it. Claims may overlap and add up to far more
// than 100%; all are kept.
struct Claim
{
    qint64 id = 0;
    QString isrc;      // normalized
    QString territory; // ISO 3166-1 alpha-2, or WW (every territory)
    QString rightType; // recording | publishing
    QString rightsHolder;
    Decimal share; // percent
    QDate validFrom;
    std::optional<QDate> validTo; // inclusive; none: open
    QDate knownFrom;
    std::optional<QDate> knownTo; // exclusive: withdrawn or superseded that day; none: still believed
    QString source;
    // Where it came from: a licensing CSV (file and line) or a DDEX report's LI01 (DSR and line).
    QString origin; // csv | ddex
    QString fileName;
    qint64 line = 0;
    qint64 dsrId = 0;

    // Counted "as known on" k: learned by then and not withdrawn by then.
    bool knownOn(const QDate &k) const { return knownFrom <= k && (!knownTo || *knownTo > k); }
    bool inForceOn(const QDate &day) const { return validFrom <= day && (!validTo || day <= *validTo); }
    bool appliesIn(const QString &t) const { return territory == t || territory == QLatin1String("WW"); }
};

// A claims file as read: where it came from, its SHA-256 and its claims.
struct ClaimsFile
{
    QString path, fileName, sha256;
    QList<Claim> claims;
};

} // namespace rd
