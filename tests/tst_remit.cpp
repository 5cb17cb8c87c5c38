// Remittances over real HTTP on loopback: a scripted server (its own thread)
// answers 200, 409, 429, 500, 400 with error bodies, slowly, or drops the
// connection. Retries, backoff bounds, dead letters, the usage window, one
// remittance per hour under late usage, and exactly-once delivery across
// senders killed with SIGKILL at random moments.
#include "loopbackhttpserver.h"
#include "db/sqlquery.h"
#include "testsupport.h"

#include "copies/packagecopies.h"
#include "import/anyimporter.h"
#include "import/dsrimporter.h"
#include "licensing/claimscsv.h"
#include "licensing/claimstore.h"
#include "journal/statusinbox.h"
#include "journal/statusjournal.h"
#include "packages/packagestore.h"
#include "packages/residualbuilder.h"
#include "remit/marketplaces.h"
#include "remit/remittanceactions.h"
#include "remit/remittancebook.h"
#include "remit/remittancesender.h"
#include "db/database.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <sqlite3.h>

#include <chrono>
#include <csignal>
#include <map>
#include <thread>

using namespace rd;

namespace {

struct Request
{
    QString key, product;
    QByteArray body;
    QDateTime at;
};

using Reply = test::HttpReply;

// A marketplace that answers each POST as the script says and records every request.
class ScriptedServer
{
public:
    using Script = std::function<Reply(const Request &, int seenForKey)>;

    explicit ScriptedServer(Script script)
        : m_script(std::move(script))
        , m_server([this](const test::HttpRequest &http) { return answer(http); })
    {
    }

    quint16 startListening() { return m_server.startListening(); }

    QList<Request> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    std::map<QString, int> successes() const
    {
        QMutexLocker lock(&m_mutex);
        return m_successes;
    }

private:
    // Called on the server's thread.
    Reply answer(const test::HttpRequest &http)
    {
        const Request request{http.idempotencyKey, QJsonDocument::fromJson(http.body).object().value(QStringLiteral("product")).toString(),
                              http.body, http.at};
        QMutexLocker lock(&m_mutex);
        const int seen = int(std::count_if(m_requests.begin(), m_requests.end(), [&](const Request &r) { return r.key == request.key; }));
        m_requests << request;
        const Reply reply = m_script(request, seen);
        if (reply.status >= 200 && reply.status < 300 && !reply.drop)
            ++m_successes[request.key];
        return reply;
    }

    Script m_script;
    mutable QMutex m_mutex;
    QList<Request> m_requests;
    std::map<QString, int> m_successes;
    test::LoopbackHttpServer m_server; // last: its thread stops before the records it writes go
};

UsageEvent usage(const QDateTime &at, const QString &product, const char *value, const QString &marketplace = QStringLiteral("shop"))
{
    UsageEvent e;
    e.timestamp = at;
    e.marketplace = marketplace;
    e.account = QStringLiteral("acct-1");
    e.product = product;
    e.metric = QStringLiteral("streams");
    Decimal::parse(value, e.value);
    return e;
}

QString statusOf(Database &db, const QString &product)
{
    return test::scalar(db, QStringLiteral("SELECT status || '|' || coalesce(error_code, '') || '|' || coalesce(note, '') FROM remittances "
                                           "WHERE product = '%1' ORDER BY hour LIMIT 1")
                                .arg(product))
        .toString();
}

// Runs the sender until nothing waits (bounded).
void runUntilIdle(RemittanceSender &sender)
{
    for (int round = 0; round < 400; ++round) {
        const auto handled = sender.runOnce();
        QVERIFY2(handled, qPrintable(handled ? QString() : handled.error()));
        const auto next = sender.nextDue();
        QVERIFY(next);
        if (!next.value())
            return;
        QThread::msleep(10);
    }
    QFAIL("the sender did not finish");
}

} // namespace

class TestRemit : public QObject
{
    Q_OBJECT

private slots:
    void responsesMapToOutcomes();
    void backoffStaysWithinBounds();
    void everyResponseKindEndToEnd();
    void transientFailuresEndInTheDeadLetterQueue();
    void usageWindowExpiry();
    void onePerHourUnderLateUsage();
    void retryAfterLateUsageSendsWhatWasOwed();
    void senderPausesADeadMarketplaceAndHonoursRetryAfter();
    void senderOutlivesAWriteLockHeld35Seconds();
    void usageBetweenSelectAndClaimIsSent();
    void tokensNeverTravelInClearText();
    void eventsFilesNameLineAndField();
    void marketplaceConfigIsPrivate();
    void exactlyOnceAcrossKilledSenders();
    void recoveryActions();
    void journalAnswersForImportsAndPackages();
    void journalOfExternalPipelines();
    void statusInboxImportsAndRejects();
    void publishedPackageLinesBecomeUsage();
};

