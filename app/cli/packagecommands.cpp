// The package commands: create, adjust, advance, build, export, verify, publish, retract, list and show.
#include "clicontext.h"
#include "cliutil.h"
#include "texttable.h"

#include "copies/packagecopies.h"
#include "money/amounttext.h"
#include "packages/packagestore.h"
#include "packages/packagetotals.h"
#include "packages/packagezip.h"
#include "packages/residualbuilder.h"
#include "pdf/statementpdf.h"
#include "db/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd::cli {
namespace {

bool parsePackageId(CliContext &context, const QString &text, qint64 &id)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    if (ok && id > 0)
        return true;
    context.err << tr("\"%1\" is not a package id").arg(text) << '\n';
    return false;
}

bool parseDecimal(CliContext &context, const QString &option, const QString &text, Decimal &value)
{
    if (Decimal::parse(text.toStdString(), value) == Decimal::ParseResult::Exact)
        return true;
    context.err << tr("--%1: \"%2\" is not an exact decimal").arg(option, text) << '\n';
    return false;
}

QJsonObject packageJson(const Package &p)
{
    QJsonArray adjustments, advances;
    for (const Adjustment &a : p.adjustments)
        adjustments.append(QJsonObject{{QStringLiteral("id"), a.id},
                                       {QStringLiteral("kind"), a.kind == Adjustment::Kind::Percent ? QStringLiteral("percent") : QStringLiteral("amount")},
                                       {QStringLiteral("value"), QString::fromStdString(a.value.toString())},
                                       {QStringLiteral("currency"), a.currency.isEmpty() ? QJsonValue() : QJsonValue(a.currency)},
                                       {QStringLiteral("scope"), a.scope == Adjustment::Scope::Package ? QStringLiteral("package")
                                                                 : a.scope == Adjustment::Scope::Territory ? QStringLiteral("territory")
                                                                                                             : QStringLiteral("resource")},
                                       {QStringLiteral("scope_value"), a.scopeValue},
                                       {QStringLiteral("reason"), a.reason}});
    for (const Advance &a : p.advances)
        advances.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("holder"), a.holder},
                                    {QStringLiteral("amount"), QString::fromStdString(a.amount.toString())}, {QStringLiteral("currency"), a.currency}});
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("state"), Package::stateName(p.state)},
                       {QStringLiteral("version"), p.version},
                       {QStringLiteral("territories"), QJsonArray::fromStringList(p.partition.territories)},
                       {QStringLiteral("period_start"), p.partition.periodStart.toString(Qt::ISODate)},
                       {QStringLiteral("period_end"), p.partition.periodEnd.toString(Qt::ISODate)},
                       {QStringLiteral("dsps"), QJsonArray::fromStringList(p.partition.dsps)},
                       {QStringLiteral("offers"), QJsonArray::fromStringList(p.partition.offers)},
                       {QStringLiteral("created_at"), p.createdAt.toString(Qt::ISODate)},
                       {QStringLiteral("created_by"), p.createdBy},
                       {QStringLiteral("stale_reason"), p.staleReason.isEmpty() ? QJsonValue() : QJsonValue(p.staleReason)},
                       {QStringLiteral("adjustments"), adjustments},
                       {QStringLiteral("advances"), advances}};
}

int create(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("name"), tr("The package's name."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("territory"), tr("A territory of the partition (repeatable)."), QStringLiteral("CC")});
    parser.addOption({QStringLiteral("period-start"), tr("First day of the partition."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("period-end"), tr("Last day of the partition."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("dsp"), tr("Only this DSP (repeatable)."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("offer"), tr("Only this offer (repeatable)."), QStringLiteral("X")});
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("package create"),
                      "package create --name N [--territory CC]... --period-start D --period-end D [--dsp X]... [--offer X]...", 0, 0))
        return UsageError;
    Partition p;
    for (const QString &t : parser.values(QStringLiteral("territory")))
        p.territories << t.toUpper();
    p.periodStart = QDate::fromString(parser.value(QStringLiteral("period-start")), Qt::ISODate);
    p.periodEnd = QDate::fromString(parser.value(QStringLiteral("period-end")), Qt::ISODate);
    p.dsps = parser.values(QStringLiteral("dsp"));
    p.offers = parser.values(QStringLiteral("offer"));
    const auto id = PackageStore(*context.database).create(parser.value(QStringLiteral("name")), p);
    if (!id)
        return fail(context, id.error());
    context.out << id.value() << '\n';
    return Success;
}

