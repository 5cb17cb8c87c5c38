// The retention target commands: list, add a local folder or an SFTP server,
// disable, and confirm an SFTP server's host key.
#include "clicontext.h"
#include "cliutil.h"
#include "texttable.h"

#include "copies/copytargets.h"
#include "copies/sftptarget.h"
#include "db/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rd::cli {
namespace {

int list(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("targets list"), "targets list [--json]", 0, 0))
        return UsageError;
    CopyTargets targets(*context.database);
    const auto all = targets.list(false);
    if (!all)
        return fail(context, all.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const TargetConfig &t : all.value()) {
            QJsonObject settings = t.settings;
            out.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("kind"), TargetConfig::kindName(t.kind)},
                                   {QStringLiteral("location"), targets.describe(t)}, {QStringLiteral("enabled"), t.enabled},
                                   {QStringLiteral("settings"), settings}});
        }
        printJson(context.out, out);
        return Success;
    }
    TextTable table({tr("ID"), tr("KIND"), tr("WHERE"), tr("ENABLED")}, {true, false, false, false});
    for (const TargetConfig &t : all.value())
        table.addRow({QString::number(t.id), TargetConfig::kindName(t.kind), targets.describe(t), t.enabled ? tr("yes") : tr("no")});
    table.print(context.out);
    return Success;
}

int addLocal(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("folder"), tr("The archive folder (a local disk or a mounted share)."), QStringLiteral("FOLDER"));
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("targets add-local"), "targets add-local FOLDER", 1, 1))
        return UsageError;
    TargetConfig t;
    t.location = parser.positionalArguments().constFirst();
    const auto id = CopyTargets(*context.database).add(t);
    if (!id)
        return fail(context, id.error());
    context.out << id.value() << '\n';
    return Success;
}

int addSftp(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("host"), tr("The SFTP server."), QStringLiteral("HOST")});
    parser.addOption({QStringLiteral("port"), tr("Its port (default 22)."), QStringLiteral("PORT"), QStringLiteral("22")});
    parser.addOption({QStringLiteral("user"), tr("The user to log in as."), QStringLiteral("USER")});
    parser.addOption({QStringLiteral("key"), tr("A private key file (without passphrase)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("password-env"), tr("The environment variable that holds the password."), QStringLiteral("VAR")});
    parser.addOption({QStringLiteral("known-hosts"), tr("The known_hosts file that host keys are checked against."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("folder"), tr("The remote folder for the copies."), QStringLiteral("DIR")});
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("targets add-sftp"),
                      "targets add-sftp --host H [--port P] --user U (--key FILE | --password-env VAR) --known-hosts FILE --folder DIR", 0, 0))
        return UsageError;
    TargetConfig t;
    t.kind = TargetConfig::Kind::Sftp;
    t.location = parser.value(QStringLiteral("folder"));
    t.settings = QJsonObject{{QStringLiteral("host"), parser.value(QStringLiteral("host"))},
                             {QStringLiteral("port"), parser.value(QStringLiteral("port")).toInt()},
                             {QStringLiteral("user"), parser.value(QStringLiteral("user"))},
                             {QStringLiteral("key_file"), parser.value(QStringLiteral("key"))},
                             {QStringLiteral("password_env"), parser.value(QStringLiteral("password-env"))},
                             {QStringLiteral("known_hosts"), parser.value(QStringLiteral("known-hosts"))}};
    const auto id = CopyTargets(*context.database).add(t);
    if (!id)
        return fail(context, id.error());
    context.out << id.value() << '\n';
    return Success;
}

// The id (first positional) of a target command.
bool targetId(CliContext &context, QCommandLineParser &parser, const QStringList &args, const QString &name, const char *usage, qint64 &id)
{
    parser.addPositionalArgument(QStringLiteral("id"), tr("The target id."), QStringLiteral("ID"));
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, name, usage, 1, 1))
        return false;
    bool ok = false;
    id = parser.positionalArguments().constFirst().toLongLong(&ok);
    if (!ok)
        context.err << tr("\"%1\" is not a target id").arg(parser.positionalArguments().constFirst()) << '\n';
    return ok;
}

int setEnabled(CliContext &context, const QStringList &args, bool enabled)
{
    QCommandLineParser parser;
    qint64 id = 0;
    if (!targetId(context, parser, args, enabled ? QStringLiteral("targets enable") : QStringLiteral("targets disable"),
                  enabled ? "targets enable ID" : "targets disable ID", id))
        return UsageError;
    const Status done = CopyTargets(*context.database).setEnabled(id, enabled);
    if (!done.ok())
        return fail(context, done.error());
    context.out << (enabled ? tr("target %1 enabled") : tr("target %1 disabled (its copies stay)")).arg(id) << '\n';
    return Success;
}

int trust(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("fingerprint"), tr("The fingerprint you checked with the server's administrator."), QStringLiteral("SHA256:…")});
    qint64 id = 0;
    if (!targetId(context, parser, args, QStringLiteral("targets trust"), "targets trust ID [--fingerprint SHA256:…]", id))
        return UsageError;
    CopyTargets targets(*context.database);
    const auto all = targets.list(false);
    if (!all)
        return fail(context, all.error());
    for (const TargetConfig &t : all.value()) {
        if (t.id != id || t.kind != TargetConfig::Kind::Sftp)
            continue;
        const auto key = SftpTarget::probe(CopyTargets::sftpSettingsOf(t));
        if (!key)
            return fail(context, key.error());
        if (key->known == SftpTarget::HostKey::Known::Changed)
            return fail(context, tr("the host key of %1 HAS CHANGED (now %2); it is not trusted").arg(targets.describe(t), key->fingerprint));
        if (key->known == SftpTarget::HostKey::Known::Yes) {
            context.out << tr("%1 is already known: %2").arg(targets.describe(t), key->fingerprint) << '\n';
            return Success;
        }
        const QString confirmed = parser.value(QStringLiteral("fingerprint"));
        if (confirmed.isEmpty()) {
            context.out << tr("The server presents %1. Check it with its administrator, then run:\n  royaltydesk-cli targets trust %2 --fingerprint %1")
                               .arg(key->fingerprint)
                               .arg(id)
                            << '\n';
            return Failure;
        }
        if (confirmed != key->fingerprint)
            return fail(context, tr("the server presents %1, not %2; nothing was trusted").arg(key->fingerprint, confirmed));
        const Status stored = targets.confirmFingerprint(id, confirmed);
        if (!stored.ok())
            return fail(context, stored.error());
        context.out << tr("%1 trusted; its key is added to the known_hosts file on the next copy").arg(targets.describe(t)) << '\n';
        return Success;
    }
    return fail(context, tr("there is no SFTP target %1").arg(id));
}

} // namespace

int runTargets(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    const QStringList rest = context.arguments.mid(1);
    if (sub == QLatin1String("list"))
        return list(context, rest);
    if (sub == QLatin1String("add-local"))
        return addLocal(context, rest);
    if (sub == QLatin1String("add-sftp"))
        return addSftp(context, rest);
    if (sub == QLatin1String("enable") || sub == QLatin1String("disable"))
        return setEnabled(context, rest, sub == QLatin1String("enable"));
    if (sub == QLatin1String("trust"))
        return trust(context, rest);
    context.err << tr("usage: royaltydesk-cli targets list|add-local|add-sftp|enable|disable|trust …") << '\n';
    return UsageError;
}

} // namespace rd::cli
