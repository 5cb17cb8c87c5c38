#include "remittancesender.h"

#include "journal/statusjournal.h"
#include "money/decimalsum.h"
#include "remit/remittancetables.h"
#include "db/transaction.h"
#include "util/isotime.h"
#include "util/processidentity.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <cmath>

namespace rd {
namespace {

const QStringList kKnownErrors{QStringLiteral("subscription_not_found"), QStringLiteral("customer_not_subscribed"), QStringLiteral("inactive"),
                               QStringLiteral("unsupported_metric")};

} // namespace

DeliveryOutcome DeliveryOutcome::fromResponse(int httpStatus, const QByteArray &body, const QString &networkError)
{
    DeliveryOutcome o;
    if (httpStatus >= 200 && httpStatus < 300) {
        o.kind = Kind::Succeeded;
    } else if (httpStatus == 409) {
        o.kind = Kind::Succeeded;
        o.note = QStringLiteral("redundant");
    } else if (httpStatus == 429) {
        o.kind = Kind::Transient;
        o.errorCode = QStringLiteral("marketplace_rate_limit");
    } else if (httpStatus == 401 || httpStatus == 403) {
        o.kind = Kind::Transient; // a token to renew: a pause that needs attention, not a verdict on the remittance
        o.errorCode = QStringLiteral("auth_required");
    } else if (httpStatus == 408) {
        o.kind = Kind::Transient;
        o.errorCode = QStringLiteral("request_timeout");
    } else if (httpStatus >= 400 && httpStatus < 500) {
        o.kind = Kind::Failed;
        const QJsonObject error = QJsonDocument::fromJson(body).object();
        QString code;
        for (const char *key : {"error_code", "errorCode", "code", "error"})
            if (code.isEmpty())
                code = error.value(QLatin1String(key)).toString();
        o.errorCode = kKnownErrors.contains(code) ? code : QStringLiteral("unknown");
    } else {
        o.kind = Kind::Transient; // 5xx, timeouts, refused or dropped connections
        o.errorCode = httpStatus >= 500 ? QStringLiteral("server_error") : QStringLiteral("network_error");
        o.note = networkError;
    }
    return o;
}

RemittanceSender::RemittanceSender(Database &database, Marketplaces marketplaces) : RemittanceSender(database, std::move(marketplaces), Options()) {}

RemittanceSender::RemittanceSender(Database &database, Marketplaces marketplaces, Options options)
    : m_db(database), m_marketplaces(std::move(marketplaces)), m_options(std::move(options))
{
}

RemittanceSender::~RemittanceSender() { release(); }

QDateTime RemittanceSender::now() const { return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc(); }

qint64 RemittanceSender::backoffMs(const Marketplace &m, int attempt, double jitterFraction)
{
    const double base = double(m.backoffMs) * std::pow(2.0, std::min(attempt - 1, 30));
    return qint64(base * (1.0 + jitterFraction));
}

bool RemittanceSender::databaseBusy() const
{
    return isBusy(m_db);
}

// The sender's transactions try once (one busy timeout) and leave the waiting to whileBusy(),
// which also notices a request to stop.
constexpr int kNoWait = 0;

// Runs a database step again while another process holds the write lock (each try already waits
// out the busy timeout), up to an hour: a long import must not make the sender give up.
Status RemittanceSender::whileBusy(const std::function<Status()> &step)
{
    QElapsedTimer waited;
    waited.start();
    for (int tries = 0;; ++tries) {
        const Status done = step();
        if (done.ok() || !databaseBusy() || waited.elapsed() > 3600 * 1000)
            return done;
        QThread::msleep(ulong(std::min(100 << std::min(tries, 4), 2000)));
    }
}

Status RemittanceSender::acquire()
{
    return whileBusy([this] { return acquireOnce(); });
}

Status RemittanceSender::acquireOnce()
{
    Transaction transaction(m_db, Transaction::Mode::Write, kNoWait); // read-then-write: immediate
    if (!transaction)
        return Status::failure(transaction.error());
    RemittanceTables tables(m_db);
    const auto owner = tables.senderOwner();
    if (!owner)
        return Status::failure(owner.error());
    const QString me = process::currentIdentity();
    if (owner.value() && *owner.value() != me && process::isAlive(*owner.value()))
        return Status::failure(tr("Another sender is running (%1)").arg(*owner.value()));
    if (const Status taken = tables.setSenderOwner(me, now()); !taken.ok())
        return taken;
    // What a dead sender left in flight goes out again, the same payload under the same key.
    if (const Status requeued = tables.requeueInFlight(QStringLiteral("taken over after the sender stopped"), now()); !requeued.ok())
        return requeued;
    if (!transaction.commit())
        return Status::failure(transaction.error());
    m_locked = true;
    return {};
}

void RemittanceSender::release()
{
    if (!m_locked)
        return;
    RemittanceTables(m_db).releaseSender(process::currentIdentity());
    m_locked = false;
}

Expected<std::optional<QDateTime>> RemittanceSender::nextDue()
{
    using Result = Expected<std::optional<QDateTime>>;
    // Only marketplaces that are configured: others' remittances wait for their configuration.
    const auto marketplaces = m_marketplaces.list();
    if (!marketplaces)
        return Result::failure(marketplaces.error());
    QStringList names;
    for (const Marketplace &m : marketplaces.value())
        names << m.name;
    const auto unsettled = RemittanceTables(m_db).unsettled(names);
    if (!unsettled)
        return Result::failure(unsettled.error());
    const auto &[count, next] = unsettled.value();
    if (count == 0)
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(next.isEmpty() ? now() : QDateTime::fromString(next, Qt::ISODateWithMs));
}

Expected<int> RemittanceSender::runOnce()
{
    using Result = Expected<int>;
    if (!m_locked)
        return Result::failure(tr("The sender lock is not held"));
    const auto marketplaces = m_marketplaces.list();
    if (!marketplaces)
        return Result::failure(marketplaces.error());
    const auto due = RemittanceTables(m_db).due(now());
    if (!due)
        return Result::failure(due.error());
    int handled = 0;
    QSet<QString> paused; // a marketplace that just failed transiently gets no more requests this pass
    for (const Due &d : due.value()) {
        if (QThread::currentThread()->isInterruptionRequested())
            break; // "Stop" is honoured between rows, never after a whole pass
        const Marketplace *marketplace = nullptr;
        for (const Marketplace &m : marketplaces.value())
            if (m.name == d.marketplace)
                marketplace = &m;
        if (!marketplace || paused.contains(d.marketplace))
            continue; // not configured yet, or paused: it waits
        if (!marketplace->token.isEmpty() && !tokenTransportSafe(marketplace->url))
            continue; // its token would travel in clear text: it waits until the URL is https
        bool transient = false;
        if (const Status s = sendOne(d, *marketplace, transient); !s.ok()) {
            if (databaseBusy())
                break; // another process holds the write lock (an import): this pass ends, the next tries again
            return Result::failure(s.error());
        }
        if (transient)
            paused.insert(d.marketplace);
        ++handled;
    }
    return handled;
}

RemittanceSender::Claim RemittanceSender::claimOne(const Due &d)
{
    Claim claim;
    Transaction transaction(m_db, Transaction::Mode::Write, kNoWait);
    if (!transaction) {
        claim.error = transaction.error();
        return claim;
    }
    auto rollback = [&](const QString &error) { // the transaction rolls back as it goes out of scope
        claim.error = error;
        return claim;
    };
    RemittanceTables tables(m_db);
    const auto current = tables.current(d.id);
    if (!current)
        return rollback(current.error());
    if (!current.value() || current.value()->status != QLatin1String("pending")) {
        claim.outcome = Claim::Outcome::Gone;
        return claim;
    }
    const QString value = current.value()->value;
    claim.payload = current.value()->payload.toUtf8();
    claim.attempt = current.value()->attempts + 1;
    const auto owed = DecimalSum::fromString(value.toStdString());
    if (claim.payload.isEmpty() && owed && owed->raw() == 0) { // nothing owed: settled without a request
        if (const Status gratis = tables.markGratis(d.id, now()); !gratis.ok())
            return rollback(gratis.error());
        claim.outcome = Claim::Outcome::Gratis;
    } else {
        if (claim.payload.isEmpty())
            claim.payload = QJsonDocument(QJsonObject{{QStringLiteral("idempotency_key"), d.key}, {QStringLiteral("marketplace"), d.marketplace},
                                                      {QStringLiteral("account"), d.account}, {QStringLiteral("product"), d.product},
                                                      {QStringLiteral("metric"), d.metric}, {QStringLiteral("hour"), d.hour}, {QStringLiteral("value"), value}})
                                .toJson(QJsonDocument::Compact);
        const auto claimed = tables.claim(d.id, QString::fromUtf8(claim.payload), claim.attempt, now());
        const auto attemptId = claimed && claimed.value() ? tables.addAttempt(d.id, now()) : Expected<qint64>::failure(QString());
        if (!attemptId)
            return rollback(tr("Cannot claim remittance %1").arg(d.id));
        claim.attemptId = attemptId.value();
        claim.outcome = Claim::Outcome::Claimed;
    }
    if (!transaction.commit())
        return rollback(transaction.error());
    return claim;
}

// Retry-After in milliseconds (delay-seconds or an HTTP date), 0 when absent or past.
qint64 RemittanceSender::retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return 0;
    bool number = false;
    const qint64 seconds = text.toLongLong(&number);
    if (number)
        return std::clamp<qint64>(seconds, 0, 24 * 3600) * 1000;
    QString date = QString::fromLatin1(text); // an IMF-fixdate: "Thu, 03 Dec 2026 10:00:30 GMT"
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    return at.isValid() ? std::clamp<qint64>(now.msecsTo(at), 0, 24 * 3600 * 1000) : 0;
}

