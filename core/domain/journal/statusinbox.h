#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QStringList>

namespace rd {

class Database;

// A drop folder for external pipelines' status messages: every *.jsonl file
// in it is imported (all or nothing) and moved to done/, or to rejected/
// beside a .error file that says why. Files still being written (changed in
// the last two seconds) wait for the next sweep.
class StatusInbox
{
    Q_DECLARE_TR_FUNCTIONS(StatusInbox)

public:
    StatusInbox(Database &database, QString folder) : m_db(database), m_folder(std::move(folder)) {}
    static QString folderFor(const QString &databasePath); // status-inbox beside it

    struct Swept
    {
        QStringList imported, rejected;
    };
    Expected<Swept> sweep();

private:
    Database &m_db;
    QString m_folder;
};

} // namespace rd
