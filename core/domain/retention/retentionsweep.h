#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace rd {

class Database;

// What a retention sweep did (or, dry, would do).
struct SweepReport
{
    QDate asOf;
    int windowDays = 0;
    bool dryRun = false;
    struct Dsr
    {
        qint64 id = 0;
        QString fileName;
        QDate importedOn;
        qint64 rows = 0;
        QStringList packages; // retained: the published or retracted packages that keep it
    };
    QList<Dsr> purged, retained;
    struct Stale
    {
        qint64 packageId = 0;
        QString name, reason;
    };
    QList<Stale> stale;

    QJsonObject toJson() const;
};

// The retention sweep: DSRs imported at least the window before asOf lose
// their raw rows, except those behind the current version of a published or
// retracted package, which are retained for ever. Draft and built packages
// that need purged rows are flagged stale with the reason. Each DSR is purged
// in its own transaction, so a killed sweep leaves every DSR whole or purged;
// the next sweep finishes the work.
class RetentionSweep
{
    Q_DECLARE_TR_FUNCTIONS(RetentionSweep)

public:
    static Expected<SweepReport> run(Database &database, const QDate &asOf, bool dryRun);
};

} // namespace rd
