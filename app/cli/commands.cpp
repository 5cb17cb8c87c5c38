#include "clicontext.h"

#include "cliprogress.h"
#include "cliutil.h"
#include "texttable.h"

#include "import/anyimporter.h"
#include "report/dsrjson.h"
#include "storage/database.h"
#include "storage/dsrrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace rd::cli {
namespace {

bool parseId(CliContext &context, const QString &text, qint64 &id)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        context.err << tr("\"%1\" is not a DSR id").arg(text) << '\n';
        return false;
    }
    return true;
}

QString statusText(const DsrRecord &r)
{
    switch (r.status) {
    case DsrRecord::Status::Importing: return tr("importing");
    case DsrRecord::Status::Ingested: return tr("ingested");
    case DsrRecord::Status::Failed: return tr("failed");
    }
    return QString();
}

} // namespace

int runImport(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("strict"), tr("Reject a file if any row has an error.")});
    parser.addOption({QStringLiteral("json"), tr("Print the results as JSON.")});
    parser.addPositionalArgument(QStringLiteral("files"), tr("DSR files: simple TSV or DDEX flat files (.tsv or .tsv.gz)."), QStringLiteral("FILE..."));
    if (!parseCommand(context, parser, QStringLiteral("import"), "import [--strict] [--json] FILE...", 1, -1))
        return UsageError;

    ImportOptions options;
    options.strict = parser.isSet(QStringLiteral("strict"));
    const bool asJson = parser.isSet(QStringLiteral("json"));
    CliProgress::installInterruptHandler();
    AnyImporter importer(*context.database);
    QJsonArray results;
    int exitCode = Success;
    for (const QString &path : parser.positionalArguments()) {
        CliProgress progress(QFileInfo(path).fileName());
        for (const ImportResult &result : importer.importFile(path, options, &progress)) {
            if (!result.ok())
                exitCode = Failure;
            if (asJson) {
                results.append(json::importResult(result));
                continue;
            }
            if (!result.ok()) {
                context.err << tr("error: %1").arg(result.error) << '\n';
                if (result.dsrId != 0 && result.outcome == ImportResult::Outcome::Failed)
                    context.err << tr("  the attempt is recorded as DSR %1; see: royaltydesk-cli dsr %1").arg(result.dsrId) << '\n';
                continue;
            }
            context.out << tr("DSR %1  %2").arg(result.dsrId).arg(QFileInfo(path).fileName()) << '\n'
                        << tr("  rows %1  usages %2  revenue %3")
                               .arg(result.totals.rows)
                               .arg(result.totals.usages)
                               .arg(QString::fromStdString(result.totals.revenue.toString()))
                        << '\n'
                        << tr("  warnings %1  errors %2  %3 s  %4 rows/s")
                               .arg(result.totals.warnings + result.totals.rowsWithMissing)
                               .arg(result.totals.errors)
                               .arg(result.seconds, 0, 'f', 3)
                               .arg(qRound64(result.rowsPerSecond()))
                        << '\n';
        }
    }
    if (asJson)
        printJson(context.out, results);
    return exitCode;
}

int runList(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print the list as JSON.")});
    if (!parseCommand(context, parser, QStringLiteral("dsrs"), "dsrs [--json]", 0, 0))
        return UsageError;
    DsrRepository repository(*context.database);
    const auto records = repository.list();
    if (!records) {
        context.err << records.error() << '\n';
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DsrRecord &r : records.value())
            array.append(json::dsr(r));
        printJson(context.out, array);
        return Success;
    }
    TextTable table({tr("ID"), tr("STATUS"), tr("DSP"), tr("OFFER"), tr("TERRITORY"), tr("PERIOD"), tr("CURRENCY"),
                     tr("ROWS"), tr("USAGES"), tr("REVENUE"), tr("WARNINGS"), tr("ERRORS")},
                    {true, false, false, false, false, false, false, true, true, true, true, true});
    for (const DsrRecord &r : records.value()) {
        table.addRow({QString::number(r.id), statusText(r), r.dsp, r.offer, r.territory,
                      r.periodStart.toString(Qt::ISODate) + QLatin1String("..") + r.periodEnd.toString(Qt::ISODate),
                      r.currency, QString::number(r.rows), QString::number(r.usages), r.revenue,
                      QString::number(r.reportWarnings()), QString::number(r.errorCount)});
    }
    table.print(context.out);
    return Success;
}

