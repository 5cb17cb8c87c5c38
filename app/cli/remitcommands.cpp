// The remittance commands: marketplaces, usage in, the sender, and the list.
#include "clicontext.h"
#include "cliutil.h"
#include "texttable.h"

#include "remit/marketplaces.h"
#include "remit/remittanceactions.h"
#include "remit/remittancebook.h"
#include "remit/remittancemonitor.h"
#include "remit/remittancesender.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <csignal>
#include <limits>

namespace rd::cli {
namespace {

volatile std::sig_atomic_t g_stop = 0;

Marketplaces marketplacesOf(const CliContext &context) { return Marketplaces(Marketplaces::pathFor(context.database->path())); }

int marketplace(CliContext &context, const QStringList &args)
{
    if (args.value(0) == QLatin1String("list")) {
        const auto all = marketplacesOf(context).list();
        if (!all)
            return fail(context, all.error());
        TextTable table({tr("NAME"), tr("URL"), tr("TOKEN"), tr("WINDOW H"), tr("MAX ATTEMPTS"), tr("BACKOFF MS")}, {false, false, false, true, true, true});
        for (const Marketplace &m : all.value()) // tokens are never printed
            table.addRow({m.name, m.url, m.token.isEmpty() ? tr("none") : tr("set"), QString::number(m.windowHours), QString::number(m.maxAttempts),
                          QString::number(m.backoffMs)});
        table.print(context.out);
        return Success;
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("name"), tr("The marketplace."), QStringLiteral("NAME"));
    parser.addOption({QStringLiteral("url"), tr("Where remittances are POSTed (http or https)."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("token-file"), tr("A file holding the bearer token."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("window-hours"), tr("The usage window (default 6)."), QStringLiteral("H"), QStringLiteral("6")});
    parser.addOption({QStringLiteral("max-attempts"), tr("Attempts before the dead-letter queue (default 5)."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("backoff-ms"), tr("The first retry delay (default 1000)."), QStringLiteral("MS"), QStringLiteral("1000")});
    CliContext sub = withArguments(context, args.mid(1));
    if (args.value(0) != QLatin1String("add")
        || !parseCommand(sub, parser, QStringLiteral("remit marketplace add"),
                         "remit marketplace add NAME --url URL [--token-file F] [--window-hours H] [--max-attempts N] [--backoff-ms MS] | remit marketplace list",
                         1, 1))
        return UsageError;
    Marketplace m;
    m.name = parser.positionalArguments().constFirst();
    m.url = parser.value(QStringLiteral("url"));
    m.windowHours = parser.value(QStringLiteral("window-hours")).toInt();
    m.maxAttempts = parser.value(QStringLiteral("max-attempts")).toInt();
    m.backoffMs = parser.value(QStringLiteral("backoff-ms")).toInt();
    if (parser.isSet(QStringLiteral("token-file"))) {
        QFile token(parser.value(QStringLiteral("token-file")));
        if (!token.open(QIODevice::ReadOnly))
            return fail(context, tr("cannot read %1: %2").arg(token.fileName(), token.errorString()));
        m.token = QString::fromUtf8(token.readAll()).trimmed();
    }
    const Status put = marketplacesOf(context).put(m);
    if (!put.ok())
        return fail(context, put.error());
    context.out << tr("marketplace %1 saved").arg(m.name) << '\n';
    return Success;
}

int ingest(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("package"), tr("Remit the net payable lines of this published package."), QStringLiteral("ID")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("CSV or JSON lines of {timestamp, marketplace, account, product, metric, value}."),
                                 QStringLiteral("[FILE]"));
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("remit ingest"), "remit ingest FILE | remit ingest --package ID", 0, 1))
        return UsageError;
    RemittanceBook book(*context.database);
    Expected<RemittanceBook::Added> added = Expected<RemittanceBook::Added>::failure(tr("give a file or --package ID"));
    if (parser.isSet(QStringLiteral("package"))) {
        added = book.addPackage(parser.value(QStringLiteral("package")).toLongLong());
    } else if (!parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().constFirst();
        const auto events = RemittanceBook::readEvents(path);
        if (!events)
            return fail(context, events.error());
        added = book.add(events.value(), path);
    }
    if (!added)
        return fail(context, added.error());
    context.out << tr("%1 usage event(s): %2 new remittance(s), %3 late event(s) moved to the next open window")
                       .arg(added->events)
                       .arg(added->remittances)
                       .arg(added->late)
                << '\n';
    return Success;
}

int run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("once"), tr("Send what is due now, then stop.")});
    parser.addOption({QStringLiteral("until-idle"), tr("Keep sending until nothing waits to be sent.")});
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("remit run"), "remit run [--once | --until-idle]", 0, 0))
        return UsageError;
    RemittanceSender sender(*context.database, marketplacesOf(context));
    if (const Status locked = sender.acquire(); !locked.ok())
        return fail(context, locked.error());
    std::signal(SIGINT, [](int) { g_stop = 1; });
    std::signal(SIGTERM, [](int) { g_stop = 1; });
    int total = 0;
    while (!g_stop) {
        const auto handled = sender.runOnce();
        if (!handled)
            return fail(context, handled.error());
        total += handled.value();
        if (parser.isSet(QStringLiteral("once")))
            break;
        const auto next = sender.nextDue();
        if (!next)
            return fail(context, next.error());
        if (!next.value() && parser.isSet(QStringLiteral("until-idle")))
            break;
        // Sleep until the next retry is due (at most a second, to notice new usage).
        const qint64 wait = next.value() ? std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(*next.value()), 0, 1000) : 1000;
        if (handled.value() == 0)
            QThread::msleep(ulong(std::max<qint64>(wait, 20)));
    }
    context.out << tr("%n remittance attempt(s) made", nullptr, total) << '\n';
    return Success;
}

