#pragma once

#include "copies/copytarget.h"

#include <QCoreApplication>

#include <memory>

namespace rd {

// Copies on an SFTP server (libssh). The server's host key is checked against
// a known_hosts file: a known key is accepted, a changed one refused loudly,
// and an unknown one only when its SHA-256 fingerprint is the one the user
// confirmed (it is then added to the file). Authentication is by key file or
// by a password read from an environment variable, never stored.
class SftpTarget : public CopyTarget
{
    Q_DECLARE_TR_FUNCTIONS(SftpTarget)

public:
    struct Settings
    {
        QString host;
        int port = 22;
        QString user;
        QString keyFile;          // a private key without passphrase, or
        QString passwordVariable; // the environment variable with the password
        QString knownHosts;       // the known_hosts file
        QString folder;           // remote folder for the copies
        QString confirmedFingerprint; // "SHA256:…", accepted when the key is unknown
        int timeoutSeconds = 15;
    };

    explicit SftpTarget(Settings settings);
    ~SftpTarget() override;

    QString location() const override;
    Status put(const QString &localFile, const QString &name) override;
    Status putBytes(const QByteArray &contents, const QString &name) override;
    Expected<QString> sha256(const QString &name) override;

    // Connects and reports the server's host key fingerprint and whether the
    // known_hosts file knows it (for the user to confirm).
    struct HostKey
    {
        QString fingerprint;
        enum class Known { Yes, Unknown, Changed } known = Known::Unknown;
    };
    static Expected<HostKey> probe(const Settings &settings);

private:
    class Connection;
    Expected<Connection *> connection();
    Status write(const QString &name, const std::function<Status(const std::function<bool(const char *, qsizetype)> &)> &produce);

    Settings m_settings;
    std::unique_ptr<Connection> m_connection;
};

} // namespace rd
