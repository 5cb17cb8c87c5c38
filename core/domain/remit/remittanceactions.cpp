#include "remittanceactions.h"

#include "money/decimalsum.h"
#include "remit/remittancebook.h"
#include "storage/database.h"
#include "db/sqlerror.h"
#include "util/isotime.h"
#include "util/processidentity.h"

#include <QSqlQuery>
#include <QVariant>

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
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO remittance_audit (at, who, action, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(isotime::text(QDateTime::currentDateTimeUtc()));
    q.addBindValue(process::osUser());
    q.addBindValue(action);
    q.addBindValue(detail);
    return q.exec() ? Status() : Status::failure(sqlError(q));
}

Expected<int> RemittanceActions::retry(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Expected<int>::failure(tr("Name the failed remittances to retry"));
    QSqlQuery q(m_db.connection());
    // The ids are numbers we formatted ourselves.
    if (!q.exec(QStringLiteral("UPDATE remittances SET status = 'pending', next_attempt_at = NULL, note = 'retry requested', updated_at = '%1' "
                               "WHERE status = 'failed' AND id IN (%2)")
                    .arg(isotime::text(QDateTime::currentDateTimeUtc()), idList(ids))))
        return Expected<int>::failure(sqlError(q));
    const int changed = q.numRowsAffected();
    audit(QStringLiteral("retry"), tr("%1 of %2 asked: %3").arg(changed).arg(ids.size()).arg(idList(ids)));
    return changed;
}

Expected<int> RemittanceActions::redrive(const QList<qint64> &ids)
{
    QSqlQuery q(m_db.connection());
    const QString which = ids.isEmpty() ? QString() : QStringLiteral(" AND id IN (%1)").arg(idList(ids));
    if (!q.exec(QStringLiteral("UPDATE remittances SET status = 'pending', attempts = 0, next_attempt_at = NULL, note = 're-driven from the dead-letter queue', "
                               "updated_at = '%1' WHERE status = 'dead_letter'%2")
                    .arg(isotime::text(QDateTime::currentDateTimeUtc()), which)))
        return Expected<int>::failure(sqlError(q));
    const int changed = q.numRowsAffected();
    audit(QStringLiteral("redrive"), ids.isEmpty() ? tr("all %1 dead letters").arg(changed) : tr("%1: %2").arg(changed).arg(idList(ids)));
    return changed;
}

