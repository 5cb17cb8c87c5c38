#include "clicontext.h"
#include "money/amounttext.h"

#include "cliprogress.h"
#include "cliutil.h"
#include "texttable.h"

#include "import/anyimporter.h"
#include "ingest/importfindings.h"
#include "rows/storedrows.h"
#include "storage/dsrversions.h"
#include "report/dsrjson.h"
#include "db/database.h"
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

QString valueText(const std::optional<qint64> &usages, const QString &revenue)
{
    return QStringLiteral("%1 / %2").arg(usages ? QString::number(*usages) : QStringLiteral("—"),
                                         revenue.isEmpty() ? QStringLiteral("—") : revenue);
}

// A re-delivery's changed rows, before and after (the first 50).
void printChanges(CliContext &context, const ImportResult &result)
{
    if (!result.changes)
        return;
    constexpr std::size_t kShown = 50;
    std::vector<qint64> ids;
    for (std::size_t i = 0; i < result.changes->size() && i < kShown; ++i)
        if (result.changes->at(i).rowId != 0)
            ids.push_back(result.changes->at(i).rowId);
    const auto before = readStoredRows(*context.database, ids);
    TextTable table({tr("CHANGE"), tr("LINE"), tr("DSP_ID"), tr("TITLE"), tr("BEFORE (usages / revenue)"), tr("AFTER")},
                    {false, true, false, false, false, false});
    for (std::size_t i = 0; i < result.changes->size() && i < kShown; ++i) {
        const RowChange &c = result.changes->at(i);
        const auto old = before.find(c.rowId);
        const QString kind = c.kind == RowChange::Kind::Created ? tr("created")
                             : c.kind == RowChange::Kind::Updated ? tr("updated") : tr("deleted");
        const QString line = c.after ? QString::number(c.after->line) : old != before.end() ? QString::number(old->second.line) : QString();
        const QString dspId = c.after ? QString::fromStdString(c.after->dspId) : old != before.end() ? old->second.dspId : QString();
        const QString title = c.after ? QString::fromStdString(c.after->title) : old != before.end() ? old->second.title : QString();
        const QString was = old != before.end() ? valueText(old->second.usages, old->second.revenue) : QString();
        const QString now = c.after ? valueText(c.after->usages ? std::optional<qint64>(*c.after->usages) : std::nullopt,
                                                c.after->revenue ? QString::fromStdString(c.after->revenue->toString()) : QString())
                                    : QString();
        table.addRow({kind, line, dspId, title, was, now});
    }
    table.print(context.out);
    if (result.changes->size() > kShown)
        context.out << tr("… and %n more change(s)", nullptr, int(result.changes->size() - kShown)) << '\n';
}

// The findings behind a refusal, as FILE:LINE: FIELD: message, and how many more there are.
void printFindings(QTextStream &stream, const QString &fileName, const ImportResult &result)
{
    for (const QString &line : ImportFindings::lines(result, fileName))
        stream << "  " << line << '\n';
    if (const QString more = ImportFindings::more(result, true); !more.isEmpty())
        stream << "  " << more << '\n';
}

