#pragma once

#include "journal/statusrecords.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace rd {

class Database;

// What the journal says of one dataflow.
struct DataflowSummary
{
    QString correlationId;
    std::optional<DataSetDetails> details;
    bool finished = false;
    QString outcome; // SUCCESS, FAILED, PARTIAL_SUCCESS or IN_PROGRESS
    QString currentStage, currentStatus;
    QString message, errorCode; // of the last failure, if any
    qint64 recordsSucceeded = 0, recordsFailed = 0;
    struct Stage
    {
        QString name, status;
        QDateTime started, ended;
        qint64 durationMs() const { return started.msecsTo(ended); }
    };
    QList<Stage> stages; // in the order they started
    QList<StatusMessage> messages;

    QJsonObject toJson() const;
};

// The journal of every dataflow, Royalty Desk's own (imports, packages,
// remittances) and external pipelines' (imported from JSON lines).
class StatusJournal
{
    Q_DECLARE_TR_FUNCTIONS(StatusJournal)

public:
    explicit StatusJournal(Database &database) : m_db(database) {}

    Status details(const DataSetDetails &details);
    // Re-recording the same message (same id, record, stage, status and time) changes nothing.
    Status status(const StatusMessage &message);
    // Shorthand for Royalty Desk's own flows: a stage's status now.
    Status stage(const QString &correlationId, const QString &stage, const QString &status, const QString &message = QString(),
                 const QString &errorCode = QString(), const QString &recordId = QString());

    Expected<DataflowSummary> summary(const QString &correlationId);

    // JSON lines: one message per line, {"type": "dataSetDetails" | "status", ...}.
    struct Imported
    {
        int details = 0, statuses = 0;
    };
    Expected<Imported> importJsonl(const QString &path);
    // The messages of a JSON-lines file, validated, without storing them (all or nothing).
    struct JsonlMessages
    {
        QList<DataSetDetails> details;
        QList<StatusMessage> statuses;
    };
    static Expected<JsonlMessages> readJsonl(const QString &path);
    Status exportJsonl(QIODevice &out, const QDateTime &since);

    static QJsonObject toJson(const DataSetDetails &d);
    static QJsonObject toJson(const StatusMessage &m);

private:
    Database &m_db;
};

} // namespace rd
