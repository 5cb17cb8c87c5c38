#pragma once

#include "money/decimal.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rd {

// Which data a package accounts for: ingested DSRs of these territories whose
// period lies inside the range, optionally only some DSPs or offers.
struct Partition
{
    QStringList territories;
    QDate periodStart, periodEnd;
    QStringList dsps, offers;
};

// A change to the residuals, with the reason an accountant signs off: an exact
// amount (in a currency) or a percentage, over the whole package, one
// territory or one resource (by ISRC or dsp_id).
struct Adjustment
{
    enum class Kind { Amount, Percent };
    enum class Scope { Package, Territory, Resource };
    qint64 id = 0;
    Kind kind = Kind::Amount;
    Decimal value;
    QString currency; // Amount only
    Scope scope = Scope::Package;
    QString scopeValue; // territory code, or an ISRC / dsp_id
    QString reason;
};

// An amount already paid to a rights holder, recouped from their residuals.
struct Advance
{
    qint64 id = 0;
    QString holder;
    Decimal amount;
    QString currency;
};

struct Package
{
    enum class State { Draft, Built, Published, Retracted };
    qint64 id = 0;
    QString name;
    State state = State::Draft;
    int version = 0; // of the last build; 0: never built
    Partition partition;
    QDateTime createdAt;
    QString createdBy;
    QString staleReason; // non-empty: the source behind a draft or built version is gone
    QString baseCurrency; // what the last build converted to ("" before the first build)
    QList<Adjustment> adjustments;
    QList<Advance> advances;

    static QString stateName(State state); // draft | built | published | retracted
    static std::optional<State> stateFromName(const QString &name);
};

// One residual line: what a rights holder is owed for a resource in a territory.
struct ResidualLine
{
    int lineNo = 0;
    QString holder; // empty: the unallocated share
    QString territory;
    qint64 resourceId = 0;
    QString isrc, dspId, title;
    QString currency;
    QString share;      // the holder's licensed share, percent (the claimed share when overclaimed)
    QString revenue;    // revenue × share, exact, in the currency
    QString adjustment; // ± adjustments allocated to the line
    QString recouped;   // advance recouped from the line
    QString net;        // revenue + adjustment − recouped
    // The same amounts in the base currency (the line's DSR rates, weighted by
    // revenue), rounded half to even at 10 places; empty without a rate.
    QString baseRevenue, baseAdjustment, baseRecouped, baseNet;
    bool overclaimed = false;
};

// A source DSR of a package version, as frozen at build.
struct PackageSource
{
    qint64 dsrId = 0;
    int dsrVersion = 0;
    QString sha256, fileName, territory, currency, periodStart, periodEnd, revenue, rate;
    qint64 rows = 0;
};

struct AuditEntry
{
    QDateTime at;
    QString who, action, detail, reason;
};

struct LedgerEntry
{
    QString holder, currency;
    QString opening, advanced, recouped, closing; // closing carries to the holder's next package
};

} // namespace rd
