// Retained copies: the local archive, and SFTP against a real OpenSSH sshd
// started here on a loopback port with keys made in a temporary folder.
#include "testsupport.h"

#include "copies/copytargets.h"
#include "copies/packagecopies.h"
#include "copies/sftptarget.h"
#include "import/dsrimporter.h"
#include "packages/packagestore.h"
#include "packages/residualbuilder.h"
#include "db/database.h"
#include "util/processidentity.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <unistd.h>

using namespace rd;

namespace {

QByteArray statementStandIn(const StatementData &data) { return "%PDF-stand-in " + data.packageName.toUtf8(); }

QByteArray readFile(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QString sha256Of(const QString &path) { return QString::fromLatin1(QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex()); }

bool run(const QString &program, const QStringList &arguments, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

// An OpenSSH server on 127.0.0.1 and a free high port, with its own host key.
class SshServer
{
public:
    SshServer(const QString &folder, const QString &hostKey, const QString &authorizedKeys)
        : m_folder(folder), m_hostKey(hostKey), m_authorizedKeys(authorizedKeys)
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    ~SshServer() { stop(); }

    quint16 port() const { return m_port; }

    bool start(bool readOnly = false)
    {
        if (::geteuid() == 0 && !QDir(QStringLiteral("/run/sshd")).exists())
            QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation folder (made by the package's service otherwise)
        const QString config = m_folder + QLatin1String("/sshd_config");
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nPidFile %3/sshd.pid\nAuthorizedKeysFile %4\n"
                               "PasswordAuthentication no\nKbdInteractiveAuthentication no\nPermitRootLogin yes\nStrictModes no\n"
                               "UsePAM no\nSubsystem sftp internal-sftp%5\n")
                    .arg(m_port)
                    .arg(m_hostKey, m_folder, m_authorizedKeys, readOnly ? QStringLiteral(" -R") : QString())
                    .toUtf8());
        f.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels); // its log, shown only when it does not start
        m_process.start(QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config});
        if (!m_process.waitForStarted(5000)) {
            qWarning("cannot run /usr/sbin/sshd: %s", qPrintable(m_process.errorString()));
            return false;
        }
        for (int i = 0; i < 100; ++i) { // until it accepts connections
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                return true;
            if (m_process.state() != QProcess::Running) {
                qWarning("sshd stopped: %s", m_process.readAll().constData());
                return false;
            }
            QTest::qWait(50);
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

private:
    QString m_folder, m_hostKey, m_authorizedKeys;
    quint16 m_port = 0;
    QProcess m_process;
};

} // namespace

class TestCopies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void localArchiveCopyVerifyRetract();
    void failingTargetRetriesWithBackoff();
    void sftpUploadAndVerify();
    void sftpServerDownThenBack();
    void sftpHostKeyChangedIsRefused();
    void sftpUnknownHostKeyNeedsConfirmation();
    void sftpPermissionDenied();

private:
    qint64 builtPackage(const QString &name);
    TargetConfig sftpTarget(quint16 port, const QString &knownHosts, const QString &key = QString());
    void writeKnownHosts(const QString &path, quint16 port, const QString &hostKeyPub);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    QString m_hostKey, m_otherHostKey, m_clientKey, m_strangerKey;
    QString m_remote;
};

void TestCopies::initTestCase()
{
    m_db = test::openDatabase(m_dir);
    QVERIFY(DsrImporter(*m_db).importFile(test::writeFile(m_dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"),
                                                          "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\nA\tSong\tX\tQZABC0000001\t10\t100.5\n"))
                .ok());
    for (QString *key : {&m_hostKey, &m_otherHostKey, &m_clientKey, &m_strangerKey}) {
        static int n = 0;
        *key = m_dir.filePath(QStringLiteral("key%1").arg(++n));
        QVERIFY(run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                                                   QString(), QStringLiteral("-f"), *key}));
    }
    QFile::copy(m_clientKey + QLatin1String(".pub"), m_dir.filePath(QStringLiteral("authorized_keys")));
    m_remote = m_dir.filePath(QStringLiteral("remote"));
    QVERIFY(QDir().mkpath(m_remote));
}

