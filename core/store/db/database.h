#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;

namespace rd {

// One connection to the embedded SQLite store (the owners' statements, SqlQuery
// and SqliteStatement, run on it). A connection belongs to the
// thread that opened it: background work opens its own.
//
// Opening brings the schema up to date (each migration in one transaction)
// and marks imports whose process has died as failed ("interrupted").
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:

    static Expected<std::shared_ptr<Database>> open(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // ~/.local/share/royaltydesk/royaltydesk.sqlite, or $ROYALTYDESK_DB when set.
    static QString defaultPath();

    sqlite3 *handle() const { return m_handle; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    // SQLite's own check of the whole file: "ok", or what it found wrong.
    Expected<QString> integrityCheck();

private:
    explicit Database(QString path);
    Status configure();
    Status migrate();
    Status recoverInterruptedImports();

    QString m_path;
    sqlite3 *m_handle = nullptr;
};

} // namespace rd
