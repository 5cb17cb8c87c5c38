#include "statusjournal.h"

#include "util/utf8.h"

#include "journal/journaltables.h"
#include "db/transaction.h"
#include "util/isotime.h"
#include "util/linefile.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace rd {
namespace {

constexpr qsizetype kMaxLineBytes = 1 << 20;

} // namespace

QJsonObject StatusJournal::toJson(const DataSetDetails &d)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("dataSetDetails")}, {QStringLiteral("correlationId"), d.correlationId},
                       {QStringLiteral("dataSetId"), d.dataSetId},           {QStringLiteral("dataSetVersionId"), d.dataSetVersionId},
                       {QStringLiteral("dataSetType"), d.dataSetType},       {QStringLiteral("recordCount"), d.recordCount},
                       {QStringLiteral("timestamp"), isotime::text(d.timestamp)}};
}

QJsonObject StatusJournal::toJson(const StatusMessage &m)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("status")},
                       {QStringLiteral("correlationId"), m.correlationId},
                       {QStringLiteral("recordId"), m.recordId.isEmpty() ? QJsonValue() : QJsonValue(m.recordId)},
                       {QStringLiteral("recordIdVersion"), m.recordIdVersion.isEmpty() ? QJsonValue() : QJsonValue(m.recordIdVersion)},
                       {QStringLiteral("stage"), m.stage},
                       {QStringLiteral("status"), m.status},
                       {QStringLiteral("message"), m.message.isEmpty() ? QJsonValue() : QJsonValue(m.message)},
                       {QStringLiteral("errorCode"), m.errorCode.isEmpty() ? QJsonValue() : QJsonValue(m.errorCode)},
                       {QStringLiteral("timestamp"), isotime::text(m.timestamp)}};
}

QJsonObject DataflowSummary::toJson() const
{
    QJsonArray stageArray, messageArray;
    for (const Stage &s : stages)
        stageArray.append(QJsonObject{{QStringLiteral("stage"), s.name},
                                      {QStringLiteral("status"), s.status},
                                      {QStringLiteral("started"), isotime::text(s.started)},
                                      {QStringLiteral("ended"), isotime::text(s.ended)},
                                      {QStringLiteral("duration_ms"), s.durationMs()}});
    for (const StatusMessage &m : messages)
        messageArray.append(StatusJournal::toJson(m));
    QJsonObject o{{QStringLiteral("correlationId"), correlationId},
                  {QStringLiteral("finished"), finished},
                  {QStringLiteral("outcome"), outcome},
                  {QStringLiteral("current_stage"), currentStage},
                  {QStringLiteral("current_status"), currentStatus},
                  {QStringLiteral("message"), message.isEmpty() ? QJsonValue() : QJsonValue(message)},
                  {QStringLiteral("errorCode"), errorCode.isEmpty() ? QJsonValue() : QJsonValue(errorCode)},
                  {QStringLiteral("records_succeeded"), recordsSucceeded},
                  {QStringLiteral("records_failed"), recordsFailed},
                  {QStringLiteral("stages"), stageArray},
                  {QStringLiteral("messages"), messageArray}};
    if (details) {
        QJsonObject d = StatusJournal::toJson(*details);
        d.remove(QStringLiteral("type"));
        o.insert(QStringLiteral("dataSetDetails"), d);
    }
    return o;
}

Status StatusJournal::details(const DataSetDetails &d)
{
    return JournalTables(m_db).writeDetails(d);
}

Status StatusJournal::status(const StatusMessage &m)
{
    if (!StatusMessage::statuses().contains(m.status))
        return Status::failure(tr("\"%1\" is not a status (%2)").arg(m.status, StatusMessage::statuses().join(QLatin1String(", "))));
    return JournalTables(m_db).writeStatus(m);
}

Status StatusJournal::stage(const QString &correlationId, const QString &stage, const QString &status, const QString &message,
                            const QString &errorCode, const QString &recordId)
{
    StatusMessage m;
    m.correlationId = correlationId;
    m.recordId = recordId;
    m.stage = stage;
    m.status = status;
    m.message = message;
    m.errorCode = errorCode;
    m.timestamp = QDateTime::currentDateTimeUtc();
    return this->status(m);
}

