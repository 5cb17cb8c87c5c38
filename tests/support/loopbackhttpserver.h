#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSemaphore>
#include <QString>
#include <QThread>

#include <functional>

class QTcpSocket;

namespace rd::test {

// One HTTP request as the server read it.
struct HttpRequest
{
    QString idempotencyKey; // the Idempotency-Key header
    QByteArray body;
    QDateTime at;
};

// What to answer it.
struct HttpReply
{
    int status = 200;
    QByteArray body;
    int delayMs = 0;    // answer after this long
    bool drop = false;  // close the connection without an answer
    QByteArray headers; // extra response header lines, each ending in \r\n
};

// An HTTP/1.1 server on 127.0.0.1, a marketplace for the remittance tests and
// the concurrency soak: each complete request goes to the handler, whose reply
// is sent back. It runs on its own thread with its own event loop; the handler
// is called on that thread.
class LoopbackHttpServer : public QThread
{
public:
    using Handler = std::function<HttpReply(const HttpRequest &)>;

    explicit LoopbackHttpServer(Handler handler) : m_handler(std::move(handler)) {}
    ~LoopbackHttpServer() override;

    // Starts the thread and returns the port it listens on.
    quint16 startListening();

protected:
    void run() override;

private:
    void onData(QTcpSocket *socket, QByteArray &buffer);

    Handler m_handler;
    QSemaphore m_ready;
    quint16 m_port = 0;
};

} // namespace rd::test
