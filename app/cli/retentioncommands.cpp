// The retention commands: the window, and the sweep that purges expired raw
// rows and retains the rows behind published or retracted packages.
#include "clicontext.h"
#include "cliutil.h"

#include "retention/retentionpolicy.h"
#include "retention/retentionsweep.h"
#include "db/database.h"

namespace rd::cli {
namespace {

int window(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("days"), tr("The new window, in days after import."), QStringLiteral("[DAYS]"));
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("retention window"), "retention window [DAYS]", 0, 1))
        return UsageError;
    RetentionPolicy policy(*context.database);
    if (!parser.positionalArguments().isEmpty()) {
        bool ok = false;
        const int days = parser.positionalArguments().constFirst().toInt(&ok);
        const Status set = ok ? policy.setWindowDays(days)
                              : Status::failure(tr("\"%1\" is not a number of days").arg(parser.positionalArguments().constFirst()));
        if (!set.ok()) {
            context.err << tr("error: %1").arg(set.error()) << '\n';
            return UsageError;
        }
    }
    const auto days = policy.windowDays();
    if (!days)
        return fail(context, days.error());
    context.out << tr("raw rows are kept %n day(s) after import", nullptr, days.value()) << '\n';
    return Success;
}

void printDsrs(CliContext &context, const QString &heading, const QList<SweepReport::Dsr> &dsrs)
{
    if (dsrs.isEmpty())
        return;
    context.out << heading << '\n';
    for (const SweepReport::Dsr &d : dsrs)
        context.out << "  " << tr("DSR %1  %2  imported %3  %n row(s)", nullptr, int(d.rows)).arg(d.id).arg(d.fileName, d.importedOn.toString(Qt::ISODate))
                    << (d.packages.isEmpty() ? QString() : QLatin1String("  ") + tr("kept by package(s) %1").arg(d.packages.join(QLatin1String(", "))))
                    << '\n';
}

int sweep(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("dry-run"), tr("Report what would be purged, retained and flagged; change nothing.")});
    parser.addOption({QStringLiteral("now"), tr("Sweep as of this date instead of today."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("retention sweep"), "retention sweep [--dry-run] [--now YYYY-MM-DD] [--json]", 0, 0))
        return UsageError;
    QDate asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("now")) && !parseDate(context, parser.value(QStringLiteral("now")), QStringLiteral("--now"), asOf))
        return UsageError;
    const auto report = RetentionSweep::run(*context.database, asOf, parser.isSet(QStringLiteral("dry-run")));
    if (!report)
        return fail(context, report.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(context.out, report->toJson());
        return Success;
    }
    const SweepReport &r = report.value();
    context.out << (r.dryRun ? tr("retention sweep as of %1 (dry run: nothing changed), window %n day(s)", nullptr, r.windowDays)
                             : tr("retention sweep as of %1, window %n day(s)", nullptr, r.windowDays))
                       .arg(r.asOf.toString(Qt::ISODate))
                << '\n';
    printDsrs(context, r.dryRun ? tr("would purge:") : tr("purged:"), r.purged);
    printDsrs(context, r.dryRun ? tr("would retain for ever:") : tr("retained for ever:"), r.retained);
    for (const SweepReport::Stale &s : r.stale)
        context.out << tr("package %1 (%2) is stale: %3").arg(s.packageId).arg(s.name, s.reason) << '\n';
    if (r.purged.isEmpty() && r.retained.isEmpty())
        context.out << tr("nothing has expired") << '\n';
    return Success;
}

} // namespace

int runRetention(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    const QStringList rest = context.arguments.mid(1);
    if (sub == QLatin1String("sweep"))
        return sweep(context, rest);
    if (sub == QLatin1String("window"))
        return window(context, rest);
    context.err << tr("usage: royaltydesk-cli retention sweep [--dry-run] [--now YYYY-MM-DD] [--json] | retention window [DAYS]") << '\n';
    return UsageError;
}

} // namespace rd::cli
