#pragma once

#include "licensing/licensing.h"
#include "index/trackindex.h"
#include "money/exactamount.h"
#include "util/expected.h"

#include <QCoreApplication>

#include <optional>

namespace rd {

class Database;

// A stretch of a lane with one licensed share, and the claims behind it.
struct TimelineBand
{
    enum class State { Unlicensed, Partial, Full, Overclaimed };
    Lane lane;
    QDate from;
    std::optional<QDate> to; // none: open
    DecimalSum share;
    QList<Claim> claims;
    State state() const;
    bool contains(const QDate &day) const { return from <= day && (!to || day <= *to); }
};

// The track's usage and revenue in one DSR.
struct TimelineUsage
{
    qint64 dsrId = 0;
    QString territory, currency, fileName;
    QDate periodStart, periodEnd;
    qint64 usages = 0;
    DecimalSum revenue;                 // in the DSR's currency
    std::optional<ExactAmount> inBase;  // none: no rate in force
};

// Everything the Timeline view draws for a track, as known on a day: a lane
// per territory and right type (the claims' and the DSRs' territories), its
// bands and events, and the usage per DSR period.
struct TimelineData
{
    Track track;
    QDate knownOn;
    QList<Lane> lanes;
    QList<TimelineBand> bands; // by lane, then date
    QList<LicensingEvent> events;
    QList<TimelineUsage> usage; // by period
    QString baseCurrency;
    // The span worth showing: from the first event or usage to the last (a year past an open end).
    QDate first, last;
};

class TimelineBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TimelineBuilder)

public:
    static Expected<TimelineData> build(Database &database, const QString &isrc, const QDate &knownOn);
};

} // namespace rd