Expected<DataflowSummary> StatusJournal::summary(const QString &correlationId)
{
    using Result = Expected<DataflowSummary>;
    DataflowSummary s;
    s.correlationId = correlationId;
    JournalTables tables(m_db);
    auto details = tables.detailsOf(correlationId);
    if (!details.ok())
        return Result::failure(details.error());
    s.details = details.value();
    auto messages = tables.messagesOf(correlationId);
    if (!messages.ok())
        return Result::failure(messages.error());
    s.messages = messages.value();
    if (s.messages.isEmpty() && !s.details)
        return Result::failure(tr("Nothing is known of the dataflow %1").arg(correlationId));

    // Stages in the order they started; a stage lasts from its first message to its last.
    std::map<QString, qsizetype> stageIndex;
    std::map<QString, QString> recordOutcome; // per record: its last terminal status
    for (const StatusMessage &m : s.messages) {
        auto found = stageIndex.find(m.stage);
        if (found == stageIndex.end()) {
            found = stageIndex.emplace(m.stage, s.stages.size()).first;
            s.stages << DataflowSummary::Stage{m.stage, m.status, m.timestamp, m.timestamp};
        }
        DataflowSummary::Stage &stage = s.stages[found->second];
        stage.status = m.status;
        stage.ended = m.timestamp;
        if (!m.recordId.isEmpty() && (m.status == QLatin1String("SUCCESS") || m.status == QLatin1String("FAILED") || m.status == QLatin1String("SKIPPED")))
            recordOutcome[m.recordId] = m.status;
        if (m.status == QLatin1String("FAILED") || m.status == QLatin1String("PARTIAL_SUCCESS")) {
            s.message = m.message;
            s.errorCode = m.errorCode;
        }
    }
    for (const auto &[record, status] : recordOutcome)
        (status == QLatin1String("FAILED") ? s.recordsFailed : s.recordsSucceeded) += 1;
    if (!s.messages.isEmpty()) {
        s.currentStage = s.messages.last().stage;
        s.currentStatus = s.messages.last().status;
    }
    // Finished: the last stage ended in a terminal status and, when records are counted, every record is accounted for.
    const bool terminal = s.currentStatus == QLatin1String("SUCCESS") || s.currentStatus == QLatin1String("FAILED")
                          || s.currentStatus == QLatin1String("PARTIAL_SUCCESS") || s.currentStatus == QLatin1String("SKIPPED");
    const qint64 expected = s.details ? s.details->recordCount : 0;
    const qint64 accounted = s.recordsSucceeded + s.recordsFailed;
    s.finished = terminal && (recordOutcome.empty() || expected == 0 || accounted >= expected);
    if (!s.finished)
        s.outcome = QStringLiteral("IN_PROGRESS");
    else if (s.currentStatus == QLatin1String("FAILED") && s.recordsSucceeded == 0)
        s.outcome = QStringLiteral("FAILED");
    else if (s.currentStatus == QLatin1String("PARTIAL_SUCCESS") || s.recordsFailed > 0 || (expected > 0 && !recordOutcome.empty() && s.recordsSucceeded < expected))
        s.outcome = QStringLiteral("PARTIAL_SUCCESS");
    else
        s.outcome = s.currentStatus == QLatin1String("SKIPPED") ? QStringLiteral("SUCCESS") : s.currentStatus;
    return s;
}

Expected<StatusJournal::JsonlMessages> StatusJournal::readJsonl(const QString &path)
{
    JsonlMessages read;
    const Status status = LineFile::read(path, kMaxLineBytes, [&](const QByteArray &line) -> QString {
        QString problem;
        const auto o = LineFile::jsonObject(line, problem);
        if (!o)
            return problem;
        auto text = [&](const char *key) { return o->value(QLatin1String(key)).toVariant().toString(); };
        const QDateTime at = isotime::parse(text("timestamp"));
        if (text("correlationId").isEmpty())
            return tr("correlationId is missing");
        // Identifiers hold no control characters (a message may: a stack trace has line breaks).
        for (const char *key : {"correlationId", "recordId", "recordIdVersion", "stage", "status", "errorCode", "dataSetId", "dataSetType"})
            if (const QString control = utf8::controlCharacterIn(text(key)); !control.isEmpty())
                return tr("%1: a control character (%2)").arg(QLatin1String(key), control);
        if (!at.isValid())
            return tr("timestamp \"%1\" is not an ISO 8601 time").arg(text("timestamp"));
        const QString type = text("type");
        if (type == QLatin1String("dataSetDetails") || (type.isEmpty() && o->contains(QLatin1String("dataSetId")))) {
            read.details << DataSetDetails{text("correlationId"), text("dataSetId"), text("dataSetVersionId"), text("dataSetType"),
                                           o->value(QLatin1String("recordCount")).toInteger(), at};
            return {};
        }
        StatusMessage m{text("correlationId"), text("recordId"), text("recordIdVersion"), text("stage"), text("status"), text("message"),
                        text("errorCode"), at};
        if (m.stage.isEmpty())
            return tr("stage is missing");
        if (!StatusMessage::statuses().contains(m.status))
            return tr("status \"%1\" is not one of %2").arg(m.status, StatusMessage::statuses().join(QLatin1String(", ")));
        read.statuses << m;
        return {};
    });
    if (!status.ok())
        return Expected<JsonlMessages>::failure(status.error());
    return read;
}

Expected<StatusJournal::Imported> StatusJournal::importJsonl(const QString &path)
{
    using Result = Expected<Imported>;
    const auto read = readJsonl(path);
    if (!read)
        return Result::failure(read.error());
    // All or nothing.
    Transaction transaction(m_db);
    if (!transaction)
        return Result::failure(transaction.error());
    for (const DataSetDetails &d : read->details)
        if (const Status s = this->details(d); !s.ok())
            return Result::failure(s.error());
    for (const StatusMessage &m : read->statuses)
        if (const Status s = status(m); !s.ok())
            return Result::failure(s.error());
    if (!transaction.commit())
        return Result::failure(transaction.error());
    return Imported{int(read->details.size()), int(read->statuses.size())};
}

Status StatusJournal::exportJsonl(QIODevice &out, const QDateTime &since)
{
    auto writeLine = [&out](const QJsonObject &o) { out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n'); };
    JournalTables tables(m_db);
    if (const Status s = tables.eachDetailsSince(since, [&](const DataSetDetails &d) { writeLine(toJson(d)); }); !s.ok())
        return s;
    return tables.eachMessageSince(since, [&](const StatusMessage &m) { writeLine(toJson(m)); });
}

} // namespace rd