qint64 TestCopies::builtPackage(const QString &name)
{
    PackageStore store(*m_db);
    const qint64 id = store.create(name, {{QStringLiteral("GB")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();
    if (!ResidualBuilder::build(*m_db, id))
        return 0;
    return id;
}

TargetConfig TestCopies::sftpTarget(quint16 port, const QString &knownHosts, const QString &key)
{
    TargetConfig t;
    t.kind = TargetConfig::Kind::Sftp;
    t.location = m_remote;
    t.settings = QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), port},
                             {QStringLiteral("user"), process::osUser()}, // the server runs as this user and lets only this user in
                             {QStringLiteral("key_file"), key.isEmpty() ? m_clientKey : key}, {QStringLiteral("known_hosts"), knownHosts},
                             {QStringLiteral("timeout"), 5}};
    return t;
}

void TestCopies::writeKnownHosts(const QString &path, quint16 port, const QString &hostKeyPub)
{
    const QList<QByteArray> parts = readFile(hostKeyPub).split(' ');
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QStringLiteral("[127.0.0.1]:%1 ").arg(port).toUtf8() + parts.value(0) + ' ' + parts.value(1) + '\n');
}

void TestCopies::localArchiveCopyVerifyRetract()
{
    const qint64 id = builtPackage(QStringLiteral("local"));
    QVERIFY(id > 0);
    PackageCopies copies(*m_db, statementStandIn);
    const Status published = copies.publish(id);
    QVERIFY2(published.ok(), qPrintable(published.error()));
    const QList<CopyState> states = copies.states(id).value();
    QCOMPARE(states.size(), 1); // the default target: the archive beside the database
    QCOMPARE(states[0].state, QStringLiteral("ok"));
    QVERIFY(states[0].verifiedAt.isValid());
    const QString copy = m_dir.filePath(QStringLiteral("archive/") + PackageCopies::copyName(id, 1));
    QCOMPARE(states[0].target, m_dir.filePath(QStringLiteral("archive")));
    QCOMPARE(sha256Of(copy), states[0].sha256);
    QVERIFY(!QFile::exists(copy + QLatin1String(".part")));
    QVERIFY(PackageZip::verify(copy).ok);

    // A damaged copy is found on re-verification, with the reason, and written again.
    QFile damaged(copy);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    damaged.seek(100);
    damaged.write("X");
    damaged.close();
    const Status reverified = copies.reverify(id);
    QVERIFY(!reverified.ok());
    QCOMPARE(copies.states(id).value()[0].state, QStringLiteral("failed"));
    QVERIFY(copies.states(id).value()[0].reason.contains(QStringLiteral("differs")));
    QVERIFY(copies.copy(id).ok());
    QCOMPARE(copies.states(id).value()[0].state, QStringLiteral("ok"));
    QCOMPARE(sha256Of(copy), states[0].sha256);

    // Retraction: a signed-off record beside the copy; the copy stays.
    QVERIFY(!copies.retract(id, QString()).ok());
    QVERIFY(copies.retract(id, QStringLiteral("sent to the wrong society")).ok());
    QVERIFY(QFile::exists(copy));
    const QJsonObject record = QJsonDocument::fromJson(readFile(m_dir.filePath(QStringLiteral("archive/") + PackageCopies::retractionName(id, 1)))).object();
    QCOMPARE(record.value(QStringLiteral("reason")).toString(), QStringLiteral("sent to the wrong society"));
    QCOMPARE(record.value(QStringLiteral("copy_sha256")).toString(), states[0].sha256);
    QVERIFY(!record.value(QStringLiteral("signed_off_by")).toString().isEmpty());
    QCOMPARE(copies.states(id).value()[0].retractionState, QStringLiteral("ok"));
    QCOMPARE(PackageStore(*m_db).find(id).value()->state, Package::State::Retracted);
}

void TestCopies::failingTargetRetriesWithBackoff()
{
    // A "folder" that is a file: every attempt fails.
    TargetConfig blocked;
    blocked.location = test::writeFile(m_dir, QStringLiteral("not-a-folder"), "x");
    const qint64 targetId = CopyTargets(*m_db).add(blocked).value();
    const qint64 id = builtPackage(QStringLiteral("blocked"));
    QList<int> waits;
    PackageCopies::Options options;
    options.attempts = 4;
    options.firstBackoffMs = 100;
    options.sleep = [&](int ms) { waits << ms; };
    PackageCopies copies(*m_db, statementStandIn, options);
    const Status published = copies.publish(id);
    QVERIFY(!published.ok()); // published, but says a copy is missing
    QCOMPARE(PackageStore(*m_db).find(id).value()->state, Package::State::Published);
    QCOMPARE(waits, QList<int>({100, 200, 400}));
    bool seen = false;
    for (const CopyState &s : QList<CopyState>(copies.states(id).value())) {
        if (s.targetId != targetId)
            continue;
        seen = true;
        QCOMPARE(s.state, QStringLiteral("failed"));
        QCOMPARE(s.attempts, 4);
        QVERIFY2(s.reason.contains(QStringLiteral("not-a-folder")), qPrintable(s.reason));
    }
    QVERIFY(seen);
    QVERIFY(CopyTargets(*m_db).setEnabled(targetId, false).ok());
}