int runShow(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print the DSR and its report as JSON.")});
    parser.addOption({QStringLiteral("limit"), tr("Show at most N report lines (0 for all; default 100)."),
                      QStringLiteral("N"), QStringLiteral("100")});
    parser.addPositionalArgument(QStringLiteral("id"), tr("The DSR id."), QStringLiteral("ID"));
    if (!parseCommand(context, parser, QStringLiteral("dsr"), "dsr ID [--json] [--limit N]", 1, 1))
        return UsageError;
    qint64 id = 0;
    if (!parseId(context, parser.positionalArguments().constFirst(), id))
        return UsageError;
    bool limitOk = false;
    const qint64 limit = parser.value(QStringLiteral("limit")).toLongLong(&limitOk);
    if (!limitOk || limit < 0) {
        context.err << tr("--limit takes a whole number") << '\n';
        return UsageError;
    }

    DsrRepository repository(*context.database);
    const auto record = repository.find(id);
    if (!record) {
        context.err << record.error() << '\n';
        return Failure;
    }
    if (!record.value()) {
        context.err << tr("There is no DSR %1.").arg(id) << '\n';
        return Failure;
    }
    const DsrRecord &r = *record.value();

    QList<ReportEntry> entries;
    qint64 afterLine = -1;
    while (limit == 0 || entries.size() < limit) {
        const auto page = repository.report(id, afterLine, 1000);
        if (!page) {
            context.err << page.error() << '\n';
            return Failure;
        }
        if (page->isEmpty())
            break;
        entries += page.value();
        afterLine = page->last().line;
    }
    if (limit > 0 && entries.size() > limit)
        entries.resize(limit);
    const qint64 total = r.reportWarnings() + r.errorCount;

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = json::dsr(r);
        QJsonArray report;
        for (const ReportEntry &e : entries)
            report.append(json::reportEntry(e));
        object.insert(QStringLiteral("report"), report);
        object.insert(QStringLiteral("report_truncated"), entries.size() < total);
        printJson(context.out, object);
        return Success;
    }

    context.out << tr("DSR %1: %2").arg(r.id).arg(r.fileName) << '\n'
                << tr("  status      %1").arg(statusText(r) + (r.statusReason.isEmpty() ? QString() : QLatin1String(" — ") + r.statusReason)) << '\n'
                << tr("  service     %1 %2%3").arg(r.dsp, r.offer, r.society.isEmpty() ? QString() : QLatin1String(" (") + r.society + QLatin1Char(')')) << '\n'
                << tr("  territory   %1").arg(r.territory) << '\n'
                << tr("  period      %1 to %2").arg(r.periodStart.toString(Qt::ISODate), r.periodEnd.toString(Qt::ISODate)) << '\n'
                << tr("  currency    %1").arg(r.currency) << '\n'
                << tr("  rows        %1").arg(r.rows) << '\n'
                << tr("  usages      %1").arg(r.usages) << '\n'
                << tr("  revenue     %1").arg(r.revenue)
                << (r.revenueBasis == QLatin1String("allocated") ? tr(" (allocated from the summaries, not reported per row)")
                    : r.revenueBasis == QLatin1String("mixed")   ? tr(" (partly allocated from the summaries)")
                                                                  : QString()) << '\n'
                << (r.format == QLatin1String("ddex") ? tr("  format      DDEX flat file, MessageId %1").arg(r.messageId) + QLatin1Char('\n') : QString())
                << tr("  missing     title %1, artists %2, isrc %3, usages %4, revenue %5")
                       .arg(r.missingTitle).arg(r.missingArtists).arg(r.missingIsrc).arg(r.missingUsages).arg(r.missingRevenue) << '\n'
                << tr("  sha256      %1").arg(r.sha256) << '\n'
                << tr("  imported    %1 (%2 ms)").arg(r.importedAt.toString(Qt::ISODate)).arg(r.durationMs) << '\n'
                << tr("Validation report: %n warning(s)", nullptr, static_cast<int>(r.reportWarnings()))
                << tr(", %n error(s)", nullptr, static_cast<int>(r.errorCount)) << '\n';
    TextTable table({tr("LINE"), tr("SEVERITY"), tr("FIELD"), tr("MESSAGE")}, {true, false, false, false});
    for (const ReportEntry &e : entries)
        table.addRow({QString::number(e.line), ValidationText::severity(e.severity), e.where(), e.message()});
    if (!entries.isEmpty())
        table.print(context.out);
    if (entries.size() < total)
        context.out << tr("(%1 of %2 report lines shown; use --limit 0 for all)").arg(entries.size()).arg(total) << '\n';
    return Success;
}

int runDelete(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), tr("The DSR id."), QStringLiteral("ID"));
    if (!parseCommand(context, parser, QStringLiteral("delete"), "delete ID", 1, 1))
        return UsageError;
    qint64 id = 0;
    if (!parseId(context, parser.positionalArguments().constFirst(), id))
        return UsageError;
    DsrRepository repository(*context.database);
    const Status status = repository.remove(id);
    if (!status) {
        context.err << status.error() << '\n';
        return Failure;
    }
    context.out << tr("Deleted DSR %1 with its rows and report.").arg(id) << '\n';
    return Success;
}

} // namespace rd::cli
