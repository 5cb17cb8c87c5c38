#pragma once

#include "remit/marketplaces.h"
#include "remit/remittancerecords.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace rd {

class Database;

// How a marketplace answered one delivery attempt.
struct DeliveryOutcome
{
    enum class Kind { Succeeded, Failed, Transient };
    Kind kind = Kind::Transient;
    QString errorCode; // failed: subscription_not_found, customer_not_subscribed, inactive, unsupported_metric or unknown; transient: why
    QString note;      // "redundant" for a 409
    static DeliveryOutcome fromResponse(int httpStatus, const QByteArray &body, const QString &networkError);
};

// Sends due remittances to their marketplaces: a POST of the frozen JSON
// payload with the remittance's Idempotency-Key. Crash-safe: the attempt is
// committed before the request leaves and the result after it returns, so a
// crash at any moment leaves the remittance in_progress or sent with its
// payload, and the next sender (after taking over the lock) sends the very
// same bytes under the same key. Only one sender runs at a time.
class RemittanceSender
{
    Q_DECLARE_TR_FUNCTIONS(RemittanceSender)

public:
    struct Options
    {
        int timeoutMs = 15000;
        double jitter = 0.5; // a retry waits backoff × 2^(n−1) × (1 + up to this)
        std::function<QDateTime()> clock;
    };

    RemittanceSender(Database &database, Marketplaces marketplaces);
    RemittanceSender(Database &database, Marketplaces marketplaces, Options options);
    ~RemittanceSender();

    // Takes the sender lock (refused while another live process holds it);
    // remittances a dead sender left in flight become due again.
    Status acquire();
    void release();

    // Sends every remittance due now once. Returns how many were handled.
    Expected<int> runOnce();
    // Whether any remittance of a configured marketplace still waits to be sent (now or after a
    // backoff), and when the next is due.
    Expected<std::optional<QDateTime>> nextDue();

    // The delay before retry n (1-based) for a marketplace, with jitter in [0, jitter).
    static qint64 backoffMs(const Marketplace &m, int attempt, double jitterFraction);
    static qint64 retryAfterMs(const QByteArray &header, const QDateTime &now);

private:
    using Due = DueRemittance;
    // What claiming a due remittance came to, decided inside one immediate transaction.
    struct Claim
    {
        enum class Outcome { Claimed, Gratis, Gone } outcome = Outcome::Gone;
        QByteArray payload; // frozen at the first claim
        int attempt = 0;
        qint64 attemptId = 0;
        QString error;
    };
    Claim claimOne(const Due &due);
    Status acquireOnce();
    bool databaseBusy() const;
    Status whileBusy(const std::function<Status()> &step);
    // transient: the marketplace failed for now (5xx, timeout, 429, 401/403/408); it is paused for the pass.
    Status sendOne(const Due &due, const Marketplace &marketplace, bool &transient);
    // The marketplace's answer to one request.
    struct Answer
    {
        int httpStatus = 0;
        QByteArray body;
        QString networkError;
        qint64 retryAfterMs = 0, latencyMs = 0;
        QString message() const; // the network error, else the start of the body
    };
    Answer post(const Due &due, const Marketplace &marketplace, const QByteArray &payload);
    // The answer and the remittance's next state, in one transaction (retried while busy).
    Status recordAnswer(const Due &due, const Marketplace &marketplace, const Claim &claim, const Answer &answer,
                        const DeliveryOutcome &outcome);
    Status settle(qint64 remittanceId, const QString &status, const QString &errorCode, const QString &note);
    QDateTime now() const;

    Database &m_db;
    Marketplaces m_marketplaces;
    Options m_options;
    bool m_locked = false;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace rd
