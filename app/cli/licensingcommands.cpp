// The licensing commands: rights import, licensed, timeline, overclaims and exposure.
#include "clicontext.h"
#include "money/amounttext.h"
#include "cliprogress.h"
#include "cliutil.h"
#include "texttable.h"

#include "currency/exchangerates.h"
#include "formats/isrc.h"
#include "licensing/claimscsv.h"
#include "licensing/claimstore.h"
#include "licensing/licensingreports.h"
#include "db/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rd::cli {
namespace {

constexpr int kTextDecimals = 2;
constexpr int kJsonDecimals = 10;

QString shareText(const DecimalSum &share) { return QString::fromStdString(share.toString()); }
QJsonValue dateJson(const std::optional<QDate> &d) { return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(); }

bool parseIsrc(CliContext &context, const QString &text, QString &isrc)
{
    char normalized[isrc::kLength];
    if (!isrc::normalize(text.toStdString(), normalized)) {
        context.err << tr("\"%1\" is not an ISRC").arg(text) << '\n';
        return false;
    }
    isrc = QString::fromLatin1(normalized, isrc::kLength);
    return true;
}

// --as-of the claims: the known-on date (default today).
bool parseKnownOn(CliContext &context, const QCommandLineParser &parser, QDate &knownOn)
{
    knownOn = QDate::currentDate();
    return !parser.isSet(QStringLiteral("as-known-on"))
        || parseDate(context, parser.value(QStringLiteral("as-known-on")), QStringLiteral("--as-known-on"), knownOn);
}

QJsonObject claimJson(const Claim &c)
{
    QJsonObject o{{QStringLiteral("rights_holder"), c.rightsHolder},
                  {QStringLiteral("share"), QString::fromStdString(c.share.toString())},
                  {QStringLiteral("territory"), c.territory},
                  {QStringLiteral("valid_from"), c.validFrom.toString(Qt::ISODate)},
                  {QStringLiteral("valid_to"), dateJson(c.validTo)},
                  {QStringLiteral("known_from"), c.knownFrom.toString(Qt::ISODate)},
                  {QStringLiteral("known_to"), dateJson(c.knownTo)},
                  {QStringLiteral("source"), c.source}};
    if (c.dsrId != 0)
        o.insert(QStringLiteral("dsr"), c.dsrId);
    else
        o.insert(QStringLiteral("file"), c.fileName);
    o.insert(QStringLiteral("line"), c.line);
    return o;
}

QJsonObject usageJson(QJsonObject o, const UsageTotals &u, const QString &base)
{
    o.insert(QStringLiteral("usages"), u.usages);
    o.insert(QStringLiteral("revenue"), QString::fromStdString(u.revenue.toString(kJsonDecimals)));
    o.insert(QStringLiteral("currency"), base);
    if (!u.withoutRate.isEmpty())
        o.insert(QStringLiteral("revenue_excludes"), QJsonArray::fromStringList(u.withoutRate));
    return o;
}

void addWindowOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("territory"), tr("Only this territory."), QStringLiteral("CC")});
    parser.addOption({QStringLiteral("from"), tr("From this day (YYYY-MM-DD)."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("to"), tr("Up to this day (YYYY-MM-DD)."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("as-known-on"), tr("The claims as known on this day (default today)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
}

bool readWindow(CliContext &context, const QCommandLineParser &parser, ReportWindow &window)
{
    window.territory = parser.value(QStringLiteral("territory")).toUpper();
    return (!parser.isSet(QStringLiteral("from")) || parseDate(context, parser.value(QStringLiteral("from")), QStringLiteral("--from"), window.from))
        && (!parser.isSet(QStringLiteral("to")) || parseDate(context, parser.value(QStringLiteral("to")), QStringLiteral("--to"), window.to))
        && parseKnownOn(context, parser, window.knownOn);
}

QString baseCurrency(CliContext &context)
{
    const auto base = ExchangeRates(*context.database).baseCurrency();
    return base ? *base : QString();
}

QString usageNote(const UsageTotals &u)
{
    return u.withoutRate.isEmpty() ? QString() : tr(" (without %1: no rate)").arg(u.withoutRate.join(QLatin1String(", ")));
}

} // namespace

int runRights(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("import"), tr("import"), QStringLiteral("import"));
    parser.addPositionalArgument(QStringLiteral("files"), tr("Licensing CSV files."), QStringLiteral("FILE..."));
    if (!parseCommand(context, parser, QStringLiteral("rights"), "rights import FILE...", 2, -1))
        return UsageError;
    QStringList args = parser.positionalArguments();
    if (args.takeFirst() != QLatin1String("import")) {
        context.err << tr("usage: royaltydesk-cli rights import FILE...") << '\n';
        return UsageError;
    }
    int status = Success;
    for (const QString &path : args) {
        const auto file = ClaimsCsv::read(path, QDate::currentDate());
        const auto imported = file ? ClaimStore(*context.database).importFile(file.value()) : Expected<ClaimStore::Imported>::failure(file.error());
        if (!imported) {
            context.err << imported.error() << '\n';
            status = Failure;
            continue;
        }
        context.out << tr("%1: %n claim(s) imported (rights import %2)", nullptr, imported->claims).arg(path).arg(imported->importId) << '\n';
    }
    return status;
}

int runLicensed(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("isrc"), tr("The track."), QStringLiteral("ISRC"));
    parser.addPositionalArgument(QStringLiteral("territory"), tr("ISO territory code."), QStringLiteral("TERRITORY"));
    parser.addPositionalArgument(QStringLiteral("date"), tr("The day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    parser.addOption({QStringLiteral("as-known-on"), tr("The claims as known on this day (default today)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("right-type"), tr("recording (default) or publishing."), QStringLiteral("T"), QStringLiteral("recording")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    if (!parseCommand(context, parser, QStringLiteral("licensed"),
                      "licensed ISRC TERRITORY DATE [--as-known-on DATE] [--right-type T] [--json]", 3, 3))
        return UsageError;
    const QStringList args = parser.positionalArguments();
    QString isrc;
    QDate day, knownOn;
    const QString territory = args[1].toUpper();
    const QString rightType = parser.value(QStringLiteral("right-type")).toLower();
    if (!parseIsrc(context, args[0], isrc) || !parseDate(context, args[2], QStringLiteral("DATE"), day) || !parseKnownOn(context, parser, knownOn))
        return UsageError;
    if (rightType != QLatin1String("recording") && rightType != QLatin1String("publishing")) {
        context.err << tr("--right-type: \"%1\" is not recording or publishing").arg(rightType) << '\n';
        return UsageError;
    }
    const auto claims = ClaimStore(*context.database).forTrack(isrc, territory, rightType);
    if (!claims) {
        context.err << claims.error() << '\n';
        return Failure;
    }
    const LicensedShare share = licensing::licensedShare(claims.value(), territory, rightType, day, knownOn);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Claim &c : share.claims)
            list.append(claimJson(c));
        printJson(context.out, QJsonObject{{QStringLiteral("isrc"), isrc}, {QStringLiteral("territory"), territory},
                                           {QStringLiteral("date"), day.toString(Qt::ISODate)},
                                           {QStringLiteral("as_known_on"), knownOn.toString(Qt::ISODate)},
                                           {QStringLiteral("right_type"), rightType},
                                           {QStringLiteral("licensed_share"), shareText(share.share)},
                                           {QStringLiteral("overclaimed"), share.overclaimed()},
                                           {QStringLiteral("claims"), list}});
        return Success;
    }
    const QString state = share.overclaimed() ? tr("overclaimed") : share.fullyLicensed() ? tr("fully licensed")
                          : share.share.isZero() ? tr("unlicensed") : tr("partly licensed");
    context.out << tr("%1 in %2 on %3 (%4 rights, as known on %5): %6% — %7")
                       .arg(isrc, territory, day.toString(Qt::ISODate), rightType, knownOn.toString(Qt::ISODate), shareText(share.share), state)
                << '\n';
    TextTable table({tr("RIGHTS HOLDER"), tr("SHARE"), tr("TERRITORY"), tr("VALID FROM"), tr("VALID TO"), tr("SOURCE")},
                    {false, true, false, false, false, false});
    for (const Claim &c : share.claims)
        table.addRow({c.rightsHolder, QString::fromStdString(c.share.toString()), c.territory, c.validFrom.toString(Qt::ISODate),
                      c.validTo ? c.validTo->toString(Qt::ISODate) : tr("open"),
                      c.source.isEmpty() ? (c.dsrId ? tr("DSR %1 line %2").arg(c.dsrId).arg(c.line) : tr("%1 line %2").arg(c.fileName).arg(c.line)) : c.source});
    table.print(context.out);
    return Success;
}

int runTimeline(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("isrc"), tr("The track."), QStringLiteral("ISRC"));
    parser.addOption({QStringLiteral("territory"), tr("Only this territory (with the worldwide claims)."), QStringLiteral("CC")});
    parser.addOption({QStringLiteral("as-known-on"), tr("The claims as known on this day (default today)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    if (!parseCommand(context, parser, QStringLiteral("timeline"), "timeline ISRC [--territory CC] [--as-known-on DATE] [--json]", 1, 1))
        return UsageError;
    QString isrc;
    QDate knownOn;
    if (!parseIsrc(context, parser.positionalArguments().constFirst(), isrc) || !parseKnownOn(context, parser, knownOn))
        return UsageError;
    const QString territory = parser.value(QStringLiteral("territory")).toUpper();
    const auto claims = ClaimStore(*context.database).forTrack(isrc, territory.isEmpty() ? std::nullopt : std::optional(territory));
    if (!claims) {
        context.err << claims.error() << '\n';
        return Failure;
    }
    QList<LicensingEvent> all;
    for (const Lane &lane : licensing::lanes(claims.value(), territory))
        all += licensing::events(claims.value(), lane, knownOn);
    std::stable_sort(all.begin(), all.end(), [](const LicensingEvent &a, const LicensingEvent &b) { return a.date < b.date; });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray events;
        for (const LicensingEvent &e : all)
            events.append(QJsonObject{{QStringLiteral("date"), e.date.toString(Qt::ISODate)}, {QStringLiteral("territory"), e.territory},
                                      {QStringLiteral("right_type"), e.rightType}, {QStringLiteral("licensed_share"), shareText(e.share)}});
        printJson(context.out, events);
        return Success;
    }
    context.out << tr("%1: %n licensing event(s), as known on %2", nullptr, int(all.size())).arg(isrc, knownOn.toString(Qt::ISODate)) << '\n';
    TextTable table({tr("DATE"), tr("TERRITORY"), tr("RIGHT TYPE"), tr("LICENSED SHARE FROM THEN ON")}, {false, false, false, true});
    for (const LicensingEvent &e : all)
        table.addRow({e.date.toString(Qt::ISODate), e.territory, e.rightType, shareText(e.share) + QLatin1Char('%')});
    table.print(context.out);
    return Success;
}

int runOverclaims(CliContext &context)
{
    QCommandLineParser parser;
    addWindowOptions(parser);
    if (!parseCommand(context, parser, QStringLiteral("overclaims"), "overclaims [--territory CC] [--from D] [--to D] [--json]", 0, 0))
        return UsageError;
    ReportWindow window;
    if (!readWindow(context, parser, window))
        return UsageError;
    CliProgress::installInterruptHandler();
    CliProgress progress(tr("overclaims"));
    const auto rows = LicensingReports::overclaims(*context.database, window, &progress);
    if (!rows) {
        context.err << rows.error() << '\n';
        return Failure;
    }
    const QString base = baseCurrency(context);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const OverclaimRow &r : rows.value())
            out.append(usageJson(QJsonObject{{QStringLiteral("isrc"), r.isrc}, {QStringLiteral("territory"), r.territory},
                                             {QStringLiteral("right_type"), r.rightType}, {QStringLiteral("from"), r.from.toString(Qt::ISODate)},
                                             {QStringLiteral("to"), dateJson(r.to)}, {QStringLiteral("total_share"), shareText(r.totalShare)},
                                             {QStringLiteral("claimants"), QJsonArray::fromStringList(r.claimants)}},
                                 r.usage, base));
        printJson(context.out, out);
        return Success;
    }
    TextTable table({tr("ISRC"), tr("TERRITORY"), tr("RIGHT TYPE"), tr("FROM"), tr("TO"), tr("TOTAL SHARE"), tr("CLAIMANTS"),
                     tr("USAGES"), tr("REVENUE (%1)").arg(base)},
                    {false, false, false, false, false, true, false, true, true});
    for (const OverclaimRow &r : rows.value())
        table.addRow({r.isrc, r.territory, r.rightType, r.from.toString(Qt::ISODate), r.to ? r.to->toString(Qt::ISODate) : tr("open"),
                      shareText(r.totalShare) + QLatin1Char('%'), r.claimants.join(QLatin1String(", ")), formatCount(r.usage.usages),
                      formatAmount(QString::fromStdString(r.usage.revenue.toString(kTextDecimals)), kTextDecimals) + usageNote(r.usage)});
    table.print(context.out);
    context.out << tr("%n overclaimed stretch(es)", nullptr, int(rows->size())) << '\n';
    return Success;
}

