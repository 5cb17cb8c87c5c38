// Fuzz entries for the text files that arrive from outside besides DSRs: licensing claims,
// exchange rates, remittance usage events and external pipelines' status messages.
#include "fuzztarget.h"
#include "scratchfile.h"

#include "currency/ratescsv.h"
#include "journal/statusjournal.h"
#include "licensing/claimscsv.h"
#include "money/decimal.h"
#include "remit/remittancebook.h"

#include <QDate>

namespace rd::fuzz {

RD_FUZZ_ENTRY(fuzzClaimsCsv)
{
    const QString path = writeScratchFile("claims.csv", data, size);
    const QDate importDay(2026, 12, 3);
    const auto file = ClaimsCsv::read(path, importDay);
    if (!file) {
        RD_FUZZ_CHECK(!file.error().isEmpty()); // a refusal always says why
        return 0;
    }
    // What is accepted is what the licensing engine relies on.
    for (const Claim &claim : file->claims) {
        RD_FUZZ_CHECK(claim.validFrom.isValid() && claim.knownFrom.isValid());
        RD_FUZZ_CHECK(!claim.validTo || *claim.validTo >= claim.validFrom);
        RD_FUZZ_CHECK(!claim.share.isNegative());
        RD_FUZZ_CHECK(!claim.isrc.isEmpty() && !claim.territory.isEmpty() && !claim.rightsHolder.isEmpty());
        RD_FUZZ_CHECK(claim.line >= 2);
    }
    return 0;
}

RD_FUZZ_ENTRY(fuzzRatesCsv)
{
    const QString path = writeScratchFile("rates.csv", data, size);
    const auto file = RatesCsv::read(path, QStringLiteral("EUR"));
    if (!file) {
        RD_FUZZ_CHECK(!file.error().isEmpty());
        return 0;
    }
    for (const StoredRate &rate : file->rates) {
        RD_FUZZ_CHECK(rate.date.isValid());
        RD_FUZZ_CHECK(rate.currency != QLatin1String("EUR"));
        // Stored rates are exact, positive decimals.
        Decimal value;
        const QByteArray text = rate.rate.toUtf8();
        RD_FUZZ_CHECK(Decimal::parse(std::string_view(text.constData(), std::size_t(text.size())), value) == Decimal::ParseResult::Exact);
        RD_FUZZ_CHECK(!value.isNegative() && !value.isZero());
    }
    return 0;
}

RD_FUZZ_ENTRY(fuzzUsageEvents)
{
    // The reader tells JSON lines from CSV by the first line, whatever the name says.
    const QString path = writeScratchFile("events.jsonl", data, size);
    const auto events = RemittanceBook::readEvents(path);
    if (!events) {
        RD_FUZZ_CHECK(!events.error().isEmpty());
        return 0;
    }
    for (const UsageEvent &event : *events) {
        RD_FUZZ_CHECK(event.timestamp.isValid());
        RD_FUZZ_CHECK(!event.marketplace.isEmpty() && !event.account.isEmpty() && !event.product.isEmpty() && !event.metric.isEmpty());
    }
    return 0;
}

RD_FUZZ_ENTRY(fuzzStatusJsonl)
{
    const QString path = writeScratchFile("journal.jsonl", data, size);
    const auto read = StatusJournal::readJsonl(path);
    if (!read) {
        RD_FUZZ_CHECK(!read.error().isEmpty());
        return 0;
    }
    for (const StatusMessage &message : read->statuses) {
        RD_FUZZ_CHECK(!message.correlationId.isEmpty() && !message.stage.isEmpty() && message.timestamp.isValid());
        RD_FUZZ_CHECK(StatusMessage::statuses().contains(message.status));
    }
    for (const DataSetDetails &details : read->details)
        RD_FUZZ_CHECK(!details.correlationId.isEmpty());
    return 0;
}

} // namespace rd::fuzz
