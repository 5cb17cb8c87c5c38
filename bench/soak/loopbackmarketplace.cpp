#include "loopbackmarketplace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRandomGenerator>

LoopbackMarketplace::LoopbackMarketplace(double failureRate)
    : m_failureRate(failureRate)
    , m_server([this](const rd::test::HttpRequest &request) { return answer(request); })
{
}

quint16 LoopbackMarketplace::startListening()
{
    return m_server.startListening();
}

std::map<QString, LoopbackMarketplace::Accepted> LoopbackMarketplace::accepted() const
{
    QMutexLocker lock(&m_mutex);
    return m_accepted;
}

int LoopbackMarketplace::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int LoopbackMarketplace::failuresAnswered() const
{
    QMutexLocker lock(&m_mutex);
    return m_failures;
}

// Called on the server's thread.
rd::test::HttpReply LoopbackMarketplace::answer(const rd::test::HttpRequest &request)
{
    const double roll = QRandomGenerator::global()->generateDouble();
    int status = 200;
    {
        QMutexLocker lock(&m_mutex);
        ++m_requests;
        if (roll < m_failureRate) {
            status = roll < m_failureRate / 2 ? 500 : 503;
            ++m_failures;
        } else {
            Accepted &a = m_accepted[request.idempotencyKey];
            if (a.times++ == 0)
                a.value = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("value")).toString();
        }
    }
    rd::test::HttpReply reply;
    reply.status = status;
    reply.body = "{}";
    if (status == 503)
        reply.headers = "Retry-After: 0\r\n";
    return reply;
}
