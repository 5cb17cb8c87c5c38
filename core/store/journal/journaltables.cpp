#include "journaltables.h"

#include "db/sqlerror.h"
#include "db/database.h"
#include "util/isotime.h"

#include "db/sqlquery.h"
#include <QVariant>

namespace rd {
namespace {

const QString kDetailsColumns = QStringLiteral("correlation_id, dataset_id, dataset_version_id, dataset_type, record_count, timestamp");
const QString kMessageColumns = QStringLiteral("correlation_id, record_id, record_id_version, stage, status, message, error_code, timestamp");

DataSetDetails detailsAt(const SqlQuery &q)
{
    return DataSetDetails{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toLongLong(), isotime::parse(q.value(5).toString())};
}

StatusMessage messageAt(const SqlQuery &q)
{
    return StatusMessage{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), isotime::parse(q.value(7).toString())};
}

} // namespace

const QStringList &StatusMessage::statuses()
{
    static const QStringList all{QStringLiteral("SUBMITTED"), QStringLiteral("IN_PROGRESS"), QStringLiteral("SUCCESS"),
                                 QStringLiteral("FAILED"), QStringLiteral("SKIPPED"), QStringLiteral("PARTIAL_SUCCESS")};
    return all;
}

Status JournalTables::writeDetails(const DataSetDetails &d)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO status_datasets (%1) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (correlation_id) DO UPDATE SET "
                             "dataset_id = excluded.dataset_id, dataset_version_id = excluded.dataset_version_id, "
                             "dataset_type = excluded.dataset_type, record_count = excluded.record_count, timestamp = excluded.timestamp")
                  .arg(kDetailsColumns));
    for (const QVariant &v : {QVariant(d.correlationId), nullIfEmpty(d.dataSetId), nullIfEmpty(d.dataSetVersionId), nullIfEmpty(d.dataSetType),
                              QVariant(d.recordCount), QVariant(isotime::text(d.timestamp))})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

Status JournalTables::writeStatus(const StatusMessage &m)
{
    SqlQuery q(m_db);
    // Only a repeat of the same message is skipped; any other refusal is an error.
    q.prepare(QStringLiteral("INSERT INTO status_messages (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING").arg(kMessageColumns));
    auto notNull = [](const QString &s) { return QVariant(s.isNull() ? QStringLiteral("") : s); }; // a null QString would bind NULL
    for (const QVariant &v : {QVariant(m.correlationId), notNull(m.recordId), notNull(m.recordIdVersion), QVariant(m.stage), QVariant(m.status),
                              nullIfEmpty(m.message), nullIfEmpty(m.errorCode), QVariant(isotime::text(m.timestamp))})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

Expected<std::optional<DataSetDetails>> JournalTables::detailsOf(const QString &correlationId)
{
    using Result = Expected<std::optional<DataSetDetails>>;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM status_datasets WHERE correlation_id = ?").arg(kDetailsColumns));
    q.addBindValue(correlationId);
    if (!q.exec())
        return Result::failure(sqlError(q));
    return q.next() ? std::optional<DataSetDetails>(detailsAt(q)) : std::nullopt;
}

Expected<QList<StatusMessage>> JournalTables::messagesOf(const QString &correlationId)
{
    using Result = Expected<QList<StatusMessage>>;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM status_messages WHERE correlation_id = ? ORDER BY timestamp, id").arg(kMessageColumns));
    q.addBindValue(correlationId);
    if (!q.exec())
        return Result::failure(sqlError(q));
    QList<StatusMessage> messages;
    while (q.next())
        messages << messageAt(q);
    return messages;
}

Status JournalTables::eachDetailsSince(const QDateTime &since, const std::function<void(const DataSetDetails &)> &visit)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM status_datasets WHERE timestamp >= ? ORDER BY timestamp, correlation_id").arg(kDetailsColumns));
    q.addBindValue(isotime::text(since));
    if (!q.exec())
        return Status::failure(sqlError(q));
    while (q.next())
        visit(detailsAt(q));
    return {};
}

Status JournalTables::eachMessageSince(const QDateTime &since, const std::function<void(const StatusMessage &)> &visit)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM status_messages WHERE timestamp >= ? ORDER BY timestamp, id").arg(kMessageColumns));
    q.addBindValue(isotime::text(since));
    if (!q.exec())
        return Status::failure(sqlError(q));
    while (q.next())
        visit(messageAt(q));
    return {};
}

} // namespace rd