int runExposure(CliContext &context)
{
    QCommandLineParser parser;
    addWindowOptions(parser);
    parser.addOption({QStringLiteral("right-type"), tr("recording (default) or publishing."), QStringLiteral("T"), QStringLiteral("recording")});
    if (!parseCommand(context, parser, QStringLiteral("exposure"), "exposure [--territory CC] [--from D] [--to D] [--json]", 0, 0))
        return UsageError;
    ReportWindow window;
    if (!readWindow(context, parser, window))
        return UsageError;
    window.rightType = parser.value(QStringLiteral("right-type")).toLower();
    CliProgress::installInterruptHandler();
    CliProgress progress(tr("exposure"));
    const auto rows = LicensingReports::exposure(*context.database, window, &progress);
    if (!rows) {
        context.err << rows.error() << '\n';
        return Failure;
    }
    const QString base = baseCurrency(context);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const ExposureRow &r : rows.value())
            out.append(usageJson(QJsonObject{{QStringLiteral("isrc"), r.isrc.isEmpty() ? QJsonValue() : QJsonValue(r.isrc)},
                                             {QStringLiteral("title"), r.title}, {QStringLiteral("artists"), r.artists},
                                             {QStringLiteral("territory"), r.territory},
                                             {QStringLiteral("licensed_share"), shareText(r.licensedShare)},
                                             {QStringLiteral("dsrs"), r.usage.dsrs}},
                                 r.usage, base));
        printJson(context.out, out);
        return Success;
    }
    TextTable table({tr("ISRC"), tr("TITLE"), tr("TERRITORY"), tr("LICENSED"), tr("DSRS"), tr("USAGES"), tr("REVENUE (%1)").arg(base)},
                    {false, false, false, true, true, true, true});
    for (const ExposureRow &r : rows.value())
        table.addRow({r.isrc.isEmpty() ? tr("(no ISRC)") : r.isrc, r.title, r.territory, shareText(r.licensedShare) + QLatin1Char('%'),
                      QString::number(r.usage.dsrs), formatCount(r.usage.usages),
                      formatAmount(QString::fromStdString(r.usage.revenue.toString(kTextDecimals)), kTextDecimals) + usageNote(r.usage)});
    table.print(context.out);
    return Success;
}

} // namespace rd::cli