// The package id (first positional) of a subcommand, parsed with its options.
bool parseWithId(CliContext &context, QCommandLineParser &parser, const QStringList &args, const QString &name, const char *usage,
                 qint64 &id, int positionals = 1)
{
    parser.addPositionalArgument(QStringLiteral("id"), tr("The package id."), QStringLiteral("ID"));
    CliContext sub = withArguments(context, args);
    return parseCommand(sub, parser, name, usage, positionals, positionals)
        && parsePackageId(context, parser.positionalArguments().constFirst(), id);
}

int adjust(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("amount"), tr("An exact amount (with --currency)."), QStringLiteral("A")});
    parser.addOption({QStringLiteral("currency"), tr("The amount's currency."), QStringLiteral("CUR")});
    parser.addOption({QStringLiteral("percent"), tr("A percentage of the scope's revenue."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("resource"), tr("Only this resource (ISRC or dsp_id)."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("territory"), tr("Only this territory."), QStringLiteral("CC")});
    parser.addOption({QStringLiteral("reason"), tr("Why (required)."), QStringLiteral("TEXT")});
    qint64 id = 0;
    if (!parseWithId(context, parser, args, QStringLiteral("package adjust"),
                     "package adjust ID (--amount A --currency C | --percent P) [--resource R | --territory CC] --reason TEXT", id))
        return UsageError;
    Adjustment a;
    const bool amount = parser.isSet(QStringLiteral("amount")), percent = parser.isSet(QStringLiteral("percent"));
    if (amount == percent) {
        context.err << tr("give either --amount or --percent") << '\n';
        return UsageError;
    }
    a.kind = amount ? Adjustment::Kind::Amount : Adjustment::Kind::Percent;
    if (!parseDecimal(context, amount ? QStringLiteral("amount") : QStringLiteral("percent"),
                      parser.value(amount ? QStringLiteral("amount") : QStringLiteral("percent")), a.value))
        return UsageError;
    a.currency = parser.value(QStringLiteral("currency")).toUpper();
    if (parser.isSet(QStringLiteral("resource")) && parser.isSet(QStringLiteral("territory"))) {
        context.err << tr("give --resource or --territory, not both") << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("resource"))) {
        a.scope = Adjustment::Scope::Resource;
        a.scopeValue = parser.value(QStringLiteral("resource"));
    } else if (parser.isSet(QStringLiteral("territory"))) {
        a.scope = Adjustment::Scope::Territory;
        a.scopeValue = parser.value(QStringLiteral("territory")).toUpper();
    }
    a.reason = parser.value(QStringLiteral("reason"));
    const auto added = PackageStore(*context.database).addAdjustment(id, a);
    if (!added)
        return fail(context, added.error());
    context.out << tr("adjustment %1 added to package %2").arg(added.value()).arg(id) << '\n';
    return Success;
}

int advance(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("holder"), tr("The rights holder."), QStringLiteral("H")});
    parser.addOption({QStringLiteral("amount"), tr("The amount advanced."), QStringLiteral("A")});
    parser.addOption({QStringLiteral("currency"), tr("Its currency."), QStringLiteral("C")});
    qint64 id = 0;
    if (!parseWithId(context, parser, args, QStringLiteral("package advance"), "package advance ID --holder H --amount A --currency C", id))
        return UsageError;
    Advance a;
    a.holder = parser.value(QStringLiteral("holder"));
    a.currency = parser.value(QStringLiteral("currency")).toUpper();
    if (!parseDecimal(context, QStringLiteral("amount"), parser.value(QStringLiteral("amount")), a.amount))
        return UsageError;
    const auto added = PackageStore(*context.database).addAdvance(id, a);
    if (!added)
        return fail(context, added.error());
    context.out << tr("advance %1 added to package %2").arg(added.value()).arg(id) << '\n';
    return Success;
}

int build(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    qint64 id = 0;
    if (!parseWithId(context, parser, args, QStringLiteral("package build"), "package build ID", id))
        return UsageError;
    const auto version = ResidualBuilder::build(*context.database, id);
    if (!version)
        return fail(context, version.error());
    context.out << tr("package %1 built: version %2").arg(id).arg(version.value()) << '\n';
    return Success;
}