Status RemittanceSender::settle(qint64 remittanceId, const QString &status, const QString &errorCode, const QString &note)
{
    return RemittanceTables(m_db).settle(remittanceId, status, errorCode, note, now());
}

QString RemittanceSender::Answer::message() const
{
    return !networkError.isEmpty() ? networkError : QString::fromUtf8(body.left(500));
}

Status RemittanceSender::sendOne(const Due &d, const Marketplace &marketplace, bool &transient)
{
    StatusJournal journal(m_db);
    // Too late to send: settled without a request.
    const QDateTime hour = QDateTime::fromString(d.hour, Qt::ISODate);
    if (d.payload.isEmpty() && hour.addSecs(qint64(marketplace.windowHours) * 3600 + 3600) < now()) {
        journal.stage(d.correlation, QStringLiteral("SENT"), QStringLiteral("FAILED"), tr("past the marketplace's %n-hour usage window", nullptr, marketplace.windowHours),
                      QStringLiteral("inactive"));
        return settle(d.id, QStringLiteral("failed"), QStringLiteral("inactive"), tr("past the %n-hour usage window", nullptr, marketplace.windowHours));
    }

    // 1. The claim, committed before anything leaves. The value is read again inside this write
    //    transaction (usage may have been added since the due list was read); the payload is built
    //    from it the first time and frozen: a retry sends the same payload, and later usage for the
    //    hour goes to the next open window.
    const Claim claim = claimOne(d);
    if (!claim.error.isEmpty())
        return Status::failure(claim.error); // busy included: runOnce ends the pass and tries again later
    if (claim.outcome == Claim::Outcome::Gone)
        return Status(); // settled or taken meanwhile: nothing to send
    if (claim.outcome == Claim::Outcome::Gratis) {
        journal.stage(d.correlation, QStringLiteral("SENT"), QStringLiteral("SKIPPED"), tr("nothing owed"));
        return Status();
    }
    journal.stage(d.correlation, QStringLiteral("SENT"), QStringLiteral("IN_PROGRESS"), tr("attempt %1 to %2").arg(claim.attempt).arg(marketplace.name));

    // 2. The request: marked sent first, since from here its fate is unknown until the answer comes.
    if (const Status marked = whileBusy([&] { return RemittanceTables(m_db).markSent(d.id, now()); }); !marked.ok())
        return marked;
    const Answer answer = post(d, marketplace, claim.payload);
    const DeliveryOutcome outcome = DeliveryOutcome::fromResponse(answer.httpStatus, answer.body, answer.networkError);
    transient = outcome.kind == DeliveryOutcome::Kind::Transient;

    // 3. The result, in one transaction, retried while another process holds the write lock: the
    //    marketplace has answered, and its answer (an accepted one above all) must not be lost.
    if (const Status recorded = recordAnswer(d, marketplace, claim, answer, outcome); !recorded.ok())
        return recorded;
    const QString message = answer.message();
    switch (outcome.kind) {
    case DeliveryOutcome::Kind::Succeeded:
        journal.stage(d.correlation, QStringLiteral("SENT"), QStringLiteral("SUCCESS"), tr("HTTP %1").arg(answer.httpStatus));
        journal.stage(d.correlation, QStringLiteral("ACKNOWLEDGED"), QStringLiteral("SUCCESS"), outcome.note);
        break;
    case DeliveryOutcome::Kind::Failed:
        journal.stage(d.correlation, QStringLiteral("SENT"), QStringLiteral("FAILED"), message, outcome.errorCode);
        break;
    case DeliveryOutcome::Kind::Transient:
        journal.stage(d.correlation, QStringLiteral("SENT"), claim.attempt >= marketplace.maxAttempts ? QStringLiteral("FAILED") : QStringLiteral("IN_PROGRESS"),
                      message.isEmpty() ? outcome.errorCode : message, outcome.errorCode);
        break;
    }
    return {};
}

