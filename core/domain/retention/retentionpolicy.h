#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace rd {

class Database;

// How long imported raw data is kept (the retention window, in days after
// import; 90 unless set) and when the last sweep ran. Kept in the database so
// that the GUI, the CLI and every user of a shared store agree.
class RetentionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RetentionPolicy)

public:
    static constexpr int kDefaultWindowDays = 90;

    explicit RetentionPolicy(Database &database) : m_db(database) {}

    Expected<int> windowDays();
    Status setWindowDays(int days);
    // The as-of date of the last sweep that ran (not a dry run).
    Expected<std::optional<QDate>> lastSweep();
    // A sweep is due once a day.
    Expected<bool> isDue(const QDate &today);

private:
    Database &m_db;
};

} // namespace rd
