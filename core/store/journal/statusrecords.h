#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rd {

// The status-message format of our data platform. A dataflow has one
// correlation id, a dataSetDetails message (what it carries, how many
// records) and status messages per stage (and per record where it applies).
struct DataSetDetails
{
    QString correlationId, dataSetId, dataSetVersionId, dataSetType;
    qint64 recordCount = 0;
    QDateTime timestamp;
};

struct StatusMessage
{
    QString correlationId, recordId, recordIdVersion, stage, status, message, errorCode;
    QDateTime timestamp;

    static const QStringList &statuses(); // SUBMITTED, IN_PROGRESS, SUCCESS, FAILED, SKIPPED, PARTIAL_SUCCESS
};

} // namespace rd