RemittanceSender::Answer RemittanceSender::post(const Due &d, const Marketplace &marketplace, const QByteArray &payload)
{
    if (!m_network) // one per sender, made in the thread that sends: connections are kept between requests
        m_network = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request{QUrl(marketplace.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Idempotency-Key", d.key.toLatin1());
    if (!marketplace.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + marketplace.token.toUtf8());
    request.setTransferTimeout(m_options.timeoutMs);
    QElapsedTimer latency;
    latency.start();
    QNetworkReply *reply = m_network->post(request, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll().left(64 * 1024);
    answer.networkError = reply->error() == QNetworkReply::NoError || answer.httpStatus > 0 ? QString() : reply->errorString();
    answer.retryAfterMs = retryAfterMs(reply->rawHeader("Retry-After"), now());
    answer.latencyMs = latency.elapsed();
    reply->deleteLater();
    return answer;
}

Status RemittanceSender::recordAnswer(const Due &d, const Marketplace &marketplace, const Claim &claim, const Answer &answer,
                                      const DeliveryOutcome &outcome)
{
    const QString message = answer.message();
    return whileBusy([&]() -> Status {
        Transaction transaction(m_db, Transaction::Mode::Write, kNoWait);
        if (!transaction)
            return Status::failure(transaction.error());
        RemittanceTables tables(m_db);
        const std::optional<int> httpStatus = answer.httpStatus > 0 ? std::optional<int>(answer.httpStatus) : std::nullopt;
        if (const Status s = tables.recordAttemptAnswer(claim.attemptId, httpStatus, outcome.errorCode, message, answer.latencyMs); !s.ok())
            return s;
        Status settled;
        if (outcome.kind == DeliveryOutcome::Kind::Succeeded) {
            settled = settle(d.id, QStringLiteral("succeeded"), QString(), outcome.note);
        } else if (outcome.kind == DeliveryOutcome::Kind::Failed) {
            settled = settle(d.id, QStringLiteral("failed"), outcome.errorCode, message);
        } else if (claim.attempt >= marketplace.maxAttempts) {
            settled = settle(d.id, QStringLiteral("dead_letter"), outcome.errorCode,
                             tr("%n attempt(s) failed; the last: %1", nullptr, claim.attempt).arg(message.isEmpty() ? outcome.errorCode : message));
        } else {
            // The marketplace's Retry-After when it asks for longer than the backoff.
            const qint64 wait = std::max(answer.retryAfterMs,
                                         backoffMs(marketplace, claim.attempt, QRandomGenerator::global()->generateDouble() * m_options.jitter));
            settled = tables.reschedule(d.id, outcome.errorCode, now().addMSecs(wait), now());
        }
        if (settled.ok() && !transaction.commit())
            settled = Status::failure(transaction.error());
        return settled; // rolled back unless committed
    });
}

} // namespace rd
