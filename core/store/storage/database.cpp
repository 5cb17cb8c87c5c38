// Opening the connection declared in db/database.h: it migrates the schema and
// recovers interrupted imports, which is the storage owners' work.
#include "db/database.h"

#include "db/transaction.h"
#include "storage/dsrlifecycle.h"
#include "storage/migrations.h"
#include "db/sqlfunctions.h"
#include "util/processidentity.h"

#include "db/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/statvfs.h>
#include <QStandardPaths>

#include <sqlite3.h>

namespace rd {
namespace {

Status exec(Database &db, const QString &sql)
{
    SqlQuery query(db);
    if (!query.exec(sql))
        return Status::failure(query.errorText() + QLatin1String(" [") + sql.simplified().left(120) + QLatin1Char(']'));
    return {};
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
{
}

Database::~Database()
{
    sqlite3_close_v2(m_handle);
}

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("ROYALTYDESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QLatin1String("/royaltydesk/royaltydesk.sqlite");
}

namespace {

// SQLite says "database or disk is full" only where it meets ENOSPC itself; on a full disk,
// creating the WAL or shared-memory file is just an "I/O error". Name the cause when it is that.
QString withDiskSpace(const QString &folder, const QString &error)
{
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return error;
    const unsigned long long available = static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize;
    if (available >= 1024 * 1024 || error.contains(QLatin1String("disk is full")))
        return error;
    return Database::tr("%1 (the disk is full: %3 bytes free in %2)").arg(error, folder).arg(available);
}

} // namespace

Expected<std::shared_ptr<Database>> Database::open(const QString &path)
{
    // SQLite's allocation statistics take a global mutex on every malloc; we
    // never read them. This only takes effect before SQLite's first use.
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(configured);
    using Result = Expected<std::shared_ptr<Database>>;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Result::failure(tr("Cannot create the folder %1").arg(info.absolutePath()));

    std::shared_ptr<Database> database(new Database(info.absoluteFilePath()));
    const QByteArray file = database->m_path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &database->m_handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return Result::failure(tr("Cannot open the database %1: %2")
                                   .arg(path, withDiskSpace(info.absolutePath(), database->m_handle ? QString::fromUtf8(sqlite3_errmsg(database->m_handle))
                                                                                                  : QString())));
    // A writer waits up to 30 s for another process's lock before a statement reports busy.
    sqlite3_busy_timeout(database->m_handle, 30000);

    for (Status (Database::*step)() : {&Database::configure, &Database::migrate, &Database::recoverInterruptedImports}) {
        const Status status = (database.get()->*step)();
        if (!status)
            return Result::failure(tr("Cannot open the database %1: %2").arg(path, withDiskSpace(info.absolutePath(), status.error())));
    }
    return database;
}

Status Database::configure()
{
    // WAL lets the GUI read while an import writes; NORMAL sync is durable at
    // every commit point in WAL mode except for a power loss of the last commit.
    // Larger pages mean fewer b-tree levels and splits for bulk appends; the
    // size can only be chosen before the first table exists.
    for (const char *pragma : {"PRAGMA page_size = 16384", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA temp_store = MEMORY"}) {
        if (Status s = exec(*this, QString::fromLatin1(pragma)); !s)
            return s;
    }
    if (!registerSqlFunctions(m_handle))
        return Status::failure(tr("cannot register the decimal SQL functions"));
    return {};
}

int Database::schemaVersion() const
{
    SqlQuery query(*this);
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

Status Database::migrate()
{
    const auto &steps = schemaMigrations();
    int version = schemaVersion();
    if (version < 0)
        return Status::failure(tr("cannot read the schema version"));
    if (version > static_cast<int>(steps.size()))
        return Status::failure(tr("the database was written by a newer Royalty Desk (schema %1, this version knows %2)")
                                   .arg(version)
                                   .arg(steps.size()));
    if (version == static_cast<int>(steps.size()))
        return {};

    // All pending steps and the version bump commit together or not at all; the transaction
    // rolls back on every early return.
    Transaction transaction(m_handle);
    if (!transaction)
        return Status::failure(transaction.error());
    // Another process may have migrated while we waited for the lock, perhaps a newer
    // Royalty Desk: never step its version back.
    version = schemaVersion();
    if (version < 0)
        return Status::failure(tr("cannot read the schema version"));
    if (version > static_cast<int>(steps.size()))
        return Status::failure(tr("the database was written by a newer Royalty Desk (schema %1, this version knows %2)")
                                   .arg(version)
                                   .arg(steps.size()));
    for (int v = version; v < static_cast<int>(steps.size()); ++v) {
        for (const QString &sql : steps[static_cast<size_t>(v)]) {
            if (Status s = exec(*this, sql); !s)
                return Status::failure(tr("migration to schema %1 failed: %2").arg(v + 1).arg(s.error()));
        }
        QString error;
        if (MigrationHook hook = migrationHook(v + 1); hook && !hook(m_handle, error))
            return Status::failure(tr("migration to schema %1 failed: %2").arg(v + 1).arg(error));
    }
    if (Status s = exec(*this, QStringLiteral("PRAGMA user_version = %1").arg(steps.size())); !s)
        return s;
    return transaction.commit() ? Status() : Status::failure(transaction.error());
}

Expected<QString> Database::integrityCheck()
{
    SqlQuery q(*this);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Expected<QString>::failure(q.errorText());
    QStringList findings;
    while (q.next())
        findings << q.value(0).toString();
    return findings.join(QLatin1Char('\n'));
}

Status Database::recoverInterruptedImports()
{
    return DsrLifecycle(*this).failInterrupted();
}

} // namespace rd