void printCopies(CliContext &context, PackageCopies &copies, qint64 id)
{
    const auto states = copies.states(id);
    if (!states)
        return;
    for (const CopyState &s : states.value())
        context.out << "  " << s.target << "  " << s.state << (s.reason.isEmpty() ? QString() : QLatin1String(": ") + s.reason)
                    << (s.retractionState.isEmpty() ? QString() : QLatin1String("  ") + tr("retraction record %1").arg(s.retractionState)) << '\n';
}

int copiesCommand(CliContext &context, const QStringList &args, const QString &action)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    qint64 id = 0;
    const QByteArray usage = "package " + action.toLatin1() + " ID" + (action == QLatin1String("copies") ? " [--json]" : "");
    if (!parseWithId(context, parser, args, QStringLiteral("package ") + action, usage.constData(), id))
        return UsageError;
    PackageCopies copies(*context.database, &ui::StatementPdf::render);
    Status done;
    if (action == QLatin1String("recopy"))
        done = copies.copy(id);
    else if (action == QLatin1String("reverify"))
        done = copies.reverify(id);
    const auto states = copies.states(id);
    if (!states)
        return fail(context, states.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const CopyState &s : states.value())
            out.append(QJsonObject{{QStringLiteral("target_id"), s.targetId}, {QStringLiteral("target"), s.target},
                                   {QStringLiteral("name"), s.name}, {QStringLiteral("sha256"), s.sha256},
                                   {QStringLiteral("state"), s.state}, {QStringLiteral("reason"), s.reason.isEmpty() ? QJsonValue() : QJsonValue(s.reason)},
                                   {QStringLiteral("attempts"), s.attempts},
                                   {QStringLiteral("verified_at"), s.verifiedAt.isValid() ? QJsonValue(s.verifiedAt.toString(Qt::ISODate)) : QJsonValue()},
                                   {QStringLiteral("retraction_state"), s.retractionState.isEmpty() ? QJsonValue() : QJsonValue(s.retractionState)}});
        printJson(context.out, out);
    } else {
        printCopies(context, copies, id);
    }
    return done.ok() ? Success : fail(context, done.error());
}

int exportZip(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    qint64 id = 0;
    if (!parseWithId(context, parser, args, QStringLiteral("package export"), "package export ID OUT.zip", id, 2))
        return UsageError;
    const QString out = parser.positionalArguments().value(1);
    const Status written = PackageZip::write(*context.database, id, out, &ui::StatementPdf::render);
    if (!written.ok())
        return fail(context, written.error());
    context.out << tr("package %1 exported to %2").arg(id).arg(out) << '\n';
    return Success;
}

int verify(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The package zip."), QStringLiteral("FILE.zip"));
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("package verify"), "package verify FILE.zip [--json]", 1, 1))
        return UsageError;
    const PackageZip::Verification v = PackageZip::verify(parser.positionalArguments().constFirst());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray entries;
        for (const auto &[name, ok] : v.entries)
            entries.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("ok"), ok}});
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), v.ok},
                                                 {QStringLiteral("entries"), entries},
                                                 {QStringLiteral("errors"), QJsonArray::fromStringList(v.errors)}})
                           .toJson(QJsonDocument::Indented);
    } else {
        for (const auto &[name, ok] : v.entries)
            context.out << (ok ? tr("OK      %1") : tr("FAILED  %1")).arg(name) << '\n';
        for (const QString &e : v.errors)
            context.err << tr("error: %1").arg(e) << '\n';
        context.out << (v.ok ? tr("the package verifies") : tr("the package does NOT verify")) << '\n';
    }
    return v.ok ? Success : Failure;
}

int publish(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    qint64 id = 0;
    if (!parseWithId(context, parser, args, QStringLiteral("package publish"), "package publish ID", id))
        return UsageError;
    PackageCopies copies(*context.database, &ui::StatementPdf::render);
    const Status done = copies.publish(id);
    const auto found = PackageStore(*context.database).find(id);
    const bool published = found && found.value() && found.value()->state == Package::State::Published;
    if (published)
        context.out << tr("package %1 published").arg(id) << '\n';
    printCopies(context, copies, id);
    return done.ok() ? Success : fail(context, done.error());
}

