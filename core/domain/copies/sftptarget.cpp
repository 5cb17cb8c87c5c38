#include "sftptarget.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>
#include <sys/stat.h>

namespace rd {
namespace {

QString sshError(ssh_session session) { return QString::fromUtf8(ssh_get_error(session)); }

QString sftpErrorText(sftp_session sftp, ssh_session session)
{
    switch (sftp_get_error(sftp)) {
    case SSH_FX_PERMISSION_DENIED: return SftpTarget::tr("permission denied");
    case SSH_FX_NO_SUCH_FILE: return SftpTarget::tr("no such file or folder");
    case SSH_FX_FAILURE: return SftpTarget::tr("the server refused (%1)").arg(sshError(session));
    default: return sshError(session);
    }
}

// The server's key as "SHA256:…".
QString fingerprintOf(ssh_session session)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK)
        return {};
    unsigned char *hash = nullptr;
    size_t length = 0;
    QString out;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) == 0) {
        char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
        out = QString::fromLatin1(text);
        ssh_string_free_char(text);
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    return out;
}

// A session connected to the server with its host key checked (not yet authenticated).
Expected<ssh_session> connectChecked(const SftpTarget::Settings &s, SftpTarget::HostKey *probe)
{
    using Result = Expected<ssh_session>;
    ssh_session session = ssh_new();
    if (!session)
        return Result::failure(SftpTarget::tr("Cannot start an SSH session"));
    const QByteArray host = s.host.toUtf8(), user = s.user.toUtf8(), knownHosts = QFile::encodeName(s.knownHosts);
    const unsigned int port = unsigned(s.port);
    const long timeout = s.timeoutSeconds;
    ssh_options_set(session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null"); // only the configured file decides
    const int noConfig = 0;
    ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    if (ssh_connect(session) != SSH_OK) {
        const QString error = SftpTarget::tr("Cannot connect to %1:%2: %3").arg(s.host).arg(s.port).arg(sshError(session));
        ssh_free(session);
        return Result::failure(error);
    }
    const QString fingerprint = fingerprintOf(session);
    const ssh_known_hosts_e known = ssh_session_is_known_server(session);
    if (probe) {
        probe->fingerprint = fingerprint;
        probe->known = known == SSH_KNOWN_HOSTS_OK ? SftpTarget::HostKey::Known::Yes
                       : known == SSH_KNOWN_HOSTS_CHANGED || known == SSH_KNOWN_HOSTS_OTHER ? SftpTarget::HostKey::Known::Changed
                                                                                           : SftpTarget::HostKey::Known::Unknown;
        return session;
    }
    QString refusal;
    switch (known) {
    case SSH_KNOWN_HOSTS_OK:
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        refusal = SftpTarget::tr("THE HOST KEY OF %1:%2 HAS CHANGED (now %3). Someone may be intercepting the connection; "
                                 "nothing was sent. If the server's key really changed, remove its old entry from %4.")
                      .arg(s.host).arg(s.port).arg(fingerprint, s.knownHosts);
        break;
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (!s.confirmedFingerprint.isEmpty() && s.confirmedFingerprint == fingerprint) {
            if (ssh_session_update_known_hosts(session) != SSH_OK)
                refusal = SftpTarget::tr("Cannot add the host key of %1 to %2: %3").arg(s.host, s.knownHosts, sshError(session));
        } else {
            refusal = SftpTarget::tr("The host key of %1:%2 is unknown (%3); confirm its fingerprint first").arg(s.host).arg(s.port).arg(fingerprint);
        }
        break;
    default:
        refusal = SftpTarget::tr("Cannot check the host key of %1 against %2: %3").arg(s.host, s.knownHosts, sshError(session));
    }
    if (!refusal.isEmpty()) {
        ssh_disconnect(session);
        ssh_free(session);
        return Result::failure(refusal);
    }
    return session;
}

} // namespace

class SftpTarget::Connection
{
public:
    Connection(ssh_session session, sftp_session sftp) : session(session), sftp(sftp) {}
    ~Connection()
    {
        sftp_free(sftp);
        ssh_disconnect(session);
        ssh_free(session);
    }
    ssh_session session;
    sftp_session sftp;
};

SftpTarget::SftpTarget(Settings settings) : m_settings(std::move(settings)) {}
SftpTarget::~SftpTarget() = default;

QString SftpTarget::location() const
{
    return QStringLiteral("sftp://%1@%2:%3%4").arg(m_settings.user, m_settings.host).arg(m_settings.port).arg(m_settings.folder);
}

Expected<SftpTarget::HostKey> SftpTarget::probe(const Settings &settings)
{
    HostKey key;
    const auto session = connectChecked(settings, &key);
    if (!session)
        return Expected<HostKey>::failure(session.error());
    ssh_disconnect(session.value());
    ssh_free(session.value());
    return key;
}

