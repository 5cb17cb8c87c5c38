#pragma once

#include "money/exactamount.h"
#include "remit/remittancerecords.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <map>
#include <optional>

namespace rd {

class Database;

// What the remittance monitor shows: counts per marketplace, hour and status
// over a span, the tiles, and the thresholds that raise alerts.
struct MonitorSnapshot
{
    QDateTime from, to;
    QStringList hours;                                                   // the span's hours, oldest first
    std::map<QString, std::map<QString, std::map<QString, int>>> counts; // marketplace → hour → status → count
    ExactAmount pendingBase;     // pending value whose metric is a currency, in the base currency
    QString baseCurrency;
    int pendingNotConverted = 0; // pending items in other metrics or without a rate
    int failed = 0, deadLetters = 0, stuck = 0;
    std::optional<qint64> oldestDeadLetterSeconds;
    std::optional<double> successRate; // succeeded / settled, over the span
    QStringList alerts;                // thresholds crossed, for people
};

struct AlertThresholds
{
    double failureRate = 0.2;        // of settled items over the span
    int stuck = 1;                   // items with no answer for stuckAfterSeconds
    qint64 stuckAfterSeconds = 15 * 60;
    qint64 deadLetterAgeSeconds = 3600;
};

class RemittanceMonitor
{
    Q_DECLARE_TR_FUNCTIONS(RemittanceMonitor)

public:
    explicit RemittanceMonitor(Database &database) : m_db(database) {}

    Expected<MonitorSnapshot> snapshot(const QDateTime &now, int spanHours, const AlertThresholds &thresholds = {});
    Expected<QList<RemittanceRow>> list(const RemittanceFilter &filter = {});
    // Every marketplace with remittances.
    Expected<QStringList> marketplaces();
    Expected<QList<AttemptRow>> attempts(qint64 remittanceId);
    // The remittance audit log, newest first: when, who, what, detail.
    Expected<QList<QStringList>> audit(int limit = 1000);

private:
    Database &m_db;
};

} // namespace rd
