#include "remittancebook.h"

#include "util/utf8.h"

#include "journal/statusjournal.h"
#include "money/decimalsum.h"
#include "packages/packagestore.h"
#include "remit/remittancetables.h"
#include "db/transaction.h"
#include "util/csvrecords.h"
#include "util/isotime.h"
#include "util/linefile.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace rd {
namespace {

constexpr qsizetype kMaxLineBytes = 64 * 1024;

// One event from its fields; the error names the field.
std::optional<UsageEvent> eventOf(const std::function<QString(const char *)> &field, QString &problem)
{
    UsageEvent e;
    e.timestamp = QDateTime::fromString(field("timestamp"), Qt::ISODateWithMs);
    if (!e.timestamp.isValid() || e.timestamp.timeSpec() == Qt::LocalTime) {
        problem = RemittanceBook::tr("timestamp: \"%1\" is not an ISO 8601 time with a zone (…Z or ±hh:mm)").arg(field("timestamp"));
        return std::nullopt;
    }
    for (auto [name, target] : {std::pair{"marketplace", &e.marketplace}, std::pair{"account", &e.account}, std::pair{"product", &e.product},
                                std::pair{"metric", &e.metric}}) {
        *target = field(name).trimmed();
        if (target->isEmpty() || target->size() > 200) {
            problem = RemittanceBook::tr("%1: missing or longer than 200 characters").arg(QLatin1String(name));
            return std::nullopt;
        }
        if (const QString control = utf8::controlCharacterIn(*target); !control.isEmpty()) {
            problem = RemittanceBook::tr("%1: a control character (%2)").arg(QLatin1String(name), control);
            return std::nullopt;
        }
    }
    if (Decimal::parse(field("value").trimmed().toStdString(), e.value) != Decimal::ParseResult::Exact) {
        problem = RemittanceBook::tr("value: \"%1\" is not an exact decimal").arg(field("value"));
        return std::nullopt;
    }
    return e;
}

} // namespace

QString RemittanceBook::idempotencyKey(const QString &marketplace, const QString &account, const QString &product, const QString &metric,
                                       const QDateTime &hour)
{
    // The remittance key, hashed: the same key always gives the same idempotency key.
    const QByteArray key = QStringList{marketplace, account, product, metric, isotime::hourText(hour)}.join(QChar(0x1f)).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
}

Expected<QList<UsageEvent>> RemittanceBook::readEvents(const QString &path)
{
    QList<UsageEvent> events;
    QStringList header;
    bool json = false, first = true;
    const Status read = LineFile::read(path, kMaxLineBytes, [&](const QByteArray &line) -> QString {
        if (first) { // JSON lines, or a CSV whose first line is the header
            first = false;
            json = line.trimmed().startsWith('{');
            if (!json) {
                header = csv::splitLine(QString::fromUtf8(line), true).value_or(QStringList());
                for (const char *column : {"timestamp", "marketplace", "account", "product", "metric", "value"})
                    if (!header.contains(QLatin1String(column)))
                        return tr("the header lacks the column %1").arg(QLatin1String(column));
                return {};
            }
        }
        QString problem;
        std::optional<UsageEvent> event;
        if (json) {
            const auto o = LineFile::jsonObject(line, problem);
            if (!o)
                return problem;
            event = eventOf([&](const char *key) { return o->value(QLatin1String(key)).toVariant().toString(); }, problem);
        } else {
            const auto fields = csv::splitLine(QString::fromUtf8(line), true);
            if (!fields || fields->size() != header.size())
                return tr("%1 fields, the header has %2").arg(fields ? fields->size() : 0).arg(header.size());
            event = eventOf([&](const char *key) { return fields->value(header.indexOf(QLatin1String(key))); }, problem);
        }
        if (!event)
            return problem;
        events << *event;
        return {};
    });
    if (!read.ok())
        return Expected<QList<UsageEvent>>::failure(read.error());
    return events;
}

