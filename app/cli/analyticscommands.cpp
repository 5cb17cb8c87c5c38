// The analytics commands: exchange rates, base currency, totals and the top-percentile report.
#include "clicontext.h"
#include "money/amounttext.h"
#include "cliutil.h"
#include "texttable.h"

#include "analytics/analyticsengine.h"
#include "analytics/percentile.h"
#include "currency/exchangerates.h"
#include "db/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rd::cli {
namespace {

// Base-currency amounts are shown rounded half to even; JSON carries more places.
constexpr int kTextDecimals = 2;
constexpr int kJsonDecimals = 10;

QString amountText(const ExactAmount &amount, int decimals)
{
    return QString::fromStdString(amount.toString(decimals));
}

// For people: the one number format (grouped in the locale); JSON keeps amountText.
QString shownAmount(const ExactAmount &amount) { return formatAmount(amountText(amount, kTextDecimals), kTextDecimals); }

QString dimensionHeader(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Territory: return tr("TERRITORY");
    case Dimension::Period: return tr("PERIOD");
    case Dimension::Dsp: return tr("DSP");
    case Dimension::Offer: return tr("OFFER");
    case Dimension::DspOffer: return tr("DSP / OFFER");
    }
    return QString();
}

bool parseDateOption(CliContext &context, const QCommandLineParser &parser, const QString &name, QDate &date)
{
    if (!parser.isSet(name))
        return true;
    date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (date.isValid() && parser.value(name).size() == 10)
        return true;
    context.err << tr("--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(name, parser.value(name)) << '\n';
    return false;
}

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("territory"), tr("Only DSRs of this territory (repeatable)."), QStringLiteral("CC")});
    parser.addOption({QStringLiteral("dsp"), tr("Only DSRs of this DSP (repeatable)."), QStringLiteral("DSP")});
    parser.addOption({QStringLiteral("offer"), tr("Only DSRs of this offer (repeatable)."), QStringLiteral("OFFER")});
    parser.addOption({QStringLiteral("period-start"), tr("Only DSRs whose period starts on or after this date."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("period-end"), tr("Only DSRs whose period ends on or before this date."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("currency"), tr("Show amounts in this original currency (only its DSRs) instead of the base currency."), QStringLiteral("CUR")});
    parser.addOption({QStringLiteral("search"), tr("Only resources whose title, artists or ISRC contain this text."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
}

bool readFilter(CliContext &context, const QCommandLineParser &parser, AnalyticsFilter &filter)
{
    filter.territories = parser.values(QStringLiteral("territory"));
    for (QString &t : filter.territories)
        t = t.toUpper();
    filter.dsps = parser.values(QStringLiteral("dsp"));
    filter.offers = parser.values(QStringLiteral("offer"));
    filter.currency = parser.value(QStringLiteral("currency")).toUpper();
    filter.search = parser.value(QStringLiteral("search"));
    return parseDateOption(context, parser, QStringLiteral("period-start"), filter.periodFrom)
        && parseDateOption(context, parser, QStringLiteral("period-end"), filter.periodTo);
}

int runRatesImport(CliContext &context, const QStringList &files)
{
    ExchangeRates rates(*context.database);
    const auto base = rates.baseCurrency();
    int status = Success;
    for (const QString &file : files) {
        const auto imported = rates.importCsv(file);
        if (!imported) {
            context.err << imported.error() << '\n';
            status = Failure;
            continue;
        }
        context.out << tr("%1: %n rate(s) against %2 imported", nullptr, int(imported->rates.size())).arg(file, base ? *base : QString()) << '\n';
        if (imported->baseCurrencyLines > 0)
            context.out << tr("  %n line(s) quoting %1 itself at 1 passed over (the base needs no rate)", nullptr,
                              imported->baseCurrencyLines).arg(base ? *base : QString()) << '\n';
    }
    return status;
}

int runRatesList(CliContext &context, bool json)
{
    ExchangeRates rates(*context.database);
    const auto base = rates.baseCurrency();
    const auto list = rates.list();
    if (!base || !list) {
        context.err << (!base ? base.error() : list.error()) << '\n';
        return Failure;
    }
    if (json) {
        QJsonArray array;
        for (const StoredRate &r : *list)
            array.append(QJsonObject{{QStringLiteral("base"), *base}, {QStringLiteral("currency"), r.currency},
                                     {QStringLiteral("date"), r.date.toString(Qt::ISODate)}, {QStringLiteral("rate"), r.rate},
                                     {QStringLiteral("source"), r.source}});
        printJson(context.out, array);
        return Success;
    }
    TextTable table({tr("DATE"), tr("CURRENCY"), tr("RATE (PER %1)").arg(*base), tr("SOURCE")}, {false, false, true, false});
    for (const StoredRate &r : *list)
        table.addRow({r.date.toString(Qt::ISODate), r.currency, r.rate, r.source});
    table.print(context.out);
    return Success;
}

} // namespace

int runRates(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print the rates as JSON.")});
    parser.addPositionalArgument(QStringLiteral("action"), tr("import FILE... | list"), QStringLiteral("import|list"));
    if (!parseCommand(context, parser, QStringLiteral("rates"), "rates import FILE... | rates list [--json]", 1, -1))
        return UsageError;
    const QStringList args = parser.positionalArguments();
    if (args.first() == QLatin1String("import") && args.size() > 1)
        return runRatesImport(context, args.mid(1));
    if (args.first() == QLatin1String("list") && args.size() == 1)
        return runRatesList(context, parser.isSet(QStringLiteral("json")));
    context.err << tr("Usage: royaltydesk-cli %1").arg(QLatin1String("rates import FILE... | rates list [--json]")) << '\n';
    return UsageError;
}

int runBaseCurrency(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("code"), tr("The new base currency (ISO 4217)."), QStringLiteral("[CODE]"));
    if (!parseCommand(context, parser, QStringLiteral("base-currency"), "base-currency [CODE]", 0, 1))
        return UsageError;
    ExchangeRates rates(*context.database);
    if (!parser.positionalArguments().isEmpty()) {
        if (const Status s = rates.setBaseCurrency(parser.positionalArguments().first().toUpper()); !s) {
            context.err << s.error() << '\n';
            return Failure;
        }
    }
    const auto base = rates.baseCurrency();
    if (!base) {
        context.err << base.error() << '\n';
        return Failure;
    }
    context.out << *base << '\n';
    return Success;
}

int runTotals(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("by"), tr("territory, period, dsp, offer or dsp-offer."), QStringLiteral("DIMENSION")});
    addFilterOptions(parser);
    const char *usage = "totals --by territory|period|dsp|offer|dsp-offer [--territory CC]... [--dsp DSP]... "
                        "[--offer OFFER]... [--period-start D] [--period-end D] [--currency CUR] [--search TEXT] [--json]";
    if (!parseCommand(context, parser, QStringLiteral("totals"), usage, 0, 0))
        return UsageError;
    const auto dimension = dimensionFromName(parser.value(QStringLiteral("by")));
    AnalyticsFilter filter;
    if (!dimension) {
        context.err << tr("Usage: royaltydesk-cli %1").arg(QLatin1String(usage)) << '\n';
        return UsageError;
    }
    if (!readFilter(context, parser, filter))
        return UsageError;
    AnalyticsEngine engine(*context.database);
    const auto totals = engine.totals(filter, *dimension);
    if (!totals) {
        context.err << totals.error() << '\n';
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const TotalRow &row : totals->rows) {
            QJsonObject o{{dimensionName(*dimension), row.key}, {QStringLiteral("usages"), row.usages},
                          {QStringLiteral("revenue"), amountText(row.revenue, kJsonDecimals)},
                          {QStringLiteral("currency"), totals->currency}, {QStringLiteral("dsrs"), row.dsrCount},
                          {QStringLiteral("dsrs_without_rate"), row.dsrsWithoutRate}};
            if (*dimension == Dimension::DspOffer) {
                o.insert(QStringLiteral("dsp"), row.key);
                o.insert(QStringLiteral("offer"), row.subKey);
                o.remove(dimensionName(*dimension));
            }
            array.append(o);
        }
        printJson(context.out, array);
    } else {
        TextTable table({dimensionHeader(*dimension), tr("DSRS"), tr("USAGES"), tr("REVENUE (%1)").arg(totals->currency)},
                        {false, true, true, true});
        for (const TotalRow &row : totals->rows) {
            const QString name = row.subKey.isEmpty() ? row.key : row.key + QLatin1String(" / ") + row.subKey;
            const QString revenue = shownAmount(row.revenue) + (row.dsrsWithoutRate ? QStringLiteral(" *") : QString());
            table.addRow({name, QString::number(row.dsrCount), formatCount(row.usages), revenue});
        }
        table.print(context.out);
    }
    if (!totals->missingRates.isEmpty()) {
        context.err << tr("Warning: no exchange rate into %1 is in force for %2; those DSRs are left out of the revenue "
                          "(marked *). Import rates with \"royaltydesk-cli rates import FILE\".")
                           .arg(totals->currency, totals->missingRates)
                    << '\n';
        return Failure;
    }
    return Success;
}

