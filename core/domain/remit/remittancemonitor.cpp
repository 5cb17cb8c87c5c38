#include "remittancemonitor.h"

#include "currency/exchangerates.h"
#include "money/decimalsum.h"
#include "remit/remittancetables.h"
#include "util/isotime.h"

namespace rd {
Expected<MonitorSnapshot> RemittanceMonitor::snapshot(const QDateTime &now, int spanHours, const AlertThresholds &thresholds)
{
    using Result = Expected<MonitorSnapshot>;
    MonitorSnapshot s;
    s.to = isotime::hourOf(now).addSecs(3600);
    s.from = s.to.addSecs(-qint64(spanHours) * 3600);
    for (QDateTime h = s.from; h < s.to; h = h.addSecs(3600))
        s.hours << isotime::hourText(h);
    RemittanceTables tables(m_db);
    const auto counts = tables.statusCounts(isotime::hourText(s.from), isotime::hourText(s.to));
    if (!counts)
        return Result::failure(counts.error());
    int succeeded = 0, settledBad = 0;
    for (const auto &[key, n] : counts.value()) {
        const auto &[marketplace, hour, status] = key;
        s.counts[marketplace][hour][status] += n;
        if (status == QLatin1String("succeeded"))
            succeeded += n;
        else if (status == QLatin1String("failed") || status == QLatin1String("dead_letter"))
            settledBad += n;
    }
    if (succeeded + settledBad > 0)
        s.successRate = double(succeeded) / double(succeeded + settledBad);

    const auto unhappy = tables.unhappy();
    if (!unhappy)
        return Result::failure(unhappy.error());
    s.failed = unhappy->failed;
    s.deadLetters = unhappy->deadLetters;
    if (unhappy->deadLetters > 0)
        s.oldestDeadLetterSeconds = unhappy->oldestDeadLetter.secsTo(now);
    const auto stuck = tables.stuckCount(now.addSecs(-thresholds.stuckAfterSeconds));
    if (!stuck)
        return Result::failure(stuck.error());
    s.stuck = stuck.value();

    // Pending value: exact, converted at today's rates where the metric is a currency.
    auto rates = ExchangeRates(m_db).table();
    if (!rates)
        return Result::failure(rates.error());
    s.baseCurrency = rates->base();
    const auto pending = tables.pendingValues();
    if (!pending)
        return Result::failure(pending.error());
    for (const auto &[metric, text] : pending.value()) {
        const auto value = DecimalSum::fromString(text.toStdString());
        if (!value) {
            ++s.pendingNotConverted;
            continue;
        }
        if (metric == s.baseCurrency) {
            s.pendingBase += ExactAmount::fromSum(*value);
            continue;
        }
        const auto rate = rates->inForce(metric, now.date());
        if (!rate) {
            ++s.pendingNotConverted;
            continue;
        }
        s.pendingBase += ExactAmount::converted(*value, rate->rate);
    }
    if (s.successRate && 1.0 - *s.successRate > thresholds.failureRate)
        s.alerts << tr("%1% of the remittances settled in the last %n hour(s) failed", nullptr, spanHours).arg(qRound((1.0 - *s.successRate) * 100));
    if (s.stuck >= thresholds.stuck)
        s.alerts << tr("%n remittance(s) stuck without an answer", nullptr, s.stuck);
    if (s.oldestDeadLetterSeconds && *s.oldestDeadLetterSeconds > thresholds.deadLetterAgeSeconds)
        s.alerts << tr("a dead letter has waited %n minute(s)", nullptr, int(*s.oldestDeadLetterSeconds / 60));
    return s;
}

Expected<QList<RemittanceRow>> RemittanceMonitor::list(const RemittanceFilter &filter)
{
    return RemittanceTables(m_db).list(filter);
}

Expected<QStringList> RemittanceMonitor::marketplaces()
{
    return RemittanceTables(m_db).marketplaces();
}

Expected<QList<AttemptRow>> RemittanceMonitor::attempts(qint64 remittanceId)
{
    return RemittanceTables(m_db).attempts(remittanceId);
}

Expected<QList<QStringList>> RemittanceMonitor::audit(int limit)
{
    return RemittanceTables(m_db).auditLog(limit);
}

} // namespace rd