void TestRemit::responsesMapToOutcomes()
{
    using K = DeliveryOutcome::Kind;
    QCOMPARE(DeliveryOutcome::fromResponse(200, {}, {}).kind, K::Succeeded);
    QCOMPARE(DeliveryOutcome::fromResponse(204, {}, {}).kind, K::Succeeded);
    const auto duplicate = DeliveryOutcome::fromResponse(409, {}, {});
    QCOMPARE(duplicate.kind, K::Succeeded);
    QCOMPARE(duplicate.note, QStringLiteral("redundant"));
    QCOMPARE(DeliveryOutcome::fromResponse(429, {}, {}).errorCode, QStringLiteral("marketplace_rate_limit"));
    QCOMPARE(DeliveryOutcome::fromResponse(429, {}, {}).kind, K::Transient);
    for (const char *code : {"subscription_not_found", "customer_not_subscribed", "inactive", "unsupported_metric"}) {
        const auto failed = DeliveryOutcome::fromResponse(400, QByteArray("{\"error_code\":\"") + code + "\"}", {});
        QCOMPARE(failed.kind, K::Failed);
        QCOMPARE(failed.errorCode, QString::fromLatin1(code));
    }
    // 401, 403 and 408 pause the marketplace until someone looks (issue 16): transient, never a verdict.
    for (int status : {401, 403}) {
        QCOMPARE(DeliveryOutcome::fromResponse(status, "{\"error_code\":\"whatever\"}", {}).kind, K::Transient);
        QCOMPARE(DeliveryOutcome::fromResponse(status, {}, {}).errorCode, QStringLiteral("auth_required"));
    }
    QCOMPARE(DeliveryOutcome::fromResponse(408, {}, {}).errorCode, QStringLiteral("request_timeout"));
    QCOMPARE(DeliveryOutcome::fromResponse(402, "{\"error_code\":\"whatever\"}", {}).errorCode, QStringLiteral("unknown"));
    // Retry-After in seconds or as an HTTP date.
    const QDateTime now(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    QCOMPARE(RemittanceSender::retryAfterMs("120", now), 120000);
    QCOMPARE(RemittanceSender::retryAfterMs("Thu, 03 Dec 2026 10:00:30 GMT", now), 30000);
    QCOMPARE(RemittanceSender::retryAfterMs("", now), 0);
    QCOMPARE(RemittanceSender::retryAfterMs("soon", now), 0);
    QCOMPARE(DeliveryOutcome::fromResponse(404, "not json", {}).errorCode, QStringLiteral("unknown"));
    QCOMPARE(DeliveryOutcome::fromResponse(503, {}, {}).kind, K::Transient);
    QCOMPARE(DeliveryOutcome::fromResponse(0, {}, QStringLiteral("Connection refused")).kind, K::Transient);
}

void TestRemit::backoffStaysWithinBounds()
{
    Marketplace m;
    m.backoffMs = 100;
    QCOMPARE(RemittanceSender::backoffMs(m, 1, 0.0), 100);
    QCOMPARE(RemittanceSender::backoffMs(m, 3, 0.0), 400);
    QCOMPARE(RemittanceSender::backoffMs(m, 3, 0.5), 600);
    QVERIFY(RemittanceSender::backoffMs(m, 60, 0.5) > 0); // capped exponent: no overflow
}

void TestRemit::everyResponseKindEndToEnd()
{
    // Each product meets one behaviour of the marketplace.
    ScriptedServer server([](const Request &r, int seen) -> Reply {
        if (r.product == QLatin1String("ok"))
            return {200, "{}"};
        if (r.product == QLatin1String("dup"))
            return {409, "{}"};
        if (r.product == QLatin1String("gone"))
            return {400, "{\"error_code\":\"customer_not_subscribed\"}"};
        if (r.product == QLatin1String("odd"))
            return {422, "{\"error\":\"something else\"}"};
        if (r.product == QLatin1String("limited"))
            return seen == 0 ? Reply{429, "{}"} : Reply{200, "{}"};
        if (r.product == QLatin1String("dropped"))
            return seen == 0 ? Reply{200, {}, 0, true} : Reply{200, "{}"};
        if (r.product == QLatin1String("slow"))
            return seen == 0 ? Reply{200, "{}", 1500} : Reply{200, "{}"};
        return {500, "{}"};
    });
    const quint16 port = server.startListening();
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    Marketplaces markets(Marketplaces::pathFor(db->path()));
    QVERIFY(markets.put({QStringLiteral("shop"), QStringLiteral("http://127.0.0.1:%1/remit").arg(port), QStringLiteral("t0ken"), 6, 4, 20}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<UsageEvent> events;
    for (const char *product : {"ok", "dup", "gone", "odd", "limited", "dropped", "slow"})
        events << usage(now, QString::fromLatin1(product), "1.5");
    events << usage(now, QStringLiteral("free"), "0");
    events << usage(now, QStringLiteral("elsewhere"), "1", QStringLiteral("not-configured")); // waits, without holding the sender up
    QVERIFY(RemittanceBook(*db).add(events, QStringLiteral("test")));
    RemittanceSender::Options options;
    options.timeoutMs = 500;
    RemittanceSender sender(*db, markets, options);
    QVERIFY(sender.acquire().ok());
    runUntilIdle(sender);
    QCOMPARE(statusOf(*db, QStringLiteral("ok")), QStringLiteral("succeeded||"));
    QCOMPARE(statusOf(*db, QStringLiteral("dup")), QStringLiteral("succeeded||redundant"));
    QVERIFY(statusOf(*db, QStringLiteral("gone")).startsWith(QStringLiteral("failed|customer_not_subscribed|")));
    QVERIFY(statusOf(*db, QStringLiteral("odd")).startsWith(QStringLiteral("failed|unknown|")));
    QCOMPARE(statusOf(*db, QStringLiteral("limited")), QStringLiteral("succeeded||"));
    QCOMPARE(statusOf(*db, QStringLiteral("dropped")), QStringLiteral("succeeded||"));
    QCOMPARE(statusOf(*db, QStringLiteral("slow")), QStringLiteral("succeeded||"));
    QCOMPARE(statusOf(*db, QStringLiteral("free")), QStringLiteral("gratis||"));
    QCOMPARE(statusOf(*db, QStringLiteral("elsewhere")), QStringLiteral("pending||"));
    // Every attempt is kept: the 429 first, then the 200.
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT group_concat(coalesce(a.http_status, 'none') || ':' || coalesce(a.error_code, ''), ',') FROM remittance_attempts a "
                                              "JOIN remittances r ON r.id = a.remittance_id WHERE r.product = 'limited'"))
                 .toString(),
             QStringLiteral("429:marketplace_rate_limit,200:"));
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM remittance_attempts a JOIN remittances r ON r.id = a.remittance_id "
                                              "WHERE r.product = 'slow' AND a.error_code = 'network_error'"))
                 .toInt(),
             1); // the slow answer timed out once
    // The requests carried the key and the same body each time.
    for (const Request &r : server.requests())
        QCOMPARE(r.key.size(), 64);
    // The journal: aggregated, sent, acknowledged.
    const QString correlation = test::scalar(*db, QStringLiteral("SELECT correlation_id FROM remittances WHERE product = 'limited'")).toString();
    const auto summary = StatusJournal(*db).summary(correlation);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error() + u' ' + correlation));
    QStringList stages;
    for (const auto &s : summary->stages)
        stages << s.name + u':' + s.status;
    QCOMPARE(stages, QStringList({"AGGREGATED:SUCCESS", "SENT:SUCCESS", "ACKNOWLEDGED:SUCCESS"}));
    QVERIFY(summary->finished);
    QCOMPARE(summary->outcome, QStringLiteral("SUCCESS"));
}

