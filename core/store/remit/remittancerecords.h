#pragma once

#include "money/decimal.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

// One usage event: so much of a product's metric used by an account of a marketplace.
struct UsageEvent
{
    QDateTime timestamp;
    QString marketplace, account, product, metric;
    Decimal value;
    qint64 corrects = 0; // a recalculation's difference for this already-sent remittance
};

// One remittance as listed.
struct RemittanceRow
{
    qint64 id = 0;
    QString marketplace, account, product, metric, hour, value, status, errorCode, note, correlationId, idempotencyKey;
    int attempts = 0;
    QDateTime updatedAt;
};

// Which remittances to list; empty fields do not filter.
struct RemittanceFilter
{
    QString status, marketplace;
    QString fromHour, toHour; // ISO 8601 text, compared as stored: from inclusive, to exclusive
    bool newestFirst = true;  // else oldest first, as a report reads
    int limit = 100000;
};

struct AttemptRow
{
    QDateTime at;
    std::optional<int> httpStatus;
    QString errorCode, message;
    std::optional<qint64> latencyMs;
};

// The remittance of one (marketplace, account, product, metric, hour), as the book finds it.
struct RemittanceWindow
{
    qint64 id = 0;
    QString status, value;
    bool hasPayload = false; // sent at least once: its value is frozen
};

// A pending remittance due for sending, as the sender reads it.
struct DueRemittance
{
    qint64 id = 0;
    QString marketplace, account, product, metric, hour, value, key, correlation, payload;
    int attempts = 0;
    QString status;
};

// A remittance in a recalculation's range: its value, and the usage behind it.
struct RecalculationRow
{
    qint64 id = 0;
    QString marketplace, account, product, metric, hour, value, status;
    QStringList eventValues;      // the usage events aggregated into it
    QStringList correctionValues; // the differences already queued for it by earlier recalculations
    bool frozen = false;          // a payload has left with the value
};

} // namespace rd