int retract(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("reason"), tr("Why (required)."), QStringLiteral("TEXT")});
    qint64 id = 0;
    if (!parseWithId(context, parser, args, QStringLiteral("package retract"), "package retract ID --reason TEXT", id))
        return UsageError;
    PackageCopies copies(*context.database, &ui::StatementPdf::render);
    const Status done = copies.retract(id, parser.value(QStringLiteral("reason")));
    const auto found = PackageStore(*context.database).find(id);
    if (found && found.value() && found.value()->state == Package::State::Retracted)
        context.out << tr("package %1 retracted").arg(id) << '\n';
    return done.ok() ? Success : fail(context, done.error());
}

int list(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print the list as JSON.")});
    CliContext sub = withArguments(context, args);
    if (!parseCommand(sub, parser, QStringLiteral("package list"), "package list [--json]", 0, 0))
        return UsageError;
    const auto packages = PackageStore(*context.database).list();
    if (!packages)
        return fail(context, packages.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const Package &p : packages.value())
            out.append(packageJson(p));
        printJson(context.out, out);
        return Success;
    }
    TextTable table({tr("ID"), tr("NAME"), tr("STATE"), tr("VERSION"), tr("TERRITORIES"), tr("PERIOD")}, {true, false, false, true, false, false});
    for (const Package &p : packages.value())
        table.addRow({QString::number(p.id), p.name, Package::stateName(p.state), QString::number(p.version),
                      p.partition.territories.join(QLatin1Char(',')),
                      p.partition.periodStart.toString(Qt::ISODate) + QStringLiteral("..") + p.partition.periodEnd.toString(Qt::ISODate)});
    table.print(context.out);
    return Success;
}