void TestRemit::transientFailuresEndInTheDeadLetterQueue()
{
    ScriptedServer server([](const Request &, int) { return Reply{500, "{\"oops\":1}"}; });
    const quint16 port = server.startListening();
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    Marketplaces markets(Marketplaces::pathFor(db->path()));
    QVERIFY(markets.put({QStringLiteral("shop"), QStringLiteral("http://127.0.0.1:%1/").arg(port), QString(), 6, 3, 100}));
    QVERIFY(RemittanceBook(*db).add({usage(QDateTime::currentDateTimeUtc(), QStringLiteral("p"), "2")}, QStringLiteral("test")));
    RemittanceSender::Options options;
    options.jitter = 0.5;
    RemittanceSender sender(*db, markets, options);
    QVERIFY(sender.acquire().ok());
    runUntilIdle(sender);
    QVERIFY(statusOf(*db, QStringLiteral("p")).startsWith(QStringLiteral("dead_letter|server_error|")));
    const QList<Request> requests = server.requests();
    QCOMPARE(requests.size(), 3); // the maximum, then no more
    // Waits between attempts: backoff × 2^(n−1) × (1 + jitter), jitter below 0.5 (the upper bound with slack for a busy machine).
    const qint64 first = requests[0].at.msecsTo(requests[1].at), second = requests[1].at.msecsTo(requests[2].at);
    QVERIFY2(first >= 100 && first <= 150 + 250, qPrintable(QString::number(first)));
    QVERIFY2(second >= 200 && second <= 300 + 250, qPrintable(QString::number(second)));
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM remittance_attempts WHERE http_status = 500")).toInt(), 3);
    QCOMPARE(requests[0].body, requests[2].body);
}

void TestRemit::usageWindowExpiry()
{
    ScriptedServer server([](const Request &, int) { return Reply{200, "{}"}; });
    const quint16 port = server.startListening();
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    Marketplaces markets(Marketplaces::pathFor(db->path()));
    QVERIFY(markets.put({QStringLiteral("shop"), QStringLiteral("http://127.0.0.1:%1/").arg(port), QString(), 6, 3, 10}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(RemittanceBook(*db).add({usage(now.addSecs(-12 * 3600), QStringLiteral("old"), "1"), usage(now.addSecs(-3 * 3600), QStringLiteral("recent"), "1")},
                                    QStringLiteral("test")));
    RemittanceSender sender(*db, markets);
    QVERIFY(sender.acquire().ok());
    runUntilIdle(sender);
    QVERIFY(statusOf(*db, QStringLiteral("old")).startsWith(QStringLiteral("failed|inactive|")));
    QCOMPARE(statusOf(*db, QStringLiteral("recent")), QStringLiteral("succeeded||"));
    QCOMPARE(server.requests().size(), 1); // nothing was sent for the expired hour
}

void TestRemit::onePerHourUnderLateUsage()
{
    ScriptedServer server([](const Request &, int) { return Reply{200, "{}"}; });
    const quint16 port = server.startListening();
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    Marketplaces markets(Marketplaces::pathFor(db->path()));
    QVERIFY(markets.put({QStringLiteral("shop"), QStringLiteral("http://127.0.0.1:%1/").arg(port), QString(), 6, 3, 10}));
    const QDateTime hour = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(QDateTime::currentDateTimeUtc().time().hour(), 0), Qt::UTC).addSecs(-3600);
    RemittanceBook book(*db);
    // Two events in one hour: one remittance, summed exactly.
    QVERIFY(book.add({usage(hour.addSecs(60), QStringLiteral("p"), "0.1"), usage(hour.addSecs(1800), QStringLiteral("p"), "0.2")}, QStringLiteral("a")));
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) || ':' || min(value) FROM remittances")).toString(), QStringLiteral("1:0.3"));
    RemittanceSender sender(*db, markets);
    QVERIFY(sender.acquire().ok());
    runUntilIdle(sender);
    // Late usage for the remitted hour: into the next open window, as pending value.
    const auto late = book.add({usage(hour.addSecs(3000), QStringLiteral("p"), "0.05")}, QStringLiteral("b"));
    QVERIFY(late);
    QCOMPARE(late->late, 1);
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT group_concat(substr(hour, 12, 2) || '=' || value || '/' || status, ',') FROM "
                                              "(SELECT * FROM remittances ORDER BY hour)"))
                 .toString(),
             QStringLiteral("%1=0.3/succeeded,%2=0.05/pending").arg(hour.toString(QStringLiteral("hh")), hour.addSecs(3600).toString(QStringLiteral("hh"))));
    // The schema refuses a second remittance for the same key and hour.
    SqlQuery twin(*db);
    QVERIFY(!twin.exec(QStringLiteral("INSERT INTO remittances (marketplace, account, product, metric, hour, value, status, idempotency_key, correlation_id, "
                                      "created_at, updated_at) SELECT marketplace, account, product, metric, hour, value, 'pending', 'x', 'y', created_at, "
                                      "updated_at FROM remittances LIMIT 1")));
    // The succeeded one was sent once, with the value it had when it left.
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(server.requests().first().body).object().value(QStringLiteral("value")).toString(), QStringLiteral("0.3"));
}