Expected<int> RemittanceActions::resetPending(const QString &product, const QDateTime &start, const QDateTime &end, const QStringList &accounts)
{
    if (product.isEmpty() || !start.isValid() || !end.isValid() || end <= start)
        return Expected<int>::failure(tr("A reset needs a product and a time range that ends after it starts"));
    // A pending remittance with a payload is a retry of what already left: its value is frozen.
    QString sql = QStringLiteral("UPDATE remittances SET value = '0', note = 'pending value reset', updated_at = ? WHERE status = 'pending' "
                                 "AND payload IS NULL AND product = ? AND hour >= ? AND hour < ?");
    QVariantList bindings{isotime::text(QDateTime::currentDateTimeUtc()), product, isotime::hourText(start), isotime::hourText(end)};
    if (!accounts.isEmpty()) {
        QStringList marks;
        for (const QString &a : accounts) {
            marks << QStringLiteral("?");
            bindings << a;
        }
        sql += QStringLiteral(" AND account IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec())
        return Expected<int>::failure(sqlError(q));
    const int changed = q.numRowsAffected();
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
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT r.id, r.marketplace, r.account, r.product, r.metric, r.hour, r.value, r.status, "
                             "(SELECT group_concat(e.value, ' ') FROM usage_events e WHERE e.remittance_id = r.id), "
                             "(SELECT group_concat(e.value, ' ') FROM usage_events e WHERE e.corrects = r.id), r.payload IS NOT NULL "
                             "FROM remittances r WHERE r.hour >= ? AND r.hour < ? ORDER BY r.hour, r.id"));
    q.addBindValue(isotime::hourText(start));
    q.addBindValue(isotime::hourText(end));
    if (!q.exec())
        return Result::failure(sqlError(q));
    struct Fix
    {
        qint64 id;
        QString marketplace, account, product, metric, hour, status;
        DecimalSum expected, had;
        bool frozen = false; // a payload has left with the value: only a difference can follow
    };
    QList<Fix> fixes;
    while (q.next()) {
        Fix f{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
              q.value(5).toString(), q.value(7).toString(), {}, DecimalSum::fromString(q.value(6).toString().toStdString()).value_or(DecimalSum()),
              q.value(10).toBool()};
        for (const QString &v : q.value(8).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (const auto value = DecimalSum::fromString(v.toStdString()))
                f.expected.add(*value);
        // What was sent, plus the differences already queued for it by earlier recalculations.
        for (const QString &v : q.value(9).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (const auto value = DecimalSum::fromString(v.toStdString()))
                f.had.add(*value);
        if (f.expected.raw() != f.had.raw())
            fixes << f;
    }
    q.finish();
    int changed = 0;
    QList<UsageEvent> corrections;
    for (const Fix &f : fixes) {
        if (f.status == QLatin1String("pending") && !f.frozen) {
            QSqlQuery u(m_db.connection());
            u.prepare(QStringLiteral("UPDATE remittances SET value = ?, note = 'recalculated', updated_at = ? WHERE id = ? AND status = 'pending' "
                                     "AND payload IS NULL"));
            u.addBindValue(QString::fromStdString(f.expected.toString()));
            u.addBindValue(isotime::text(QDateTime::currentDateTimeUtc()));
            u.addBindValue(f.id);
            if (!u.exec())
                return Result::failure(sqlError(u));
            changed += u.numRowsAffected();
        } else if (f.frozen || f.status == QLatin1String("succeeded") || f.status == QLatin1String("sent")
                   || f.status == QLatin1String("in_progress")) {
            // Sent already: only the difference goes out, in the next open window.
            DecimalSum difference = f.expected;
            difference.add(DecimalSum::fromRaw(-f.had.raw()));
            UsageEvent e;
            e.timestamp = QDateTime::fromString(f.hour, Qt::ISODate);
            e.marketplace = f.marketplace;
            e.account = f.account;
            e.product = f.product;
            e.metric = f.metric;
            e.corrects = f.id;
            if (Decimal::parse(difference.toString(), e.value) != Decimal::ParseResult::Exact)
                return Result::failure(tr("Remittance %1: the difference %2 is beyond a single amount").arg(f.id).arg(QString::fromStdString(difference.toString())));
            corrections << e;
            ++changed;
        }
    }
    if (!corrections.isEmpty()) {
        const auto added = RemittanceBook(m_db).add(corrections, QStringLiteral("recalculation"));
        if (!added)
            return Result::failure(added.error());
    }
    audit(QStringLiteral("recalc"), tr("%1 remittance(s) from %2 to %3 corrected").arg(changed).arg(isotime::text(start), isotime::text(end)));
    return changed;
}

Expected<int> RemittanceActions::reconcileStuck(qint64 olderThanSeconds, bool toFailed)
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-olderThanSeconds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE remittances SET status = ?, error_code = 'stuck', note = ?, updated_at = ? "
                             "WHERE status IN ('in_progress', 'sent') AND updated_at < ?"));
    q.addBindValue(toFailed ? QStringLiteral("failed") : QStringLiteral("unknown"));
    q.addBindValue(tr("no answer since before %1").arg(isotime::text(limit)));
    q.addBindValue(isotime::text(QDateTime::currentDateTimeUtc()));
    q.addBindValue(isotime::text(limit));
    if (!q.exec())
        return Expected<int>::failure(sqlError(q));
    const int changed = q.numRowsAffected();
    audit(QStringLiteral("reconcile"), tr("%1 stuck item(s) older than %2 s marked %3").arg(changed).arg(olderThanSeconds).arg(toFailed ? QStringLiteral("failed") : QStringLiteral("unknown")));
    return changed;
}

} // namespace rd
