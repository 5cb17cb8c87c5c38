// A full disk, for real: the suite moves into a mount namespace of its own, mounts a small
// tmpfs there and fills it, then runs the real CLI as the user would. Each operation must
// fail with an error that says the disk is full, leave a database that passes
// PRAGMA integrity_check, and leave no partial file where a finished one belongs.
//
// Mounting needs root (as CI runs) or unprivileged user namespaces; the suite fails, with
// the reason, on a machine that allows neither.
#include "testsupport.h"

#include "db/database.h"
#include "db/sqlquery.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace rd;

namespace {

const QString kSample = QStringLiteral("Spotify_SpotifyDuo_NO_NOK_20200101-20200131.tsv.gz");

// Enters a private mount namespace (as root, or as root of a new user namespace).
QString enterMountNamespace()
{
    if (::unshare(CLONE_NEWNS) != 0) {
        const uid_t uid = ::getuid();
        const gid_t gid = ::getgid();
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
            return QStringLiteral("unshare: %1 (run as root, or allow unprivileged user namespaces)").arg(QString::fromLocal8Bit(std::strerror(errno)));
        auto write = [](const char *path, const QByteArray &text) {
            QFile f(QString::fromLatin1(path));
            return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
        };
        write("/proc/self/setgroups", "deny");
        write("/proc/self/uid_map", QByteArray::number(uid) + " " + QByteArray::number(uid) + " 1");
        write("/proc/self/gid_map", QByteArray::number(gid) + " " + QByteArray::number(gid) + " 1");
    }
    if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return QStringLiteral("making mounts private: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

// Fills the file system of folder until no more than `leave` bytes are free; returns the filler.
QString fill(const QString &folder, qint64 leave)
{
    const QString path = folder + QStringLiteral("/filler");
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    static const QByteArray block(64 * 1024, 'x');
    qint64 written = 0;
    while (true) {
        const ssize_t n = ::write(fd, block.constData(), std::size_t(block.size()));
        if (n <= 0)
            break;
        written += n;
    }
    ::ftruncate(fd, std::max<qint64>(0, written - leave));
    ::close(fd);
    return path;
}

bool saysDiskFull(const QByteArray &err)
{
    const QByteArray lower = err.toLower();
    return lower.contains("disk is full") || lower.contains("no space left");
}

// The database checked by a plain SQLite connection of its own (which migrates nothing):
// integrity_check's answer, and the schema version through version.
QString integrity(const QString &path, int *version = nullptr)
{
    QString result;
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        check.setDatabaseName(path);
        if (!check.open())
            return check.lastError().text();
        QSqlQuery q(check);
        q.exec(QStringLiteral("PRAGMA integrity_check"));
        result = q.next() ? q.value(0).toString() : q.lastError().text();
        q.exec(QStringLiteral("PRAGMA user_version"));
        if (version && q.next())
            *version = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

// The names in folder a user could take for finished files (neither the filler nor partial).
QStringList finishedLooking(const QString &folder, const QString &suffix)
{
    QStringList names;
    for (const QString &name : QDir(folder).entryList(QDir::Files))
        if (name.endsWith(suffix))
            names << name;
    return names;
}

} // namespace

class DiskFullTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_full; // the tmpfs

    QString cli(const QString &db, const QStringList &args, int expect, test::CliRun *run = nullptr)
    {
        const test::CliRun r = test::runCli(db, args);
        if (run)
            *run = r;
        if (r.exitCode != expect)
            return QStringLiteral("%1 exited %2 (expected %3): %4%5")
                .arg(args.join(QLatin1Char(' ')))
                .arg(r.exitCode)
                .arg(expect)
                .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
        return {};
    }

    // A database on the normal disk with one imported sample and a built package 1.
    QString bookWithPackage(const QString &name)
    {
        const QString db = m_dir.filePath(name);
        if (!cli(db, {QStringLiteral("import"), test::dataPath(kSample)}, 0).isEmpty())
            return {};
        cli(db, {QStringLiteral("rights"), QStringLiteral("import"), QStringLiteral(RD_SOURCE_DIR "/resources/licensing/sample-claims.csv")}, 0);
        cli(db, {QStringLiteral("package"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Q1"), QStringLiteral("--territory"),
                 QStringLiteral("NO"), QStringLiteral("--period-start"), QStringLiteral("2020-01-01"), QStringLiteral("--period-end"),
                 QStringLiteral("2020-01-31")},
            0);
        return cli(db, {QStringLiteral("package"), QStringLiteral("build"), QStringLiteral("1")}, 0).isEmpty() ? db : QString();
    }

private slots:
    void initTestCase()
    {
        const QString problem = enterMountNamespace();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_full = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(m_full));
        QVERIFY2(::mount("tmpfs", QFile::encodeName(m_full).constData(), "tmpfs", 0, "size=24m") == 0, std::strerror(errno));
    }

    void cleanupTestCase() { ::umount2(QFile::encodeName(m_full).constData(), MNT_DETACH); }

    void cleanup()
    {
        // Each case starts from an empty tmpfs.
        for (const QString &name : QDir(m_full).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
            QFileInfo(m_full + QLatin1Char('/') + name).isDir() ? void(QDir(m_full + QLatin1Char('/') + name).removeRecursively())
                                                                 : void(QFile::remove(m_full + QLatin1Char('/') + name));
    }

    void importFailsCleanly_data()
    {
        QTest::addColumn<qint64>("leave");
        QTest::newRow("no byte free") << qint64(0);
        QTest::newRow("runs out midway") << qint64(256 * 1024);
    }
    void importFailsCleanly()
    {
        QFETCH(qint64, leave);
        const QString db = m_full + QStringLiteral("/book.sqlite");
        QCOMPARE(cli(db, {QStringLiteral("dsrs")}, 0), QString()); // created and migrated while there is room
        const QString filler = fill(m_full, leave);
        test::CliRun run;
        cli(db, {QStringLiteral("import"), test::dataPath(kSample)}, 1, &run);
        QVERIFY2(run.exitCode != 0 && saysDiskFull(run.err + run.out), run.err.constData());
        // Once the book is open, the failure names the file being imported; with no byte free even
        // opening the book fails, and that error names the book.
        const bool bookUnopened = run.err.contains("Cannot open the database");
        QVERIFY2(bookUnopened ? run.err.contains(db.toUtf8()) : run.err.contains(kSample.toUtf8()), run.err.constData());
        QCOMPARE(bookUnopened, leave == 0);
        QFile::remove(filler);
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        auto book = Database::open(db);
        QVERIFY(book);
        QCOMPARE(test::scalar(*book.value(), QStringLiteral("SELECT count(*) FROM dsrs WHERE status = 'ingested'")).toInt(), 0);
        QCOMPARE(test::scalar(*book.value(), QStringLiteral("SELECT count(*) FROM usage_rows")).toInt(), 0);
        // With room again, the same file imports.
        QCOMPARE(cli(db, {QStringLiteral("import"), test::dataPath(kSample)}, 0), QString());
    }

    void packageExportLeavesNoZip()
    {
        const QString db = bookWithPackage(QStringLiteral("export.sqlite"));
        QVERIFY(!db.isEmpty());
        const QString filler = fill(m_full, 16 * 1024);
        test::CliRun run;
        cli(db, {QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("1"), m_full + QStringLiteral("/q1.zip")}, 1, &run);
        QVERIFY2(saysDiskFull(run.err), run.err.constData());
        QCOMPARE(finishedLooking(m_full, QStringLiteral(".zip")), QStringList());
        QVERIFY(!QFile::exists(m_full + QStringLiteral("/q1.zip.part")));
        QFile::remove(filler);
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("1"), m_full + QStringLiteral("/q1.zip")}, 0), QString());
        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("verify"), m_full + QStringLiteral("/q1.zip")}, 0), QString());
    }

    void localCopyFailsAndIsRetried()
    {
        const QString db = bookWithPackage(QStringLiteral("copy.sqlite"));
        QVERIFY(!db.isEmpty());
        const QString target = m_full + QStringLiteral("/archive");
        QVERIFY(QDir().mkpath(target));
        QCOMPARE(cli(db, {QStringLiteral("targets"), QStringLiteral("add-local"), target}, 0), QString());
        const QString filler = fill(m_full, 16 * 1024);
        test::CliRun publish;
        cli(db, {QStringLiteral("package"), QStringLiteral("publish"), QStringLiteral("1")}, 0, &publish);
        // The package is published (the book is on another disk); its copy failed and says why.
        test::CliRun copies;
        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("copies"), QStringLiteral("1")}, 0, &copies), QString());
        QVERIFY2(saysDiskFull(copies.out + publish.out + publish.err), QByteArray(copies.out + publish.err).constData());
        QCOMPARE(finishedLooking(target, QStringLiteral(".zip")), QStringList());
        QCOMPARE(finishedLooking(target, QStringLiteral(".part")), QStringList());
        QFile::remove(filler);
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        QCOMPARE(cli(db, {QStringLiteral("package"), QStringLiteral("recopy"), QStringLiteral("1")}, 0), QString());
        QCOMPARE(finishedLooking(target, QStringLiteral(".zip")).size(), 1);
    }

    void migrationFailsAndResumes()
    {
        // A version-1 book with enough resources that the later steps need room.
        const QString db = m_full + QStringLiteral("/old.sqlite");
        {
            QSqlDatabase v1 = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            v1.setDatabaseName(db);
            QVERIFY(v1.open());
            QSqlQuery q(v1);
            for (const QString &sql : schemaMigrations().at(0))
                QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) "
                                          "INSERT INTO resources (id, key_hi, key_lo, dsp_id, title) "
                                          "SELECT i, i * 7919, -i, 'dsp' || i, 'a title long enough to take room ' || i FROM n")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            v1.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        const QString filler = fill(m_full, 64 * 1024);
        test::CliRun run;
        cli(db, {QStringLiteral("dsrs")}, 1, &run);
        QVERIFY2(saysDiskFull(run.err), run.err.constData());
        QFile::remove(filler);
        // Each step is one transaction: the book is whole, at the version before the step that failed.
        int version = 0;
        QCOMPARE(integrity(db, &version), QStringLiteral("ok"));
        QVERIFY(version >= 1 && version < int(schemaMigrations().size()));
        QCOMPARE(cli(db, {QStringLiteral("dsrs")}, 0), QString());
        auto book = Database::open(db);
        QVERIFY(book);
        QCOMPARE(book.value()->schemaVersion(), int(schemaMigrations().size()));
        QCOMPARE(test::scalar(*book.value(), QStringLiteral("SELECT count(*) FROM resources")).toInt(), 60000);
    }
};

QTEST_GUILESS_MAIN(DiskFullTest)
#include "tst_diskfull.moc"
