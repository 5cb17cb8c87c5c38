#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace rd {

// A DSR as stored: its metadata, status and the aggregates kept at import.
struct DsrRecord
{
    enum class Status { Importing, Ingested, Failed };

    qint64 id = 0;
    QString format;
    QString path;
    QString fileName;
    QString sha256;
    QString dsp;
    QString offer;
    QString society;
    QString territory;
    QString currency;
    QDate periodStart;
    QDate periodEnd;
    Status status = Status::Importing;
    QString statusReason;
    bool strict = false;
    QDateTime importedAt;
    QDateTime finishedAt;
    qint64 durationMs = 0;
    qint64 rows = 0;
    qint64 usages = 0;
    QString revenue; // exact decimal text
    qint64 missingTitle = 0;
    qint64 missingArtists = 0;
    qint64 missingIsrc = 0;
    qint64 missingUsages = 0;
    qint64 missingRevenue = 0;
    qint64 rowsWithMissing = 0;
    qint64 warningCount = 0; // explicit warnings only
    qint64 errorCount = 0;
    // DDEX reports: the header's MessageId, the key its files share, and how
    // the revenue came about (reported | allocated | mixed).
    QString messageId;
    QString reportKey;
    QString revenueBasis = QStringLiteral("reported");
    int version = 1; // re-deliveries applied over the first import add one each
    // live: rows held; retained: rows kept for ever (a published package uses
    // them); purged: rows gone after the retention window, the record stays.
    QString retention = QStringLiteral("live");
    QDateTime retentionAt; // when it became retained or purged

    // Entries of the validation report: explicit warnings plus one per row with a missing value.
    qint64 reportWarnings() const { return warningCount + rowsWithMissing; }

    static QString statusName(Status status);         // importing | ingested | failed
    static Status statusFromName(const QString &name);
};

} // namespace rd