void TestCopies::sftpUploadAndVerify()
{
    SshServer server(m_dir.path(), m_hostKey, m_dir.filePath(QStringLiteral("authorized_keys")));
    QVERIFY2(server.start(), "sshd did not start (is openssh-server installed?)");
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts_ok"));
    writeKnownHosts(knownHosts, server.port(), m_hostKey + QLatin1String(".pub"));
    const qint64 targetId = CopyTargets(*m_db).add(sftpTarget(server.port(), knownHosts)).value();
    const qint64 id = builtPackage(QStringLiteral("sftp"));
    PackageCopies copies(*m_db, statementStandIn);
    const Status published = copies.publish(id);
    QVERIFY2(published.ok(), qPrintable(published.error()));
    QString sha;
    for (const CopyState &s : QList<CopyState>(copies.states(id).value()))
        if (s.targetId == targetId) {
            QCOMPARE(s.state, QStringLiteral("ok"));
            QVERIFY(s.target.startsWith(QStringLiteral("sftp://")));
            sha = s.sha256;
        }
    const QString remoteCopy = m_remote + QLatin1Char('/') + PackageCopies::copyName(id, 1);
    QCOMPARE(sha256Of(remoteCopy), sha);
    QVERIFY(!QFile::exists(remoteCopy + QLatin1String(".part")));
    QVERIFY(copies.reverify(id).ok());
    // Retraction writes its record on the server too.
    QVERIFY(copies.retract(id, QStringLiteral("duplicate")).ok());
    QVERIFY(QFile::exists(m_remote + QLatin1Char('/') + PackageCopies::retractionName(id, 1)));
    QVERIFY(QFile::exists(remoteCopy));
    QVERIFY(CopyTargets(*m_db).setEnabled(targetId, false).ok());
}

void TestCopies::sftpServerDownThenBack()
{
    SshServer server(m_dir.path(), m_hostKey, m_dir.filePath(QStringLiteral("authorized_keys")));
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts_down"));
    writeKnownHosts(knownHosts, server.port(), m_hostKey + QLatin1String(".pub"));
    const qint64 targetId = CopyTargets(*m_db).add(sftpTarget(server.port(), knownHosts)).value();
    auto stateOf = [&](PackageCopies &copies, qint64 id) {
        for (const CopyState &s : QList<CopyState>(copies.states(id).value()))
            if (s.targetId == targetId)
                return s;
        return CopyState();
    };
    // Down for every attempt: failed, with the reason.
    const qint64 first = builtPackage(QStringLiteral("down"));
    PackageCopies::Options quick;
    quick.attempts = 2;
    quick.sleep = [](int) {};
    PackageCopies failing(*m_db, statementStandIn, quick);
    QVERIFY(!failing.publish(first).ok());
    QCOMPARE(stateOf(failing, first).state, QStringLiteral("failed"));
    QVERIFY2(stateOf(failing, first).reason.contains(QStringLiteral("Cannot connect")), qPrintable(stateOf(failing, first).reason));
    // The server comes back during the backoff of the next try: ok.
    PackageCopies::Options comesBack;
    comesBack.attempts = 4;
    comesBack.sleep = [&](int) {
        if (!server.start())
            qWarning("sshd did not start");
    };
    PackageCopies retrying(*m_db, statementStandIn, comesBack);
    const Status copied = retrying.copy(first);
    QVERIFY2(copied.ok(), qPrintable(copied.error()));
    QCOMPARE(stateOf(retrying, first).state, QStringLiteral("ok"));
    QCOMPARE(stateOf(retrying, first).attempts, 2 + 2); // two failed before, one failed and one good now
    QCOMPARE(sha256Of(m_remote + QLatin1Char('/') + PackageCopies::copyName(first, 1)), stateOf(retrying, first).sha256);
    QVERIFY(CopyTargets(*m_db).setEnabled(targetId, false).ok());
}