Expected<RemittanceBook::Added> RemittanceBook::add(const QList<UsageEvent> &events, const QString &source)
{
    using Result = Expected<Added>;
    // Immediate: the remittances read here are the ones written, whatever the sender does meanwhile
    // (a deferred read-then-write fails at once on a stale snapshot in WAL mode).
    Transaction transaction(m_db);
    if (!transaction)
        return Result::failure(transaction.error());
    auto added = addWithinTransaction(events, source);
    if (added && !transaction.commit())
        return Result::failure(transaction.error());
    return added; // rolled back unless committed
}

Expected<RemittanceBook::Added> RemittanceBook::addWithinTransaction(const QList<UsageEvent> &events, const QString &source)
{
    using Result = Expected<Added>;
    Added added;
    auto fail = [&](const QString &error) { return Result::failure(error); }; // the caller's transaction rolls back
    RemittanceTables tables(m_db);
    QStringList created;
    for (const UsageEvent &e : events) {
        QDateTime hour = isotime::hourOf(e.timestamp);
        qint64 remittanceId = 0;
        bool late = false;
        for (int step = 0; step < 24 * 366 && remittanceId == 0; ++step, hour = hour.addSecs(3600)) {
            const auto window = tables.window(e, isotime::hourText(hour));
            if (!window)
                return fail(window.error());
            if (!window.value()) {
                const QString key = idempotencyKey(e.marketplace, e.account, e.product, e.metric, hour);
                const QString correlation = QStringLiteral("remit-") + key.left(32);
                const auto id = tables.createWindow(e, isotime::hourText(hour), QString::fromStdString(e.value.toString()), key, correlation);
                if (!id)
                    return fail(id.error());
                remittanceId = id.value();
                ++added.remittances;
                created << correlation;
            } else if (window.value()->status == QLatin1String("pending") && !window.value()->hasPayload) {
                // Open: nothing of it has left yet. (A pending one with a payload is a retry; its value is frozen.)
                DecimalSum sum = *DecimalSum::fromString(window.value()->value.toStdString());
                sum.add(e.value);
                remittanceId = window.value()->id;
                const auto set = tables.setOpenValue(remittanceId, QString::fromStdString(sum.toString()));
                if (!set)
                    return fail(set.error());
                if (!set.value())
                    return fail(tr("remittance %1 changed while usage was added").arg(remittanceId));
            } else {
                late = true; // already on its way: the next hour's window
            }
        }
        if (remittanceId == 0)
            return fail(tr("No open window within a year for %1/%2/%3/%4").arg(e.marketplace, e.account, e.product, e.metric));
        added.late += late ? 1 : 0;
        if (const Status recorded = tables.recordEvent(e, source, remittanceId); !recorded.ok())
            return fail(recorded.error());
        ++added.events;
    }
    StatusJournal journal(m_db);
    for (const QString &correlation : created)
        if (const Status s = journal.stage(correlation, QStringLiteral("AGGREGATED"), QStringLiteral("SUCCESS"),
                                           tr("aggregated from %1").arg(source));
            !s.ok())
            return fail(s.error());
    return added;
}

Expected<RemittanceBook::Added> RemittanceBook::addPackage(qint64 packageId)
{
    using Result = Expected<Added>;
    PackageStore store(m_db);
    const auto found = store.existing(packageId);
    if (!found)
        return Result::failure(found.error());
    const Package &p = *found;
    if (p.state != Package::State::Published)
        return Result::failure(tr("Package %1 is not published: only published packages are remitted").arg(packageId));
    const auto lines = store.lines(packageId, p.version);
    if (!lines)
        return Result::failure(lines.error());
    QList<UsageEvent> events;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (const ResidualLine &l : lines.value()) {
        if (l.holder.isEmpty())
            continue; // the unallocated share is owed to nobody yet
        UsageEvent e;
        e.timestamp = at;
        e.marketplace = QStringLiteral("packages");
        e.account = l.holder;
        e.product = l.isrc.isEmpty() ? l.dspId : l.isrc;
        e.metric = l.currency;
        if (Decimal::parse(l.net.toStdString(), e.value) != Decimal::ParseResult::Exact)
            return Result::failure(tr("Line %1 of package %2: the net %3 is beyond a single amount").arg(l.lineNo).arg(packageId).arg(l.net));
        events << e;
    }
    return add(events, tr("package %1 version %2").arg(packageId).arg(p.version));
}

} // namespace rd
