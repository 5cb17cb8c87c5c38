#pragma once

#include "licensing/licensing.h"
#include "money/exactamount.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace rd {

class Database;
class ProgressSink;

// Usage and revenue from the imported DSRs, revenue in the base currency
// (DSRs without a rate in force are left out of revenue and named).
struct UsageTotals
{
    qint64 usages = 0;
    ExactAmount revenue;
    int dsrs = 0;
    QStringList withoutRate; // "NOK 2020-01-31", …
};

// A stretch of time over which a lane's claims add up to more than 100%.
struct OverclaimRow
{
    QString isrc, territory, rightType;
    QDate from;
    std::optional<QDate> to; // none: open
    DecimalSum totalShare;
    QStringList claimants;
    UsageTotals usage; // of the DSRs of the territory whose period overlaps the stretch
};

// Usage of a track in a territory while it was less than 100% licensed.
struct ExposureRow
{
    QString isrc, territory, title, artists; // isrc empty: resources without one (their licensing is unknown)
    DecimalSum licensedShare;                // the lowest share during the DSRs' periods
    UsageTotals usage;
};

// Which DSRs and claims a report looks at.
struct ReportWindow
{
    QString territory; // empty: all
    QDate from, to;    // invalid: open
    QDate knownOn;     // the claims as known that day
    QString rightType = QStringLiteral("recording");
};

// The licensing reports over every track: overclaims (claims adding up to
// more than 100%) and exposure (usage while less than 100% licensed). Both
// report progress and stop when canceled.
class LicensingReports
{
    Q_DECLARE_TR_FUNCTIONS(LicensingReports)

public:
    static Expected<QList<OverclaimRow>> overclaims(Database &database, const ReportWindow &window, ProgressSink *progress = nullptr);
    static Expected<QList<ExposureRow>> exposure(Database &database, const ReportWindow &window, ProgressSink *progress = nullptr);
};

} // namespace rd