void TestCopies::sftpHostKeyChangedIsRefused()
{
    SshServer server(m_dir.path(), m_hostKey, m_dir.filePath(QStringLiteral("authorized_keys")));
    QVERIFY(server.start());
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts_other"));
    writeKnownHosts(knownHosts, server.port(), m_otherHostKey + QLatin1String(".pub")); // someone else's key on record
    const QByteArray before = readFile(knownHosts);
    const qint64 targetId = CopyTargets(*m_db).add(sftpTarget(server.port(), knownHosts)).value();
    const qint64 id = builtPackage(QStringLiteral("mitm"));
    PackageCopies::Options quick;
    quick.attempts = 1;
    PackageCopies copies(*m_db, statementStandIn, quick);
    QVERIFY(!copies.publish(id).ok());
    for (const CopyState &s : QList<CopyState>(copies.states(id).value()))
        if (s.targetId == targetId) {
            QCOMPARE(s.state, QStringLiteral("failed"));
            QVERIFY2(s.reason.contains(QStringLiteral("HAS CHANGED")), qPrintable(s.reason));
        }
    QVERIFY(!QFile::exists(m_remote + QLatin1Char('/') + PackageCopies::copyName(id, 1)));
    QCOMPARE(readFile(knownHosts), before); // never "fixed" silently
    QVERIFY(CopyTargets(*m_db).setEnabled(targetId, false).ok());
}

void TestCopies::sftpUnknownHostKeyNeedsConfirmation()
{
    SshServer server(m_dir.path(), m_hostKey, m_dir.filePath(QStringLiteral("authorized_keys")));
    QVERIFY(server.start());
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts_new"));
    TargetConfig config = sftpTarget(server.port(), knownHosts);
    QByteArray expected;
    QVERIFY(run(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                                               m_hostKey + QLatin1String(".pub")},
                &expected));
    const QString fingerprint = QString::fromLatin1(expected.split(' ').value(1));
    SftpTarget::Settings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.port();
    settings.knownHosts = knownHosts;
    const auto probed = SftpTarget::probe(settings);
    QVERIFY2(probed, qPrintable(probed ? QString() : probed.error()));
    QCOMPARE(probed->fingerprint, fingerprint);
    QCOMPARE(probed->known, SftpTarget::HostKey::Known::Unknown);

    const QString probe = test::writeFile(m_dir, QStringLiteral("probe.txt"), "hello");
    auto target = CopyTargets(*m_db).open(config);
    const Status refused = target->put(probe, QStringLiteral("probe.txt"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("unknown")), qPrintable(refused.error()));
    config.settings.insert(QStringLiteral("fingerprint"), QStringLiteral("SHA256:not-this-one"));
    QVERIFY(!CopyTargets(*m_db).open(config)->put(probe, QStringLiteral("probe.txt")).ok());
    config.settings.insert(QStringLiteral("fingerprint"), fingerprint);
    const Status accepted = CopyTargets(*m_db).open(config)->put(probe, QStringLiteral("probe.txt"));
    QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
    QVERIFY(readFile(knownHosts).contains("127.0.0.1"));
    QCOMPARE(SftpTarget::probe(settings)->known, SftpTarget::HostKey::Known::Yes);
}

void TestCopies::sftpPermissionDenied()
{
    SshServer server(m_dir.path(), m_hostKey, m_dir.filePath(QStringLiteral("authorized_keys")));
    QVERIFY(server.start(/*readOnly=*/true));
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts_ro"));
    writeKnownHosts(knownHosts, server.port(), m_hostKey + QLatin1String(".pub"));
    const QString probe = test::writeFile(m_dir, QStringLiteral("probe2.txt"), "hello");
    // A server that allows no writes.
    const Status readOnly = CopyTargets(*m_db).open(sftpTarget(server.port(), knownHosts))->put(probe, QStringLiteral("probe2.txt"));
    QVERIFY(!readOnly.ok());
    QVERIFY2(readOnly.error().contains(QStringLiteral("permission denied"), Qt::CaseInsensitive), qPrintable(readOnly.error()));
    // A key the server does not know.
    const Status stranger = CopyTargets(*m_db).open(sftpTarget(server.port(), knownHosts, m_strangerKey))->put(probe, QStringLiteral("probe2.txt"));
    QVERIFY(!stranger.ok());
    QVERIFY2(stranger.error().startsWith(QStringLiteral("Permission denied")), qPrintable(stranger.error()));
}

QTEST_GUILESS_MAIN(TestCopies)
#include "tst_copies.moc"
