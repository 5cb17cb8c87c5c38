#pragma once

#include "loopbackhttpserver.h"

#include <QMutex>
#include <QString>

#include <map>

// A marketplace on 127.0.0.1 for the soak: it answers each POST with 200, or
// at random with 500 or 503 (Retry-After: 0), and keeps, per idempotency key,
// how many requests it accepted and the value each accepted body carried. It
// runs on its own thread with its own event loop.
class LoopbackMarketplace
{
public:
    explicit LoopbackMarketplace(double failureRate);

    quint16 startListening();

    struct Accepted
    {
        int times = 0;
        QString value; // of the first accepted body
    };
    std::map<QString, Accepted> accepted() const;
    int requests() const;
    int failuresAnswered() const;

private:
    rd::test::HttpReply answer(const rd::test::HttpRequest &request);

    const double m_failureRate;
    mutable QMutex m_mutex;
    std::map<QString, Accepted> m_accepted;
    int m_requests = 0, m_failures = 0;
    rd::test::LoopbackHttpServer m_server; // last: its thread stops before the tallies it writes go
};