int list(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("status"), tr("Only this status."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("marketplace"), tr("Only this marketplace."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("from"), tr("Hours from this time on (ISO 8601)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("to"), tr("Hours before this time (ISO 8601)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON, with every attempt.")});
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("remit list"), "remit list [--status S] [--marketplace M] [--from T] [--to T] [--json]", 0, 0))
        return UsageError;
    RemittanceFilter filter;
    filter.status = parser.value(QStringLiteral("status"));
    filter.marketplace = parser.value(QStringLiteral("marketplace"));
    filter.fromHour = parser.value(QStringLiteral("from"));
    filter.toHour = parser.value(QStringLiteral("to"));
    filter.newestFirst = false;
    filter.limit = std::numeric_limits<int>::max();
    RemittanceMonitor monitor(*context.database);
    const auto rows = monitor.list(filter);
    if (!rows)
        return fail(context, rows.error());
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray out;
    TextTable table({tr("ID"), tr("MARKETPLACE"), tr("ACCOUNT"), tr("PRODUCT"), tr("METRIC"), tr("HOUR"), tr("VALUE"), tr("STATUS"), tr("TRIES"), tr("WHY")},
                    {true, false, false, false, false, false, true, false, true, false});
    auto textOrNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    for (const RemittanceRow &r : *rows) {
        if (!json) {
            table.addRow({QString::number(r.id), r.marketplace, r.account, r.product, r.metric, r.hour, r.value, r.status,
                          QString::number(r.attempts), QString(r.errorCode + QLatin1Char(' ') + r.note).trimmed()});
            continue;
        }
        const auto attempts = monitor.attempts(r.id);
        if (!attempts)
            return fail(context, attempts.error());
        QJsonArray history;
        for (const AttemptRow &a : *attempts)
            history.append(QJsonObject{{QStringLiteral("at"), a.at.toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("http_status"), a.httpStatus ? QJsonValue(*a.httpStatus) : QJsonValue()},
                                       {QStringLiteral("error_code"), textOrNull(a.errorCode)},
                                       {QStringLiteral("message"), textOrNull(a.message)},
                                       {QStringLiteral("latency_ms"), a.latencyMs ? QJsonValue(*a.latencyMs) : QJsonValue()}});
        out.append(QJsonObject{{QStringLiteral("id"), r.id},                     {QStringLiteral("marketplace"), r.marketplace},
                               {QStringLiteral("account"), r.account},           {QStringLiteral("product"), r.product},
                               {QStringLiteral("metric"), r.metric},             {QStringLiteral("hour"), r.hour},
                               {QStringLiteral("value"), r.value},               {QStringLiteral("status"), r.status},
                               {QStringLiteral("attempts"), r.attempts},         {QStringLiteral("error_code"), textOrNull(r.errorCode)},
                               {QStringLiteral("note"), textOrNull(r.note)},
                               {QStringLiteral("idempotency_key"), r.idempotencyKey}, {QStringLiteral("correlation_id"), r.correlationId},
                               {QStringLiteral("history"), history}});
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(context.out, out);
    else
        table.print(context.out);
    return Success;
}

// An ISO 8601 time with a zone, or a day (its start, UTC).
bool parseTime(CliContext &context, const QString &text, const QString &what, QDateTime &time)
{
    time = text.size() == 10 ? QDate::fromString(text, Qt::ISODate).startOfDay(Qt::UTC) : QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && (text.size() == 10 || time.timeSpec() != Qt::LocalTime))
        return true;
    context.err << tr("%1: \"%2\" is not a day or an ISO 8601 time with a zone").arg(what, text) << '\n';
    return false;
}

bool parseIds(CliContext &context, const QStringList &texts, QList<qint64> &ids)
{
    for (const QString &t : texts) {
        bool ok = false;
        ids << t.toLongLong(&ok);
        if (!ok) {
            context.err << tr("\"%1\" is not a remittance id").arg(t) << '\n';
            return false;
        }
    }
    return true;
}

int report(CliContext &context, const Expected<int> &done, const char *what)
{
    if (!done)
        return fail(context, done.error());
    context.out << tr(what).arg(done.value()) << '\n';
    return Success;
}

int action(CliContext &context, const QString &name, const QStringList &args)
{
    QCommandLineParser parser;
    CliContext sub = withArguments(context, args);
    RemittanceActions actions(*context.database);
    if (name == QLatin1String("retry")) {
        parser.addPositionalArgument(QStringLiteral("ids"), tr("Failed remittances."), QStringLiteral("ID..."));
        QList<qint64> ids;
        if (!parseCommand(sub, parser, QStringLiteral("remit retry"), "remit retry ID...", 1, -1) || !parseIds(context, parser.positionalArguments(), ids))
            return UsageError;
        return report(context, actions.retry(ids), QT_TRANSLATE_NOOP("rd::cli", "%1 remittance(s) due again"));
    }
    if (name == QLatin1String("redrive")) {
        parser.addOption({QStringLiteral("all"), tr("Every dead letter.")});
        parser.addPositionalArgument(QStringLiteral("ids"), tr("Dead letters."), QStringLiteral("[ID...]"));
        QList<qint64> ids;
        if (!parseCommand(sub, parser, QStringLiteral("remit redrive"), "remit redrive (--all | ID...)", 0, -1)
            || !parseIds(context, parser.positionalArguments(), ids) || (ids.isEmpty() != parser.isSet(QStringLiteral("all")))) {
            context.err << tr("Usage: royaltydesk-cli remit redrive (--all | ID...)") << '\n';
            return UsageError;
        }
        return report(context, actions.redrive(ids), QT_TRANSLATE_NOOP("rd::cli", "%1 dead letter(s) re-driven"));
    }
    if (name == QLatin1String("reset")) {
        parser.addOption({QStringLiteral("product"), tr("The product."), QStringLiteral("P")});
        parser.addOption({QStringLiteral("start"), tr("From this hour (a day or an ISO 8601 time)."), QStringLiteral("T")});
        parser.addOption({QStringLiteral("end"), tr("Up to this hour, not included."), QStringLiteral("T")});
        parser.addOption({QStringLiteral("account"), tr("Only this account (repeatable)."), QStringLiteral("A")});
        QDateTime start, end;
        if (!parseCommand(sub, parser, QStringLiteral("remit reset"), "remit reset --product P --start T --end T (--account A)...", 0, 0)
            || !parseTime(context, parser.value(QStringLiteral("start")), QStringLiteral("--start"), start)
            || !parseTime(context, parser.value(QStringLiteral("end")), QStringLiteral("--end"), end))
            return UsageError;
        return report(context, actions.resetPending(parser.value(QStringLiteral("product")), start, end, parser.values(QStringLiteral("account"))),
                      QT_TRANSLATE_NOOP("rd::cli", "%1 pending remittance(s) reset to zero"));
    }
    if (name == QLatin1String("recalc")) {
        parser.addOption({QStringLiteral("start"), tr("From this hour (a day or an ISO 8601 time)."), QStringLiteral("T")});
        parser.addOption({QStringLiteral("end"), tr("Up to this hour, not included."), QStringLiteral("T")});
        QDateTime start, end;
        if (!parseCommand(sub, parser, QStringLiteral("remit recalc"), "remit recalc --start T --end T", 0, 0)
            || !parseTime(context, parser.value(QStringLiteral("start")), QStringLiteral("--start"), start)
            || !parseTime(context, parser.value(QStringLiteral("end")), QStringLiteral("--end"), end))
            return UsageError;
        return report(context, actions.recalculate(start, end), QT_TRANSLATE_NOOP("rd::cli", "%1 remittance(s) corrected"));
    }
    // reconcile
    parser.addOption({QStringLiteral("older-than-minutes"), tr("Stuck: no answer for this long (default 60)."), QStringLiteral("N"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("to"), tr("failed or unknown (default)."), QStringLiteral("STATUS"), QStringLiteral("unknown")});
    if (!parseCommand(sub, parser, QStringLiteral("remit reconcile"), "remit reconcile [--older-than-minutes N] [--to failed|unknown]", 0, 0))
        return UsageError;
    const QString to = parser.value(QStringLiteral("to"));
    if (to != QLatin1String("failed") && to != QLatin1String("unknown")) {
        context.err << tr("--to: failed or unknown, not \"%1\"").arg(to) << '\n';
        return UsageError;
    }
    return report(context, actions.reconcileStuck(parser.value(QStringLiteral("older-than-minutes")).toLongLong() * 60, to == QLatin1String("failed")),
                  QT_TRANSLATE_NOOP("rd::cli", "%1 stuck remittance(s) reconciled"));
}

} // namespace

int runRemit(CliContext &context)
{
    const QString sub = context.arguments.value(0);
    const QStringList rest = context.arguments.mid(1);
    if (sub == QLatin1String("marketplace"))
        return marketplace(context, rest);
    if (sub == QLatin1String("ingest"))
        return ingest(context, rest);
    if (sub == QLatin1String("run"))
        return run(context, rest);
    if (sub == QLatin1String("list"))
        return list(context, rest);
    if (QStringList{QStringLiteral("retry"), QStringLiteral("redrive"), QStringLiteral("reset"), QStringLiteral("recalc"), QStringLiteral("reconcile")}.contains(sub))
        return action(context, sub, rest);
    context.err << tr("usage: royaltydesk-cli remit marketplace|ingest|run|list|retry|redrive|reset|recalc|reconcile …") << '\n';
    return UsageError;
}

} // namespace rd::cli
