#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QString>

namespace rd {

// A place that keeps copies of published package zips for as long as the
// package exists: a local (or mounted network) folder, or an SFTP server.
// A target writes to a temporary name and renames it into place, so a copy
// is either whole or absent; it never deletes anything.
class CopyTarget
{
public:
    virtual ~CopyTarget() = default;
    // Where the copies go, for people: a folder or user@host:port/dir.
    virtual QString location() const = 0;
    // Writes the local file as name (temporary name first, then rename).
    virtual Status put(const QString &localFile, const QString &name) = 0;
    // Writes small contents (a retraction record) the same way.
    virtual Status putBytes(const QByteArray &contents, const QString &name) = 0;
    // The SHA-256 (hex) of the copy as read back from the target.
    virtual Expected<QString> sha256(const QString &name) = 0;
};

} // namespace rd