// The marketplace answers 500, then 200; between the two attempts another process (the CLI) adds
// usage for the same hour. The retry sends the frozen payload, and the late usage goes out in the
// next hour's remittance: the accepted bodies add up to the usage, to the last digit.
void TestRemit::retryAfterLateUsageSendsWhatWasOwed()
{
    auto answered = std::make_shared<int>(0); // only the very first request fails (the server answers on one thread)
    ScriptedServer server([answered](const Request &, int) { return (*answered)++ == 0 ? Reply{500, "{}"} : Reply{200, "{}"}; });
    const quint16 port = server.startListening();
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    Marketplaces markets(Marketplaces::pathFor(db->path()));
    QVERIFY(markets.put({QStringLiteral("shop"), QStringLiteral("http://127.0.0.1:%1/").arg(port), QString(), 6, 5, 10}));
    const QDateTime hour = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(QDateTime::currentDateTimeUtc().time().hour(), 0), Qt::UTC).addSecs(-3600);
    auto ingest = [&](const char *name, const char *value) {
        const QString file = test::writeFile(dir, QString::fromLatin1(name),
                                             "timestamp,marketplace,account,product,metric,value\n" + hour.addSecs(600).toString(Qt::ISODate).toUtf8()
                                                 + ",shop,acct-1,p,EUR," + value + "\n");
        return test::runCli(db->path(), {QStringLiteral("remit"), QStringLiteral("ingest"), file});
    };
    const test::CliRun first = ingest("first.csv", "1.10");
    QVERIFY2(first.exitCode == 0, first.err.constData());
    RemittanceSender sender(*db, markets);
    QVERIFY(sender.acquire().ok());
    QVERIFY(sender.runOnce()); // attempt 1: 500, back to pending with its payload
    QCOMPARE(server.requests().size(), 1);
    const test::CliRun late = ingest("late.csv", "0.25"); // another process, between the attempts
    QVERIFY2(late.exitCode == 0, late.err.constData());
    QVERIFY2(late.out.contains("1 late event(s)"), late.out.constData());
    runUntilIdle(sender);
    DecimalSum accepted;
    QStringList values;
    const QList<Request> requests = server.requests();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QString value = QJsonDocument::fromJson(requests[i].body).object().value(QStringLiteral("value")).toString();
        values << value;
        if (i > 0) // the first answer was a 500
            accepted.add(*DecimalSum::fromString(value.toStdString()));
    }
    QCOMPARE(QString::fromStdString(accepted.toString()), QStringLiteral("1.35"));
    QCOMPARE(values, QStringList({"1.1", "1.1", "0.25"})); // the retry sends the frozen payload, the late usage its own
}

