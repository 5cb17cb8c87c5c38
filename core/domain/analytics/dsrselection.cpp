#include "dsrselection.h"

#include "currency/exchangerates.h"
#include "storage/dsrrepository.h"

#include <QSet>

namespace rd {
std::optional<ExactAmount> SelectedDsr::amount(const DecimalSum &reported) const
{
    if (!rate)
        return std::nullopt;
    return ExactAmount::converted(reported, rate->rate);
}

QList<const SelectedDsr *> DsrSelection::withoutRate() const
{
    QList<const SelectedDsr *> missing;
    for (const SelectedDsr &dsr : dsrs)
        if (!dsr.convertible())
            missing << &dsr;
    return missing;
}

QString DsrSelection::missingRatesText() const
{
    QStringList parts;
    QSet<QString> seen;
    for (const SelectedDsr *dsr : withoutRate()) {
        const QString part = dsr->currency + QLatin1Char(' ') + dsr->periodEnd.toString(Qt::ISODate);
        if (!seen.contains(part)) {
            seen.insert(part);
            parts << part;
        }
    }
    return parts.join(QLatin1String(", "));
}

Expected<DsrSelection> DsrSelector::select(Database &database, const AnalyticsFilter &filter, Rows rows)
{
    using Result = Expected<DsrSelection>;
    DsrQuery query;
    query.territories = filter.territories;
    query.dsps = filter.dsps;
    query.offers = filter.offers;
    if (!filter.inBaseCurrency())
        query.currencies = {filter.currency};
    query.periodFrom = filter.periodFrom;
    query.periodTo = filter.periodTo;
    query.purged = rows == Rows::Purged;
    const auto records = DsrRepository(database).ingested(query);
    if (!records)
        return Result::failure(records.error());

    // In an original currency every selected DSR is in it: an empty table with
    // that currency as its base converts them at 1.
    DsrSelection selection;
    RateTable rates(filter.currency);
    if (filter.inBaseCurrency()) {
        auto table = ExchangeRates(database).table();
        if (!table)
            return Result::failure(table.error());
        rates = std::move(table.value());
    }
    selection.displayCurrency = rates.base();

    for (const DsrRecord &record : records.value()) {
        SelectedDsr dsr;
        dsr.id = record.id;
        dsr.dsp = record.dsp;
        dsr.offer = record.offer;
        dsr.territory = record.territory;
        dsr.currency = record.currency;
        dsr.periodStart = record.periodStart;
        dsr.periodEnd = record.periodEnd;
        dsr.usages = record.usages;
        dsr.sha256 = record.sha256;
        dsr.revenue = DecimalSum::fromString(record.revenue.toStdString()).value_or(DecimalSum());
        dsr.rate = rates.inForce(dsr.currency, dsr.periodEnd);
        selection.dsrs << dsr;
    }
    return selection;
}

Expected<DsrSelector::Dimensions> DsrSelector::dimensions(Database &database)
{
    return DsrRepository(database).dimensions();
}

} // namespace rd
