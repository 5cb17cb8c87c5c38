#pragma once

#include "journal/statusrecords.h"
#include "util/expected.h"

#include <QList>

#include <functional>
#include <optional>

namespace rd {

class Database;

// Owner of `status_datasets` and `status_messages`: every SQL statement on
// the status journal's tables is here. StatusJournal (domain) gives them
// meaning: summaries, JSON lines in and out.
class JournalTables
{
public:
    explicit JournalTables(Database &database) : m_db(database) {}

    // A dataflow's details; recording them again replaces them.
    Status writeDetails(const DataSetDetails &details);
    // Re-recording the same message (same id, record, stage, status and time) changes nothing.
    Status writeStatus(const StatusMessage &message);

    Expected<std::optional<DataSetDetails>> detailsOf(const QString &correlationId);
    // In the order they happened.
    Expected<QList<StatusMessage>> messagesOf(const QString &correlationId);

    // Everything recorded at or after `since`, oldest first, streamed.
    Status eachDetailsSince(const QDateTime &since, const std::function<void(const DataSetDetails &)> &visit);
    Status eachMessageSince(const QDateTime &since, const std::function<void(const StatusMessage &)> &visit);

private:
    Database &m_db;
};

} // namespace rd