int show(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print the package as JSON.")});
    qint64 id = 0;
    if (!parseWithId(context, parser, args, QStringLiteral("package show"), "package show ID [--json]", id))
        return UsageError;
    PackageStore store(*context.database);
    const auto found = store.find(id);
    if (!found)
        return fail(context, found.error());
    if (!found.value())
        return fail(context, tr("There is no package %1").arg(id));
    const Package &p = *found.value();
    const auto lines = store.lines(id, p.version);
    const auto ledger = store.ledger(id, p.version);
    const auto audit = store.audit(id);
    if (!lines || !ledger || !audit)
        return fail(context, !lines ? lines.error() : !ledger ? ledger.error() : audit.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = packageJson(p);
        QJsonArray lineArray, ledgerArray, auditArray;
        for (const ResidualLine &l : lines.value())
            lineArray.append(QJsonObject{{QStringLiteral("line"), l.lineNo}, {QStringLiteral("holder"), l.holder.isEmpty() ? QJsonValue() : QJsonValue(l.holder)},
                                         {QStringLiteral("territory"), l.territory}, {QStringLiteral("resource_id"), l.resourceId},
                                         {QStringLiteral("isrc"), l.isrc}, {QStringLiteral("dsp_id"), l.dspId}, {QStringLiteral("title"), l.title},
                                         {QStringLiteral("currency"), l.currency}, {QStringLiteral("share"), l.share},
                                         {QStringLiteral("revenue"), l.revenue}, {QStringLiteral("adjustment"), l.adjustment},
                                         {QStringLiteral("recouped"), l.recouped}, {QStringLiteral("net"), l.net},
                                         {QStringLiteral("base_revenue"), l.baseRevenue.isEmpty() ? QJsonValue() : QJsonValue(l.baseRevenue)},
                                         {QStringLiteral("base_adjustment"), l.baseAdjustment.isEmpty() ? QJsonValue() : QJsonValue(l.baseAdjustment)},
                                         {QStringLiteral("base_recouped"), l.baseRecouped.isEmpty() ? QJsonValue() : QJsonValue(l.baseRecouped)},
                                         {QStringLiteral("base_net"), l.baseNet.isEmpty() ? QJsonValue() : QJsonValue(l.baseNet)},
                                         {QStringLiteral("overclaimed"), l.overclaimed}});
        for (const LedgerEntry &e : ledger.value())
            ledgerArray.append(QJsonObject{{QStringLiteral("holder"), e.holder}, {QStringLiteral("currency"), e.currency},
                                           {QStringLiteral("opening"), e.opening}, {QStringLiteral("advanced"), e.advanced},
                                           {QStringLiteral("recouped"), e.recouped}, {QStringLiteral("closing"), e.closing}});
        for (const AuditEntry &e : audit.value())
            auditArray.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)}, {QStringLiteral("who"), e.who},
                                          {QStringLiteral("action"), e.action}, {QStringLiteral("detail"), e.detail},
                                          {QStringLiteral("reason"), e.reason.isEmpty() ? QJsonValue() : QJsonValue(e.reason)}});
        o.insert(QStringLiteral("lines"), lineArray);
        o.insert(QStringLiteral("ledger"), ledgerArray);
        o.insert(QStringLiteral("audit"), auditArray);
        printJson(context.out, o);
        return Success;
    }
    context.out << tr("Package %1: %2 (%3, version %4)").arg(p.id).arg(p.name, Package::stateName(p.state)).arg(p.version) << '\n'
                << tr("  partition   %1, %2 to %3").arg(p.partition.territories.join(QLatin1String(", ")), p.partition.periodStart.toString(Qt::ISODate),
                                                       p.partition.periodEnd.toString(Qt::ISODate)) << '\n';
    if (!p.staleReason.isEmpty())
        context.out << tr("  STALE       %1").arg(p.staleReason) << '\n';
    // Amounts in the one number format (grouped, 2 decimals; --json has them exact); overclaimed tracks are marked.
    const QString base = p.baseCurrency.isEmpty() ? tr("base") : p.baseCurrency;
    TextTable table({tr("LINE"), tr("HOLDER"), tr("TERRITORY"), tr("ISRC"), tr("CURRENCY"), tr("SHARE %"), tr("REVENUE"), tr("ADJUSTMENT"),
                     tr("RECOUPED"), tr("NET"), tr("NET (%1)").arg(base), tr("CLAIMS")},
                    {true, false, false, false, false, true, true, true, true, true, true, false});
    for (const ResidualLine &l : lines.value())
        table.addRow({formatCount(l.lineNo), l.holder.isEmpty() ? tr("(unallocated)") : l.holder, l.territory, l.isrc, l.currency,
                      formatAmount(l.share, 4), formatAmount(l.revenue), formatAmount(l.adjustment), formatAmount(l.recouped),
                      formatAmount(l.net), l.baseNet.isEmpty() ? tr("no rate") : formatAmount(l.baseNet),
                      l.overclaimed ? tr("OVERCLAIMED") : QString()});
    table.print(context.out);
    context.out << tr("Totals per currency") << '\n';
    TextTable totals({tr("CURRENCY"), tr("LINES"), tr("REVENUE"), tr("ADJUSTMENTS"), tr("RECOUPED"), tr("NET PAYABLE"), tr("OVERCLAIMED")},
                     {false, true, true, true, true, true, true});
    for (const CurrencyTotals &t : totalsByCurrency(lines.value()))
        totals.addRow({t.currency, formatCount(t.lines), formatSum(t.revenue), formatSum(t.adjustment), formatSum(t.recouped),
                       formatSum(t.net), formatCount(t.overclaimedLines)});
    totals.print(context.out);
    context.out << tr("Audit log") << '\n';
    TextTable log({tr("WHEN"), tr("WHO"), tr("ACTION"), tr("WHAT"), tr("WHY")}, {false, false, false, false, false});
    for (const AuditEntry &e : audit.value())
        log.addRow({e.at.toString(Qt::ISODate), e.who, e.action, e.detail, e.reason});
    log.print(context.out);
    return Success;
}

} // namespace

int runPackage(CliContext &context)
{
    const QStringList args = context.arguments;
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("create"))
        return create(context, rest);
    if (sub == QLatin1String("adjust"))
        return adjust(context, rest);
    if (sub == QLatin1String("advance"))
        return advance(context, rest);
    if (sub == QLatin1String("build"))
        return build(context, rest);
    if (sub == QLatin1String("export"))
        return exportZip(context, rest);
    if (sub == QLatin1String("verify"))
        return verify(context, rest);
    if (sub == QLatin1String("copies") || sub == QLatin1String("recopy") || sub == QLatin1String("reverify"))
        return copiesCommand(context, rest, sub);
    if (sub == QLatin1String("publish"))
        return publish(context, rest);
    if (sub == QLatin1String("retract"))
        return retract(context, rest);
    if (sub == QLatin1String("list"))
        return list(context, rest);
    if (sub == QLatin1String("show"))
        return show(context, rest);
    context.err << tr("usage: royaltydesk-cli package create|adjust|advance|build|export|verify|publish|retract|copies|recopy|reverify|list|show …") << '\n';
    return UsageError;
}

} // namespace rd::cli
