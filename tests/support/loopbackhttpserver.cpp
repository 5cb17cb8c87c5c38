#include "loopbackhttpserver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace rd::test {

LoopbackHttpServer::~LoopbackHttpServer()
{
    quit();
    wait();
}

quint16 LoopbackHttpServer::startListening()
{
    start();
    m_ready.acquire();
    return m_port;
}

void LoopbackHttpServer::run()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    m_port = server.serverPort();
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto *buffer = new QByteArray;
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] { onData(socket, *buffer); });
        }
    });
    m_ready.release();
    exec();
}

void LoopbackHttpServer::onData(QTcpSocket *socket, QByteArray &buffer)
{
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    qsizetype length = 0;
    HttpRequest request;
    for (const QByteArray &line : buffer.left(end).split('\n')) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("content-length:"))
            length = lower.mid(15).trimmed().toLongLong();
        else if (lower.startsWith("idempotency-key:"))
            request.idempotencyKey = QString::fromLatin1(line.trimmed().mid(16).trimmed());
    }
    if (buffer.size() < end + 4 + length)
        return; // the body is still on its way
    request.body = buffer.mid(end + 4, length);
    request.at = QDateTime::currentDateTimeUtc();
    buffer.clear();
    const HttpReply reply = m_handler(request);
    auto answer = [socket, reply] {
        if (reply.drop) {
            socket->abort();
            return;
        }
        socket->write("HTTP/1.1 " + QByteArray::number(reply.status) + " Loopback\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n" + reply.headers + "\r\n" + reply.body);
        socket->disconnectFromHost();
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, socket, answer);
    else
        answer();
}

} // namespace rd::test
