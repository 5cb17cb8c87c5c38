// The input limits: caps on what a hostile or broken file may cost (gzip size and ratio,
// DDEX findings kept, rows the offline review shows), kept in the book's settings.
#include "clicontext.h"
#include "cliutil.h"

#include "ingest/inputlimitsettings.h"

#include <QJsonObject>

namespace rd::cli {

int runLimits(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("set"), tr("set KEY VALUE changes one limit."), QStringLiteral("[set KEY VALUE]"));
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!parseCommand(context, parser, QStringLiteral("limits"), "limits [--json] | limits set KEY VALUE", 0, 3))
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    InputLimitSettings settings(*context.database);
    if (!positional.isEmpty()) {
        if (positional.size() != 3 || positional[0] != QLatin1String("set")) {
            context.err << tr("usage: royaltydesk-cli limits [--json] | limits set KEY VALUE") << '\n';
            return UsageError;
        }
        bool ok = false;
        const qint64 value = positional[2].toLongLong(&ok);
        const Status set = ok ? settings.set(positional[1], value)
                              : Status::failure(tr("\"%1\" is not a whole number").arg(positional[2]));
        if (!set.ok()) {
            context.err << tr("error: %1").arg(set.error()) << '\n';
            return UsageError;
        }
    }
    const auto limits = settings.load();
    if (!limits)
        return fail(context, limits.error());
    const InputLimits defaults;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json;
        for (const QString &key : InputLimits::keys())
            json.insert(key, *limits->value(key));
        printJson(context.out, json);
        return Success;
    }
    for (const QString &key : InputLimits::keys()) {
        const qint64 value = *limits->value(key);
        context.out << key.leftJustified(20) << QString::number(value).rightJustified(16) << "  " << InputLimits::describe(key)
                    << (value == *defaults.value(key) ? QString() : QLatin1String("  ") + tr("(default %1)").arg(*defaults.value(key)))
                    << '\n';
    }
    return Success;
}

} // namespace rd::cli
