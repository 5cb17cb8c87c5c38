// The status journal commands: a dataflow by its correlation id, and JSON-lines import and export.
#include "clicontext.h"
#include "cliutil.h"
#include "texttable.h"

#include "journal/statusinbox.h"
#include "journal/statusjournal.h"
#include "db/database.h"

#include <QFile>

namespace rd::cli {
namespace {

int importJsonl(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("A JSON-lines file of status messages."), QStringLiteral("FILE.jsonl"));
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("status import"), "status import FILE.jsonl", 1, 1))
        return UsageError;
    const auto imported = StatusJournal(*context.database).importJsonl(parser.positionalArguments().constFirst());
    if (!imported)
        return fail(context, imported.error());
    context.out << tr("%1 dataSetDetails and %2 status message(s) imported").arg(imported->details).arg(imported->statuses) << '\n';
    return Success;
}

int exportJsonl(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("since"), tr("Only messages from this day on."), QStringLiteral("YYYY-MM-DD")});
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("status export"), "status export [--since YYYY-MM-DD]", 0, 0))
        return UsageError;
    QDate since(1970, 1, 1);
    if (parser.isSet(QStringLiteral("since")) && !parseDate(context, parser.value(QStringLiteral("since")), QStringLiteral("--since"), since))
        return UsageError;
    context.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(context, tr("cannot write to the standard output"));
    const Status done = StatusJournal(*context.database).exportJsonl(out, since.startOfDay(Qt::UTC));
    out.flush();
    return done.ok() ? Success : fail(context, done.error());
}

int inbox(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("folder"), tr("The drop folder (default: status-inbox beside the database)."), QStringLiteral("[FOLDER]"));
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("status inbox"), "status inbox [FOLDER]", 0, 1))
        return UsageError;
    const QString folder = parser.positionalArguments().value(0, StatusInbox::folderFor(context.database->path()));
    const auto swept = StatusInbox(*context.database, folder).sweep();
    if (!swept)
        return fail(context, swept.error());
    for (const QString &f : swept->imported)
        context.out << tr("imported %1").arg(f) << '\n';
    for (const QString &f : swept->rejected)
        context.err << tr("rejected %1").arg(f) << '\n';
    return swept->rejected.isEmpty() ? Success : Failure;
}

int show(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("id"), tr("The dataflow's correlation id."), QStringLiteral("CORRELATION_ID"));
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("status"), "status CORRELATION_ID [--json]", 1, 1))
        return UsageError;
    const auto summary = StatusJournal(*context.database).summary(parser.positionalArguments().constFirst());
    if (!summary)
        return fail(context, summary.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(context.out, summary->toJson());
        return Success;
    }
    const DataflowSummary &s = summary.value();
    context.out << tr("dataflow %1: %2, %3").arg(s.correlationId, s.finished ? tr("finished") : tr("not finished"), s.outcome) << '\n';
    if (s.details)
        context.out << tr("  %1 %2 version %3, %4 record(s)")
                           .arg(s.details->dataSetType, s.details->dataSetId, s.details->dataSetVersionId)
                           .arg(s.details->recordCount)
                    << '\n';
    context.out << tr("  now at %1 (%2)").arg(s.currentStage, s.currentStatus) << '\n';
    if (s.recordsSucceeded + s.recordsFailed > 0)
        context.out << tr("  records: %1 succeeded, %2 failed").arg(s.recordsSucceeded).arg(s.recordsFailed) << '\n';
    if (!s.message.isEmpty() || !s.errorCode.isEmpty())
        context.out << tr("  why: %1 %2").arg(s.errorCode, s.message) << '\n';
    TextTable table({tr("STAGE"), tr("STATUS"), tr("STARTED"), tr("MS")}, {false, false, false, true});
    for (const DataflowSummary::Stage &stage : s.stages)
        table.addRow({stage.name, stage.status, stage.started.toString(Qt::ISODateWithMs), QString::number(stage.durationMs())});
    table.print(context.out);
    return Success;
}

} // namespace

int runStatus(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("import"))
        return importJsonl(context, context.arguments.mid(1));
    if (sub == QLatin1String("export"))
        return exportJsonl(context, context.arguments.mid(1));
    if (sub == QLatin1String("inbox"))
        return inbox(context, context.arguments.mid(1));
    return show(context, context.arguments);
}

} // namespace rd::cli
