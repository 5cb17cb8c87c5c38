#include "processidentity.h"

#include <QFile>
#include <QStringList>

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace rd::process {
namespace {

// Field 22 of /proc/<pid>/stat; the command name (field 2) may contain spaces, so count from its ')'.
QString startTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray content = stat.readAll();
    const qsizetype close = content.lastIndexOf(')');
    if (close < 0)
        return QString();
    const QList<QByteArray> fields = content.mid(close + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

} // namespace

QString currentIdentity()
{
    const qint64 pid = ::getpid();
    return QStringLiteral("%1:%2").arg(pid).arg(startTicks(pid));
}

QString osUser()
{
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("uid %1").arg(::geteuid()) : user;
}

bool isAlive(const QString &identity)
{
    const QStringList parts = identity.split(QLatin1Char(':'));
    bool ok = false;
    const qint64 pid = parts.value(0).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
        return false;
    const QString ticks = startTicks(pid);
    // Without /proc we cannot tell a reused PID apart; assume it is the same process.
    return ticks.isEmpty() || parts.value(1).isEmpty() || ticks == parts.value(1);
}

} // namespace rd::process