int runPercentile(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("territory"), tr("Only DSRs of this territory."), QStringLiteral("CC")});
    parser.addOption({QStringLiteral("period-start"), tr("Only DSRs whose period starts on or after this date."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("period-end"), tr("Only DSRs whose period ends on or before this date."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("json"), tr("Print the report as JSON.")});
    parser.addPositionalArgument(QStringLiteral("N"), tr("The share of total revenue, 1 to 100."), QStringLiteral("N"));
    const char *usage = "percentile N [--territory CC] [--period-start YYYY-MM-DD] [--period-end YYYY-MM-DD] [--json]";
    if (!parseCommand(context, parser, QStringLiteral("percentile"), usage, 1, 1))
        return UsageError;
    PercentileQuery query;
    bool ok = false;
    query.percent = parser.positionalArguments().first().toInt(&ok);
    if (!ok || query.percent < 1 || query.percent > 100) {
        context.err << tr("N must be a whole number from 1 to 100, not \"%1\"").arg(parser.positionalArguments().first()) << '\n';
        return UsageError;
    }
    query.territory = parser.value(QStringLiteral("territory")).toUpper();
    if (!parseDateOption(context, parser, QStringLiteral("period-start"), query.periodStart)
        || !parseDateOption(context, parser, QStringLiteral("period-end"), query.periodEnd))
        return UsageError;
    const auto report = PercentileReporter::run(*context.database, query);
    if (!report) {
        context.err << report.error() << '\n';
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PercentileItem &item : report->items) {
            QJsonArray dsrs;
            for (qint64 id : item.dsrs)
                dsrs.append(id);
            array.append(QJsonObject{{QStringLiteral("dsp_id"), item.dspId}, {QStringLiteral("title"), item.title},
                                     {QStringLiteral("artists"), item.artists}, {QStringLiteral("isrc"), item.isrc},
                                     {QStringLiteral("usages"), item.usages},
                                     {QStringLiteral("revenue"), amountText(item.revenue, kJsonDecimals)},
                                     {QStringLiteral("dsrs"), dsrs}});
        }
        printJson(context.out, array);
        return Success;
    }
    context.out << tr("%n resource(s) make up the top %1% of %2 %3 (of %4 resources)", nullptr, int(report->items.size()))
                       .arg(report->percent)
                       .arg(shownAmount(report->total), report->currency)
                       .arg(report->resourceCount)
                << "\n\n";
    TextTable table({tr("DSP ID"), tr("TITLE"), tr("ARTISTS"), tr("ISRC"), tr("USAGES"), tr("REVENUE (%1)").arg(report->currency), tr("DSRS")},
                    {false, false, false, false, true, true, false});
    for (const PercentileItem &item : report->items) {
        QStringList dsrs;
        for (qint64 id : item.dsrs)
            dsrs << QString::number(id);
        table.addRow({item.dspId, item.title, item.artists, item.isrc, formatCount(item.usages), shownAmount(item.revenue),
                      dsrs.join(QLatin1Char(','))});
    }
    table.print(context.out);
    return Success;
}

} // namespace rd::cli