void printImportResult(CliContext &context, const QString &path, const ImportResult &result)
{
    const QString name = QFileInfo(path).fileName();
    if (result.diff && (result.outcome == ImportResult::Outcome::DryRun || result.outcome == ImportResult::Outcome::Redelivery
                        || result.version > 0)) {
        const DiffSummary &d = *result.diff;
        const QString head = result.version > 0 ? tr("DSR %1  %2: version %3 applied").arg(result.dsrId).arg(name).arg(result.version)
                                                : tr("DSR %1  %2: re-delivery, not applied").arg(result.dsrId).arg(name);
        context.out << head << '\n'
                    << tr("  created %1  updated %2  deleted %3  unchanged %4").arg(d.created).arg(d.updated).arg(d.deleted).arg(d.unchanged) << '\n'
                    << tr("  revenue delta %1  usages delta %2").arg(QString::fromStdString(d.revenueDelta.toString())).arg(d.usagesDelta) << '\n';
        if (result.outcome != ImportResult::Outcome::Imported)
            printChanges(context, result);
        if (result.outcome == ImportResult::Outcome::Redelivery)
            context.err << tr("error: %1").arg(result.error) << '\n';
        return;
    }
    if (result.outcome == ImportResult::Outcome::DryRun) {
        context.out << tr("%1: dry run, nothing written").arg(name) << '\n'
                    << tr("  would import rows %1  usages %2  revenue %3")
                           .arg(result.totals.rows)
                           .arg(result.totals.usages)
                           .arg(QString::fromStdString(result.totals.revenue.toString()))
                    << '\n'
                    << tr("  warnings %1  errors %2").arg(result.totals.warnings + result.totals.rowsWithMissing).arg(result.totals.errors)
                    << '\n';
        printFindings(context.out, name, result);
        return;
    }
    if (!result.ok()) {
        // Every failure names its file, also when the cause (a full disk, say) knows nothing of it.
        context.err << tr("error: %1").arg(result.error.contains(name) ? result.error : tr("%1: %2").arg(name, result.error)) << '\n';
        printFindings(context.err, name, result);
        if (result.dsrId != 0 && result.outcome == ImportResult::Outcome::Failed && result.findingCount <= result.findings.size())
            context.err << tr("  the attempt is recorded as DSR %1; see: royaltydesk-cli dsr %1").arg(result.dsrId) << '\n';
        return;
    }
    context.out << tr("DSR %1  %2").arg(result.dsrId).arg(name) << '\n'
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

// What was known about a DSR on a day: the version then in force and its totals, with the history.
int showAsOf(CliContext &context, const DsrRecord &r, const QString &dayText, bool asJson)
{
    const QDate day = QDate::fromString(dayText, Qt::ISODate);
    if (!day.isValid()) {
        context.err << tr("\"%1\" is not a date (YYYY-MM-DD)").arg(dayText) << '\n';
        return UsageError;
    }
    DsrVersions versions(*context.database);
    const auto known = versions.asOf(r.id, day);
    const auto history = versions.list(r.id);
    if (!known || !history) {
        context.err << (known ? history.error() : known.error()) << '\n';
        return Failure;
    }
    if (asJson) {
        QJsonArray all;
        for (const DsrVersion &v : history.value())
            all.append(json::dsrVersion(v));
        QJsonObject o{{QStringLiteral("id"), r.id}, {QStringLiteral("as_of"), day.toString(Qt::ISODate)},
                      {QStringLiteral("known"), known.value() ? QJsonValue(json::dsrVersion(*known.value())) : QJsonValue()},
                      {QStringLiteral("versions"), all}};
        printJson(context.out, o);
        return Success;
    }
    if (!known.value()) {
        context.out << tr("DSR %1 was not known yet on %2 (first imported %3).")
                           .arg(r.id).arg(day.toString(Qt::ISODate), r.importedAt.toString(Qt::ISODate)) << '\n';
    } else {
        const DsrVersion &v = *known.value();
        context.out << tr("DSR %1 as known on %2: version %3 of %4").arg(r.id).arg(day.toString(Qt::ISODate)).arg(v.version).arg(r.version) << '\n'
                    << tr("  file        %1").arg(v.fileName) << '\n'
                    << tr("  sha256      %1").arg(v.sha256) << '\n'
                    << tr("  applied     %1").arg(v.appliedAt.toString(Qt::ISODate)) << '\n'
                    << tr("  rows        %1").arg(v.rows) << '\n'
                    << tr("  usages      %1").arg(v.usages) << '\n'
                    << tr("  revenue     %1 %2").arg(v.revenue, r.currency) << '\n';
    }
    TextTable table({tr("VERSION"), tr("APPLIED"), tr("FILE"), tr("ROWS"), tr("USAGES"), tr("REVENUE"), tr("CREATED"),
                     tr("UPDATED"), tr("DELETED"), tr("REVENUE DELTA")},
                    {true, false, false, true, true, true, true, true, true, true});
    for (const DsrVersion &v : history.value())
        table.addRow({QString::number(v.version), v.appliedAt.toString(Qt::ISODate), v.fileName, QString::number(v.rows),
                      QString::number(v.usages), v.revenue, QString::number(v.created), QString::number(v.updated),
                      QString::number(v.deleted), v.revenueDelta});
    table.print(context.out);
    return Success;
}

} // namespace

int runImport(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("strict"), tr("Reject a file if any row has an error.")});
    parser.addOption({QStringLiteral("json"), tr("Print the results as JSON.")});
    parser.addOption({QStringLiteral("replace"), tr("Apply a re-delivery (a file for an imported report) as the report's next version.")});
    parser.addOption({QStringLiteral("dry-run"), tr("Validate the files and print what importing them would do, without writing anything.")});
    parser.addPositionalArgument(QStringLiteral("files"), tr("DSR files: simple TSV or DDEX flat files (.tsv or .tsv.gz)."), QStringLiteral("FILE..."));
    if (!parseCommand(context, parser, QStringLiteral("import"), "import [--strict] [--replace | --dry-run] [--json] FILE...", 1, -1))
        return UsageError;

    ImportOptions options;
    options.strict = parser.isSet(QStringLiteral("strict"));
    options.replace = parser.isSet(QStringLiteral("replace"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (options.replace && options.dryRun) {
        context.err << tr("--replace and --dry-run exclude each other") << '\n';
        return UsageError;
    }
    const bool asJson = parser.isSet(QStringLiteral("json"));
    CliProgress::installInterruptHandler();
    AnyImporter importer(*context.database);
    QJsonArray results;
    int exitCode = Success;
    for (const QString &path : parser.positionalArguments()) {
        CliProgress progress(QFileInfo(path).fileName());
        for (const ImportResult &result : importer.importFile(path, options, &progress)) {
            if (!result.ok() && result.outcome != ImportResult::Outcome::DryRun)
                exitCode = Failure;
            if (asJson)
                results.append(json::importResult(result));
            else
                printImportResult(context, path, result);
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
                      r.currency, formatCount(r.rows), formatCount(r.usages), formatAmount(r.revenue),
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
    parser.addOption({QStringLiteral("as-of"), tr("Show the version that was known on this day (YYYY-MM-DD), and the history."),
                      QStringLiteral("DATE")});
    parser.addPositionalArgument(QStringLiteral("id"), tr("The DSR id."), QStringLiteral("ID"));
    if (!parseCommand(context, parser, QStringLiteral("dsr"), "dsr ID [--json] [--limit N] [--as-of YYYY-MM-DD]", 1, 1))
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
    if (parser.isSet(QStringLiteral("as-of")))
        return showAsOf(context, r, parser.value(QStringLiteral("as-of")), parser.isSet(QStringLiteral("json")));

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
                << tr("  status      %1").arg(statusText(r) + (r.statusReason.isEmpty() ? QString() : QStringLiteral(" — ") + r.statusReason)) << '\n'
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
                << (r.version > 1 ? tr("  version     %1 (re-delivered; the history: dsr %2 --as-of DATE)").arg(r.version).arg(r.id) + QLatin1Char('\n') : QString())
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