// A marketplace that answers 503 with Retry-After gets one request a pass, not one per due row,
// and the next attempt waits as long as it asked.
void TestRemit::senderPausesADeadMarketplaceAndHonoursRetryAfter()
{
    ScriptedServer server([](const Request &, int) { return Reply{503, "{}", 0, false, "Retry-After: 120\r\n"}; });
    const quint16 port = server.startListening();
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    Marketplaces markets(Marketplaces::pathFor(db->path()));
    QVERIFY(markets.put({QStringLiteral("shop"), QStringLiteral("http://127.0.0.1:%1/").arg(port), QString(), 6, 5, 10}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(RemittanceBook(*db).add({usage(now, QStringLiteral("a"), "1"), usage(now, QStringLiteral("b"), "2"), usage(now, QStringLiteral("c"), "3")},
                                    QStringLiteral("t")));
    RemittanceSender sender(*db, markets);
    QVERIFY(sender.acquire().ok());
    QVERIFY(sender.runOnce());
    QCOMPARE(server.requests().size(), 1); // paused after the first transient failure
    const QDateTime next = QDateTime::fromString(test::scalar(*db, QStringLiteral("SELECT max(next_attempt_at) FROM remittances")).toString(), Qt::ISODateWithMs);
    QVERIFY2(next >= now.addSecs(110), qPrintable(next.toString(Qt::ISODate))); // 120 s asked for, not the 10 ms backoff
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM remittances WHERE status = 'pending'")).toInt(), 3);
}

// An import (here: another connection on its own thread) holds the write lock for 35 s while the
// CLI sender runs: the sender waits it out, every remittance ends succeeded, and each key gets
// exactly one accepted request.
void TestRemit::senderOutlivesAWriteLockHeld35Seconds()
{
    ScriptedServer server([](const Request &, int) { return Reply{200, "{}", 400}; });
    const quint16 port = server.startListening();
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    Marketplaces markets(Marketplaces::pathFor(db->path()));
    QVERIFY(markets.put({QStringLiteral("shop"), QStringLiteral("http://127.0.0.1:%1/").arg(port), QString(), 6, 3, 10}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<UsageEvent> events;
    for (int i = 0; i < 8; ++i)
        events << usage(now, QStringLiteral("p%1").arg(i), "1.5");
    QVERIFY(RemittanceBook(*db).add(events, QStringLiteral("t")));
    QProcess sender;
    sender.start(QStringLiteral(RD_CLI_PATH), {QStringLiteral("--db"), db->path(), QStringLiteral("remit"), QStringLiteral("run"),
                                               QStringLiteral("--until-idle")});
    QTRY_VERIFY_WITH_TIMEOUT(!server.requests().isEmpty(), 20000); // a request is in flight
    std::thread holder([path = db->path()] {
        sqlite3 *other = nullptr;
        sqlite3_open(path.toUtf8().constData(), &other);
        sqlite3_busy_timeout(other, 10000);
        if (sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK) {
            std::this_thread::sleep_for(std::chrono::seconds(35));
            sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
        }
        sqlite3_close(other);
    });
    holder.join();
    QVERIFY(sender.waitForFinished(120000));
    QVERIFY2(sender.exitCode() == 0, sender.readAllStandardError().constData());
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM remittances WHERE status = 'succeeded'")).toInt(), 8);
    QCOMPARE(int(server.successes().size()), 8);
    for (const auto &[key, accepted] : server.successes())
        QCOMPARE(accepted, 1);
}

// Usage added by another connection after the sender listed what is due but before it claims:
// the claim re-reads the value, so the payload carries it. (The sender's clock is the seam: it is
// asked after the due list is read and before the claim.)
void TestRemit::usageBetweenSelectAndClaimIsSent()
{
    ScriptedServer server([](const Request &, int) { return Reply{200, "{}"}; });
    const quint16 port = server.startListening();
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    Marketplaces markets(Marketplaces::pathFor(db->path()));
    QVERIFY(markets.put({QStringLiteral("shop"), QStringLiteral("http://127.0.0.1:%1/").arg(port), QString(), 6, 3, 10}));
    const QDateTime hour = QDateTime::currentDateTimeUtc();
    QVERIFY(RemittanceBook(*db).add({usage(hour, QStringLiteral("p"), "2.50")}, QStringLiteral("first")));
    auto other = Database::open(db->path()); // another connection, as another process would have
    QVERIFY(other.ok());
    int calls = 0;
    bool armed = false, injected = false;
    RemittanceSender::Options options;
    options.clock = [&] {
        if (armed && ++calls == 2) // the due list has been read; the claim has not begun
            injected = bool(RemittanceBook(*other.value()).add({usage(hour, QStringLiteral("p"), "0.75")}, QStringLiteral("meanwhile")));
        return QDateTime::currentDateTimeUtc();
    };
    RemittanceSender sender(*db, markets, options);
    QVERIFY(sender.acquire().ok());
    armed = true;
    runUntilIdle(sender);
    QVERIFY(injected);
    DecimalSum sent;
    for (const Request &r : server.requests())
        sent.add(*DecimalSum::fromString(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("value")).toString().toStdString()));
    QCOMPARE(QString::fromStdString(sent.toString()), QStringLiteral("3.25"));
}

// A bearer token goes over https, or plain http to this machine only.
void TestRemit::tokensNeverTravelInClearText()
{
    QTemporaryDir dir;
    Marketplaces markets(dir.filePath(QStringLiteral("markets.json")));
    const auto refused = markets.put({QStringLiteral("far"), QStringLiteral("http://marketplace.example/remit"), QStringLiteral("s3cret"), 6, 3, 10});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("clear text")), qPrintable(refused.error()));
    QVERIFY(markets.put({QStringLiteral("far"), QStringLiteral("https://marketplace.example/remit"), QStringLiteral("s3cret"), 6, 3, 10}).ok());
    QVERIFY(markets.put({QStringLiteral("near"), QStringLiteral("http://127.0.0.1:9/remit"), QStringLiteral("s3cret"), 6, 3, 10}).ok());
    QVERIFY(markets.put({QStringLiteral("open"), QStringLiteral("http://marketplace.example/remit"), QString(), 6, 3, 10}).ok());
    QVERIFY(tokenTransportSafe(QStringLiteral("http://localhost:8080/")));
    QVERIFY(tokenTransportSafe(QStringLiteral("http://[::1]:8080/")));
    QVERIFY(!tokenTransportSafe(QStringLiteral("http://10.0.0.1/")));
}

void TestRemit::eventsFilesNameLineAndField()
{
    QTemporaryDir dir;
    const auto good = RemittanceBook::readEvents(test::writeFile(dir, QStringLiteral("u.csv"),
                                                                 "timestamp,marketplace,account,product,metric,value\n"
                                                                 "2026-11-21T10:15:00Z,shop,a,p,streams,1.25\n"));
    QVERIFY(good);
    QCOMPARE(good->size(), 1);
    const auto json = RemittanceBook::readEvents(test::writeFile(
        dir, QStringLiteral("u.jsonl"), "{\"timestamp\":\"2026-11-21T10:15:00+01:00\",\"marketplace\":\"shop\",\"account\":\"a\",\"product\":\"p\",\"metric\":\"m\",\"value\":\"3\"}\n"));
    QVERIFY(json);
    QCOMPARE(json->first().timestamp.toUTC().time().hour(), 9);
    const auto badValue = RemittanceBook::readEvents(test::writeFile(dir, QStringLiteral("bad.csv"),
                                                                     "timestamp,marketplace,account,product,metric,value\n"
                                                                     "2026-11-21T10:15:00Z,shop,a,p,streams,1.25\n"
                                                                     "2026-11-21T10:15:00Z,shop,a,p,streams,twelve\n"));
    QVERIFY(!badValue);
    QVERIFY2(badValue.error().startsWith(QStringLiteral("bad.csv:3: value")), qPrintable(badValue.error()));
    const auto noZone = RemittanceBook::readEvents(test::writeFile(dir, QStringLiteral("zone.csv"),
                                                                   "timestamp,marketplace,account,product,metric,value\n2026-11-21T10:15:00,shop,a,p,s,1\n"));
    QVERIFY(!noZone);
    QVERIFY(noZone.error().startsWith(QStringLiteral("zone.csv:2: timestamp")));
    const auto noColumn = RemittanceBook::readEvents(test::writeFile(dir, QStringLiteral("col.csv"), "timestamp,marketplace,account,product,value\n"));
    QVERIFY(!noColumn);
    QVERIFY(noColumn.error().contains(QStringLiteral("metric")));
}

void TestRemit::marketplaceConfigIsPrivate()
{
    QTemporaryDir dir;
    Marketplaces markets(dir.filePath(QStringLiteral("marketplaces.json")));
    QVERIFY(!markets.put({QStringLiteral("x"), QStringLiteral("ftp://example.org"), QString(), 6, 3, 10}).ok());
    QVERIFY(markets.put({QStringLiteral("x"), QStringLiteral("https://example.org/remit"), QStringLiteral("s3cret"), 6, 3, 10}).ok());
    QCOMPARE(QFile(dir.filePath(QStringLiteral("marketplaces.json"))).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                                                                         | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QCOMPARE(markets.find(QStringLiteral("x")).value().token, QStringLiteral("s3cret"));
}

void TestRemit::exactlyOnceAcrossKilledSenders()
{
    // The marketplace accepts a key once (200) and calls any later request for it a duplicate (409);
    // answers are slow enough that kills land before, during and after requests.
    ScriptedServer server([](const Request &, int seen) {
        Reply r{seen == 0 ? 200 : 409, "{}"};
        r.delayMs = int(QRandomGenerator::global()->bounded(40));
        return r;
    });
    const quint16 port = server.startListening();
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("test.sqlite"));
    const int remittances = 40;
    {
        auto db = test::openDatabase(dir);
        Marketplaces markets(Marketplaces::pathFor(db->path()));
        QVERIFY(markets.put({QStringLiteral("shop"), QStringLiteral("http://127.0.0.1:%1/").arg(port), QString(), 6, 50, 10}));
        QList<UsageEvent> events;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < remittances; ++i)
            events << usage(now, QStringLiteral("p%1").arg(i), "1.01");
        QVERIFY(RemittanceBook(*db).add(events, QStringLiteral("test")));
    }
    QRandomGenerator rng(4242);
    int kills = 0;
    for (int run = 0; run < 60; ++run) {
        QProcess sender;
        sender.start(QStringLiteral(RD_CLI_PATH), {QStringLiteral("--db"), dbPath, QStringLiteral("remit"), QStringLiteral("run"), QStringLiteral("--until-idle")});
        QVERIFY(sender.waitForStarted());
        if (sender.waitForFinished(int(rng.bounded(30, 250))) && sender.exitStatus() == QProcess::NormalExit) {
            QVERIFY2(sender.exitCode() == 0, sender.readAllStandardError().constData());
            break; // everything was sent
        }
        ::kill(pid_t(sender.processId()), SIGKILL);
        sender.waitForFinished();
        ++kills;
    }
    // A last, uninterrupted run finishes whatever is left.
    QProcess last;
    last.start(QStringLiteral(RD_CLI_PATH), {QStringLiteral("--db"), dbPath, QStringLiteral("remit"), QStringLiteral("run"), QStringLiteral("--until-idle")});
    QVERIFY(last.waitForFinished(60000));
    QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());
    QVERIFY2(kills >= 3, "the senders were hardly interrupted");

    auto db = test::openDatabase(dir);
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM remittances WHERE status = 'succeeded'")).toInt(), remittances);
    const auto successes = server.successes();
    QCOMPARE(int(successes.size()), remittances); // no key lost
    for (const auto &[key, count] : successes)
        QVERIFY2(count == 1, qPrintable(key)); // each accepted exactly once
    std::map<QString, QByteArray> bodies; // and never a second, different payload for a key
    for (const Request &r : server.requests()) {
        auto [it, first] = bodies.emplace(r.key, r.body);
        QVERIFY2(first || it->second == r.body, qPrintable(r.key));
    }
    qDebug("%d sender(s) killed, %d request(s) for %d remittances", kills, int(server.requests().size()), remittances);
}

