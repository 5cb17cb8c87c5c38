#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rd {

// A configured retention target. Local: a folder (empty: "archive" beside
// the database). SFTP: host, port, user, key file or the name of an
// environment variable holding the password, known_hosts file, folder.
struct TargetConfig
{
    enum class Kind { Local, Sftp };
    qint64 id = 0;
    Kind kind = Kind::Local;
    QString location; // local folder, or the remote folder
    QJsonObject settings;
    bool enabled = true;

    static QString kindName(Kind kind); // local | sftp
};

// The state of one package version's copy on one target.
struct CopyState
{
    qint64 targetId = 0;
    QString target; // where, for people
    QString name;   // the file name on the target
    QString sha256; // of the zip that was published
    QString state;  // pending | ok | failed
    QString reason; // why it failed
    int attempts = 0;
    QDateTime updatedAt, verifiedAt;
    QString retractionState, retractionReason; // empty until retracted
};

} // namespace rd
