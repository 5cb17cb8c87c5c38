#include "remittanceactions.h"

#include "money/decimalsum.h"
#include "remit/remittancebook.h"
#include "remit/remittancetables.h"
#include "db/transaction.h"
#include "util/isotime.h"
#include "util/processidentity.h"

namespace rd {
namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

} // namespace

Status RemittanceActions::audit(const QString &action, const QString &detail)
{
    return RemittanceTables(m_db).audit(action, detail, process::osUser());
}

Expected<int> RemittanceActions::retry(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Expected<int>::failure(tr("Name the failed remittances to retry"));
    const auto retried = RemittanceTables(m_db).retryFailed(ids);
    if (!retried)
        return retried;
    const int changed = retried.value();
    audit(QStringLiteral("retry"), tr("%1 of %2 asked: %3").arg(changed).arg(ids.size()).arg(idList(ids)));
    return changed;
}

Expected<int> RemittanceActions::redrive(const QList<qint64> &ids)
{
    const auto redriven = RemittanceTables(m_db).redriveDeadLetters(ids);
    if (!redriven)
        return redriven;
    const int changed = redriven.value();
    audit(QStringLiteral("redrive"), ids.isEmpty() ? tr("all %1 dead letters").arg(changed) : tr("%1: %2").arg(changed).arg(idList(ids)));
    return changed;
}

Expected<int> RemittanceActions::resetPending(const QString &product, const QDateTime &start, const QDateTime &end, const QStringList &accounts)
{
    if (product.isEmpty() || !start.isValid() || !end.isValid() || end <= start)
        return Expected<int>::failure(tr("A reset needs a product and a time range that ends after it starts"));
    const auto reset = RemittanceTables(m_db).resetPendingValues(product, isotime::hourText(start), isotime::hourText(end), accounts);
    if (!reset)
        return reset;
    const int changed = reset.value();
    audit(QStringLiteral("reset"), tr("%1 remittance(s) of %2 from %3 to %4%5")
                                       .arg(changed)
                                       .arg(product, isotime::text(start), isotime::text(end))
                                       .arg(accounts.isEmpty() ? QString() : tr(", accounts %1").arg(accounts.join(QLatin1String(", ")))));
    return changed;
}

Expected<int> RemittanceActions::recalculate(const QDateTime &start, const QDateTime &end)
{
    using Result = Expected<int>;
    if (!start.isValid() || !end.isValid() || end <= start)
        return Result::failure(tr("A recalculation needs a time range that ends after it starts"));
    // Read, fix and correct in one immediate transaction: a remittance the sender claims meanwhile
    // is either fixed before it leaves or corrected after, never skipped.
    Transaction transaction(m_db);
    if (!transaction)
        return Result::failure(transaction.error());
    RemittanceTables tables(m_db);
    const auto rows = tables.recalculationRows(isotime::hourText(start), isotime::hourText(end));
    if (!rows)
        return Result::failure(rows.error());
    struct Fix
    {
        RecalculationRow row;
        DecimalSum expected, had;
    };
    QList<Fix> fixes;
    for (const RecalculationRow &row : rows.value()) {
        Fix f{row, {}, DecimalSum::fromString(row.value.toStdString()).value_or(DecimalSum())};
        for (const QString &v : row.eventValues)
            if (const auto value = DecimalSum::fromString(v.toStdString()))
                f.expected.add(*value);
        // What was sent, plus the differences already queued for it by earlier recalculations.
        for (const QString &v : row.correctionValues)
            if (const auto value = DecimalSum::fromString(v.toStdString()))
                f.had.add(*value);
        if (f.expected.raw() != f.had.raw())
            fixes << f;
    }
    int changed = 0;
    QList<UsageEvent> corrections;
    for (const Fix &f : fixes) {
        const RecalculationRow &r = f.row;
        if (r.status == QLatin1String("pending") && !r.frozen) {
            const auto set = tables.setOpenValue(r.id, QString::fromStdString(f.expected.toString()), QStringLiteral("recalculated"));
            if (!set)
                return Result::failure(set.error());
            changed += set.value() ? 1 : 0;
        } else if (r.frozen || r.status == QLatin1String("succeeded") || r.status == QLatin1String("sent")
                   || r.status == QLatin1String("in_progress")) {
            // Sent already: only the difference goes out, in the next open window.
            DecimalSum difference = f.expected;
            difference.add(DecimalSum::fromRaw(-f.had.raw()));
            UsageEvent e;
            e.timestamp = QDateTime::fromString(r.hour, Qt::ISODate);
            e.marketplace = r.marketplace;
            e.account = r.account;
            e.product = r.product;
            e.metric = r.metric;
            e.corrects = r.id;
            if (Decimal::parse(difference.toString(), e.value) != Decimal::ParseResult::Exact)
                return Result::failure(tr("Remittance %1: the difference %2 is beyond a single amount").arg(r.id).arg(QString::fromStdString(difference.toString())));
            corrections << e;
            ++changed;
        }
    }
    if (!corrections.isEmpty()) {
        const auto added = RemittanceBook(m_db).addWithinTransaction(corrections, QStringLiteral("recalculation"));
        if (!added)
            return Result::failure(added.error());
    }
    // The audit entry commits with the change it records.
    if (const Status audited = audit(QStringLiteral("recalc"), tr("%1 remittance(s) from %2 to %3 corrected").arg(changed).arg(isotime::text(start), isotime::text(end)));
        !audited.ok())
        return Result::failure(audited.error());
    if (!transaction.commit())
        return Result::failure(transaction.error());
    return changed;
}

Expected<int> RemittanceActions::reconcileStuck(qint64 olderThanSeconds, bool toFailed)
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-olderThanSeconds);
    const auto marked = RemittanceTables(m_db).markStuck(limit, toFailed ? QStringLiteral("failed") : QStringLiteral("unknown"),
                                                         tr("no answer since before %1").arg(isotime::text(limit)));
    if (!marked)
        return marked;
    const int changed = marked.value();
    audit(QStringLiteral("reconcile"), tr("%1 stuck item(s) older than %2 s marked %3").arg(changed).arg(olderThanSeconds).arg(toFailed ? QStringLiteral("failed") : QStringLiteral("unknown")));
    return changed;
}

} // namespace rd
