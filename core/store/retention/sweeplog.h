#pragma once

#include "util/expected.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rd {

class Database;

// One retention sweep, as logged.
struct SweepLogEntry
{
    QDateTime at;
    QDate asOf;
    QString who;
    int windowDays = 0;
    qint64 purgedDsrs = 0, purgedRows = 0, retainedDsrs = 0, stalePackages = 0;
};

// Owner of `retention_sweeps`: the log of the sweeps that ran (dry runs are not logged).
class SweepLog
{
public:
    explicit SweepLog(Database &database) : m_db(database) {}

    // The latest as-of date swept, or nullopt when no sweep ever ran.
    Expected<std::optional<QDate>> lastAsOf();
    Status record(const SweepLogEntry &entry);

private:
    Database &m_db;
};

} // namespace rd