Expected<SftpTarget::Connection *> SftpTarget::connection()
{
    using Result = Expected<Connection *>;
    if (m_connection && ssh_is_connected(m_connection->session))
        return m_connection.get();
    m_connection.reset();
    const auto connected = connectChecked(m_settings, nullptr);
    if (!connected)
        return Result::failure(connected.error());
    ssh_session session = connected.value();
    int auth = SSH_AUTH_DENIED;
    if (!m_settings.keyFile.isEmpty()) {
        ssh_key key = nullptr;
        if (ssh_pki_import_privkey_file(QFile::encodeName(m_settings.keyFile).constData(), nullptr, nullptr, nullptr, &key) != SSH_OK) {
            ssh_disconnect(session);
            ssh_free(session);
            return Result::failure(tr("Cannot read the key file %1").arg(m_settings.keyFile));
        }
        auth = ssh_userauth_publickey(session, nullptr, key);
        ssh_key_free(key);
    } else if (!m_settings.passwordVariable.isEmpty()) {
        const QByteArray password = qgetenv(m_settings.passwordVariable.toLocal8Bit().constData());
        auth = ssh_userauth_password(session, nullptr, password.constData());
    }
    if (auth != SSH_AUTH_SUCCESS) {
        const QString error = tr("Permission denied: %1 cannot log in to %2 (%3)").arg(m_settings.user, m_settings.host, sshError(session));
        ssh_disconnect(session);
        ssh_free(session);
        return Result::failure(error);
    }
    sftp_session sftp = sftp_new(session);
    if (!sftp || sftp_init(sftp) != SSH_OK) {
        const QString error = tr("%1 offers no SFTP: %2").arg(m_settings.host, sshError(session));
        if (sftp)
            sftp_free(sftp);
        ssh_disconnect(session);
        ssh_free(session);
        return Result::failure(error);
    }
    m_connection = std::make_unique<Connection>(session, sftp);
    return m_connection.get();
}

Status SftpTarget::write(const QString &name, const std::function<Status(const std::function<bool(const char *, qsizetype)> &)> &produce)
{
    const auto c = connection();
    if (!c)
        return Status::failure(c.error());
    Connection *conn = c.value();
    const QByteArray folder = m_settings.folder.toUtf8();
    if (!folder.isEmpty())
        sftp_mkdir(conn->sftp, folder.constData(), 0755); // already there is fine; a real problem shows on open
    const QByteArray final = (m_settings.folder.isEmpty() ? name : m_settings.folder + QLatin1Char('/') + name).toUtf8();
    const QByteArray part = final + ".part";
    sftp_file file = sftp_open(conn->sftp, part.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (!file) {
        const QString error = tr("Cannot write %1 on %2: %3").arg(QString::fromUtf8(part), m_settings.host, sftpErrorText(conn->sftp, conn->session));
        m_connection.reset();
        return Status::failure(error);
    }
    QString writeError;
    const Status produced = produce([&](const char *data, qsizetype size) {
        while (size > 0) {
            const ssize_t n = sftp_write(file, data, size_t(size));
            if (n <= 0) {
                writeError = sftpErrorText(conn->sftp, conn->session);
                return false;
            }
            data += n;
            size -= n;
        }
        return true;
    });
    sftp_close(file);
    if (!produced.ok() || !writeError.isEmpty()) {
        sftp_unlink(conn->sftp, part.constData()); // our own partial file, never a copy
        const QString error = produced.ok() ? tr("Cannot write %1 on %2: %3").arg(QString::fromUtf8(part), m_settings.host, writeError) : produced.error();
        m_connection.reset();
        return Status::failure(error);
    }
    // SFTP v3 rename does not replace: a copy already there (found damaged) is set aside, never deleted.
    sftp_attributes existing = sftp_stat(conn->sftp, final.constData());
    if (existing) {
        sftp_attributes_free(existing);
        const QByteArray aside = final + ".replaced-" + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz")).toLatin1();
        sftp_rename(conn->sftp, final.constData(), aside.constData());
    }
    if (sftp_rename(conn->sftp, part.constData(), final.constData()) != SSH_OK)
        return Status::failure(tr("Cannot move %1 into place on %2: %3").arg(QString::fromUtf8(final), m_settings.host, sftpErrorText(conn->sftp, conn->session)));
    return {};
}

Status SftpTarget::put(const QString &localFile, const QString &name)
{
    return write(name, [&](const std::function<bool(const char *, qsizetype)> &send) {
        QFile in(localFile);
        if (!in.open(QIODevice::ReadOnly))
            return Status::failure(tr("Cannot read %1: %2").arg(localFile, in.errorString()));
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        qint64 n;
        while ((n = in.read(buffer.data(), buffer.size())) > 0)
            if (!send(buffer.constData(), n))
                return Status(); // the write error is reported by write()
        return n < 0 ? Status::failure(tr("Cannot read %1: %2").arg(localFile, in.errorString())) : Status();
    });
}

Status SftpTarget::putBytes(const QByteArray &contents, const QString &name)
{
    return write(name, [&](const std::function<bool(const char *, qsizetype)> &send) {
        send(contents.constData(), contents.size());
        return Status();
    });
}

Expected<QString> SftpTarget::sha256(const QString &name)
{
    using Result = Expected<QString>;
    const auto c = connection();
    if (!c)
        return Result::failure(c.error());
    Connection *conn = c.value();
    const QByteArray path = (m_settings.folder.isEmpty() ? name : m_settings.folder + QLatin1Char('/') + name).toUtf8();
    sftp_file file = sftp_open(conn->sftp, path.constData(), O_RDONLY, 0);
    if (!file) {
        const QString error = tr("Cannot read the copy %1 on %2: %3").arg(QString::fromUtf8(path), m_settings.host, sftpErrorText(conn->sftp, conn->session));
        m_connection.reset();
        return Result::failure(error);
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    ssize_t n;
    while ((n = sftp_read(file, buffer.data(), size_t(buffer.size()))) > 0)
        hash.addData(QByteArrayView(buffer.constData(), n));
    sftp_close(file);
    if (n < 0) {
        m_connection.reset();
        return Result::failure(tr("Cannot read the copy %1 on %2").arg(QString::fromUtf8(path), m_settings.host));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace rd