void TestRemit::recoveryActions()
{
    // "gone" is refused once, "down" fails twice (a dead letter at 2 attempts); both are fine afterwards.
    ScriptedServer server([](const Request &r, int seen) -> Reply {
        if (r.product == QLatin1String("gone") && seen == 0)
            return {400, "{\"error_code\":\"subscription_not_found\"}"};
        if (r.product == QLatin1String("down") && seen < 2)
            return {503, "{}"};
        return {200, "{}"};
    });
    const quint16 port = server.startListening();
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    Marketplaces markets(Marketplaces::pathFor(db->path()));
    QVERIFY(markets.put({QStringLiteral("shop"), QStringLiteral("http://127.0.0.1:%1/").arg(port), QString(), 6, 2, 10}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime hour(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
    RemittanceBook book(*db);
    QVERIFY(book.add({usage(hour, QStringLiteral("gone"), "1"), usage(hour, QStringLiteral("down"), "1"), usage(hour, QStringLiteral("sold"), "0.3")},
                     QStringLiteral("a")));
    RemittanceSender sender(*db, markets);
    QVERIFY(sender.acquire().ok());
    runUntilIdle(sender);
    QVERIFY(statusOf(*db, QStringLiteral("gone")).startsWith(QStringLiteral("failed|subscription_not_found")));
    QVERIFY(statusOf(*db, QStringLiteral("down")).startsWith(QStringLiteral("dead_letter|")));
    RemittanceActions actions(*db);
    auto idOf = [&](const char *product) {
        return test::scalar(*db, QStringLiteral("SELECT id FROM remittances WHERE product = '%1'").arg(QLatin1String(product))).toLongLong();
    };
    // Retry the failed one, re-drive every dead letter: both go out again, with the same bodies.
    QCOMPARE(actions.retry({idOf("gone"), idOf("sold")}).value(), 1); // only failed items are retried
    QCOMPARE(actions.redrive({}).value(), 1);
    runUntilIdle(sender);
    QCOMPARE(statusOf(*db, QStringLiteral("gone")), QStringLiteral("succeeded||"));
    QCOMPARE(statusOf(*db, QStringLiteral("down")), QStringLiteral("succeeded||"));
    std::map<QString, QSet<QByteArray>> bodies;
    for (const Request &r : server.requests())
        bodies[r.product].insert(r.body);
    QCOMPARE(bodies[QStringLiteral("gone")].size(), 1);
    QCOMPARE(bodies[QStringLiteral("down")].size(), 1);

    // Reset a pending value, then recalculate it back from its events.
    const QDateTime next = hour.addSecs(7200);
    QVERIFY(book.add({usage(next, QStringLiteral("p"), "1.25"), usage(next.addSecs(60), QStringLiteral("p"), "2.5")}, QStringLiteral("b")));
    QCOMPARE(actions.resetPending(QStringLiteral("p"), next, next.addSecs(3600), {QStringLiteral("someone-else")}).value(), 0);
    QCOMPARE(actions.resetPending(QStringLiteral("p"), next, next.addSecs(3600), {}).value(), 1);
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT value FROM remittances WHERE product = 'p'")).toString(), QStringLiteral("0"));
    QCOMPARE(actions.recalculate(next, next.addSecs(3600)).value(), 1);
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT value FROM remittances WHERE product = 'p'")).toString(), QStringLiteral("3.75"));

    // A source corrected after its hour was sent: only the difference is queued, once.
    SqlQuery fix(*db);
    QVERIFY(fix.exec(QStringLiteral("UPDATE usage_events SET value = '0.45' WHERE product = 'sold'")));
    QCOMPARE(actions.recalculate(hour, hour.addSecs(3600)).value(), 1);
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT group_concat(value || '/' || status, ',') FROM (SELECT * FROM remittances WHERE product = 'sold' ORDER BY hour)"))
                 .toString(),
             QStringLiteral("0.3/succeeded,0.15/pending"));
    QCOMPARE(actions.recalculate(hour, hour.addSecs(3600)).value(), 0); // nothing more to correct

    // A sent item nobody answered for an hour: unknown, with the reason.
    QVERIFY(fix.exec(QStringLiteral("UPDATE remittances SET status = 'sent', updated_at = '2020-01-01T00:00:00.000Z' WHERE product = 'p'")));
    QCOMPARE(actions.reconcileStuck(3600, false).value(), 1);
    QVERIFY(statusOf(*db, QStringLiteral("p")).startsWith(QStringLiteral("unknown|stuck|no answer since before")));
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT group_concat(action, ',') FROM remittance_audit")).toString(),
             QStringLiteral("retry,redrive,reset,reset,recalc,recalc,recalc,reconcile"));
}

void TestRemit::journalAnswersForImportsAndPackages()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const QList<ImportResult> imported = AnyImporter(*db).importFile(test::writeFile(
        dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"), "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\nA\tSong\tX\tQZABC0000001\t10\t100\n"));
    QCOMPARE(imported.size(), 1);
    auto stagesOf = [&](const QString &correlation) {
        const auto summary = StatusJournal(*db).summary(correlation);
        QStringList out;
        if (summary)
            for (const auto &s : summary->stages)
                out << s.name + u':' + s.status;
        return out;
    };
    const auto importFlow = StatusJournal(*db).summary(imported.first().correlationId);
    QVERIFY(importFlow);
    QCOMPARE(stagesOf(imported.first().correlationId), QStringList({"RECEIVED:SUCCESS", "PARSED:SUCCESS", "VALIDATED:SUCCESS", "STORED:SUCCESS"}));
    QVERIFY(importFlow->finished);
    QCOMPARE(importFlow->outcome, QStringLiteral("SUCCESS"));
    QCOMPARE(importFlow->details->recordCount, 1);
    QCOMPARE(importFlow->details->dataSetType, QStringLiteral("DSR"));
    // The same file again: parsed, then skipped as a duplicate, with the reason.
    const QList<ImportResult> again = AnyImporter(*db).importFile(dir.filePath(QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv")));
    QCOMPARE(stagesOf(again.first().correlationId).last(), QStringLiteral("STORED:SKIPPED"));

    PackageStore store(*db);
    const qint64 id = store.create(QStringLiteral("J"), {{QStringLiteral("GB")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();
    QVERIFY(ResidualBuilder::build(*db, id));
    QVERIFY(PackageCopies(*db, [](const StatementData &) { return QByteArray("%PDF-stand-in"); }).publish(id).ok());
    QVERIFY(store.retract(id, QStringLiteral("test")).ok());
    QCOMPARE(stagesOf(PackageStore::correlationId(id)),
             QStringList({"BUILT:SUCCESS", "PUBLISHED:SUCCESS", "EXPORTED:SUCCESS", "RETAINED_LOCAL:SUCCESS", "RETRACTED:SUCCESS"}));
}

void TestRemit::journalOfExternalPipelines()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const QString file = test::writeFile(dir, QStringLiteral("pipeline.jsonl"),
        "{\"type\":\"dataSetDetails\",\"correlationId\":\"c1\",\"dataSetId\":\"ds\",\"dataSetVersionId\":\"3\",\"dataSetType\":\"usage\",\"recordCount\":3,\"timestamp\":\"2026-11-20T10:00:00Z\"}\n"
        "{\"type\":\"status\",\"correlationId\":\"c1\",\"stage\":\"LOAD\",\"status\":\"IN_PROGRESS\",\"timestamp\":\"2026-11-20T10:00:00Z\"}\n"
        "{\"type\":\"status\",\"correlationId\":\"c1\",\"stage\":\"LOAD\",\"status\":\"SUCCESS\",\"timestamp\":\"2026-11-20T10:00:02.500Z\"}\n"
        "{\"type\":\"status\",\"correlationId\":\"c1\",\"recordId\":\"r1\",\"stage\":\"PUBLISH\",\"status\":\"SUCCESS\",\"timestamp\":\"2026-11-20T10:00:03Z\"}\n"
        "{\"type\":\"status\",\"correlationId\":\"c1\",\"recordId\":\"r2\",\"stage\":\"PUBLISH\",\"status\":\"SUCCESS\",\"timestamp\":\"2026-11-20T10:00:04Z\"}\n"
        "{\"type\":\"status\",\"correlationId\":\"c1\",\"recordId\":\"r3\",\"stage\":\"PUBLISH\",\"status\":\"FAILED\",\"message\":\"no such customer\",\"errorCode\":\"customer_not_subscribed\",\"timestamp\":\"2026-11-20T10:00:05Z\"}\n"
        "{\"type\":\"status\",\"correlationId\":\"c2\",\"stage\":\"LOAD\",\"status\":\"IN_PROGRESS\",\"timestamp\":\"2026-11-21T09:00:00Z\"}\n");
    const auto imported = StatusJournal(*db).importJsonl(file);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    QCOMPARE(imported->details, 1);
    QCOMPARE(imported->statuses, 6);
    QVERIFY(StatusJournal(*db).importJsonl(file)); // importing again adds nothing
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM status_messages")).toInt(), 6);
    const auto c1 = StatusJournal(*db).summary(QStringLiteral("c1"));
    QVERIFY(c1);
    QVERIFY(c1->finished);
    QCOMPARE(c1->outcome, QStringLiteral("PARTIAL_SUCCESS")); // 2 of 3 records
    QCOMPARE(c1->recordsSucceeded, 2);
    QCOMPARE(c1->recordsFailed, 1);
    QCOMPARE(c1->errorCode, QStringLiteral("customer_not_subscribed"));
    QCOMPARE(c1->message, QStringLiteral("no such customer"));
    QCOMPARE(c1->stages.first().durationMs(), 2500);
    const auto c2 = StatusJournal(*db).summary(QStringLiteral("c2"));
    QVERIFY(!c2->finished);
    QCOMPARE(c2->currentStage, QStringLiteral("LOAD"));
    // A bad line is named, and nothing of the file is kept.
    const auto bad = StatusJournal(*db).importJsonl(test::writeFile(dir, QStringLiteral("bad.jsonl"),
        "{\"correlationId\":\"c3\",\"stage\":\"X\",\"status\":\"SUCCESS\",\"timestamp\":\"2026-11-20T10:00:00Z\"}\n"
        "{\"correlationId\":\"c3\",\"stage\":\"X\",\"status\":\"DONE\",\"timestamp\":\"2026-11-20T10:00:00Z\"}\n"));
    QVERIFY(!bad);
    QVERIFY2(bad.error().startsWith(QStringLiteral("bad.jsonl:2: status")), qPrintable(bad.error()));
    QVERIFY(!StatusJournal(*db).summary(QStringLiteral("c3")));
    // Export since a day: c2's message only.
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(StatusJournal(*db).exportJsonl(out, QDateTime(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC)).ok());
    QCOMPARE(out.data().count('\n'), 1);
    QVERIFY(out.data().contains("\"correlationId\":\"c2\""));
}

void TestRemit::statusInboxImportsAndRejects()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const QString inbox = StatusInbox::folderFor(db->path());
    QVERIFY(QDir().mkpath(inbox));
    auto drop = [&](const QString &name, const QByteArray &text) {
        QFile f(inbox + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.flush();
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-10), QFileDevice::FileModificationTime)); // settled
        f.close();
    };
    drop(QStringLiteral("good.jsonl"), "{\"correlationId\":\"x1\",\"stage\":\"LOAD\",\"status\":\"SUCCESS\",\"timestamp\":\"2026-11-20T10:00:00Z\"}\n");
    drop(QStringLiteral("bad.jsonl"), "not json\n");
    drop(QStringLiteral("notes.txt"), "ignored");
    const auto swept = StatusInbox(*db, inbox).sweep();
    QVERIFY(swept);
    QCOMPARE(swept->imported, QStringList{QStringLiteral("good.jsonl")});
    QCOMPARE(swept->rejected.size(), 1);
    QVERIFY(swept->rejected.first().startsWith(QStringLiteral("bad.jsonl: bad.jsonl:1:")));
    QVERIFY(QFile::exists(inbox + QLatin1String("/done/good.jsonl")));
    QVERIFY(QFile::exists(inbox + QLatin1String("/rejected/bad.jsonl.error")));
    QVERIFY(QFile::exists(inbox + QLatin1String("/notes.txt")));
    QVERIFY(StatusJournal(*db).summary(QStringLiteral("x1")));
    // A file still being written waits.
    QFile fresh(inbox + QLatin1String("/fresh.jsonl"));
    QVERIFY(fresh.open(QIODevice::WriteOnly));
    fresh.write("{");
    fresh.close();
    QVERIFY(StatusInbox(*db, inbox).sweep()->rejected.isEmpty());
    QVERIFY(QFile::exists(inbox + QLatin1String("/fresh.jsonl")));
}

void TestRemit::publishedPackageLinesBecomeUsage()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"),
                                                        "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\nA\tSong\tX\tQZABC0000001\t10\t100\n"))
                .ok());
    QVERIFY(ClaimStore(*db).importFile(ClaimsCsv::read(test::writeFile(dir, QStringLiteral("c.csv"),
                                                                       "isrc,territory,rights_holder,share,valid_from\nQZABC0000001,GB,Label,60,2019-01-01\n"),
                                                       QDate(2019, 1, 1))
                                           .value()));
    PackageStore store(*db);
    const qint64 id = store.create(QStringLiteral("R"), {{QStringLiteral("GB")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();
    QVERIFY(ResidualBuilder::build(*db, id));
    RemittanceBook book(*db);
    QVERIFY(!book.addPackage(id)); // built, not published
    QVERIFY(store.publish(id).ok());
    const auto added = book.addPackage(id);
    QVERIFY2(added, qPrintable(added ? QString() : added.error()));
    QCOMPARE(added->remittances, 1); // the holder's line; the unallocated 40% is owed to nobody yet
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT marketplace || '|' || account || '|' || product || '|' || metric || '|' || value FROM remittances")).toString(),
             QStringLiteral("packages|Label|QZABC0000001|GBP|60"));
}

QTEST_GUILESS_MAIN(TestRemit)
#include "tst_remit.moc"
