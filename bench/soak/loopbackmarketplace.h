#pragma once

#include <QByteArray>
#include <QMutex>
#include <QSemaphore>
#include <QString>
#include <QThread>

#include <map>

class QTcpSocket;

// A marketplace on 127.0.0.1 for the soak: it answers each POST with 200, or
// at random with 500 or 503 (Retry-After: 0), and keeps, per idempotency key,
// how many requests it accepted and the value each accepted body carried. It
// runs on its own thread with its own event loop.
class LoopbackMarketplace : public QThread
{
public:
    explicit LoopbackMarketplace(double failureRate) : m_failureRate(failureRate) {}
    ~LoopbackMarketplace() override;

    quint16 startListening();

    struct Accepted
    {
        int times = 0;
        QString value; // of the first accepted body
    };
    std::map<QString, Accepted> accepted() const;
    int requests() const;
    int failuresAnswered() const;

protected:
    void run() override;

private:
    void onData(QTcpSocket *socket, QByteArray &buffer);

    const double m_failureRate;
    QSemaphore m_ready;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    std::map<QString, Accepted> m_accepted;
    int m_requests = 0, m_failures = 0;
};
