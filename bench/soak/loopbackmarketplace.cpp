#include "loopbackmarketplace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

LoopbackMarketplace::~LoopbackMarketplace()
{
    quit();
    wait();
}

quint16 LoopbackMarketplace::startListening()
{
    start();
    m_ready.acquire();
    return m_port;
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

void LoopbackMarketplace::run()
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

void LoopbackMarketplace::onData(QTcpSocket *socket, QByteArray &buffer)
{
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    qsizetype length = 0;
    QString key;
    for (const QByteArray &line : buffer.left(end).split('\n')) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("content-length:"))
            length = lower.mid(15).trimmed().toLongLong();
        else if (lower.startsWith("idempotency-key:"))
            key = QString::fromLatin1(line.trimmed().mid(16).trimmed());
    }
    if (buffer.size() < end + 4 + length)
        return; // the body is still on its way
    const QByteArray body = buffer.mid(end + 4, length);
    buffer.clear();
    const double roll = QRandomGenerator::global()->generateDouble();
    int status = 200;
    {
        QMutexLocker lock(&m_mutex);
        ++m_requests;
        if (roll < m_failureRate) {
            status = roll < m_failureRate / 2 ? 500 : 503;
            ++m_failures;
        } else {
            Accepted &a = m_accepted[key];
            if (a.times++ == 0)
                a.value = QJsonDocument::fromJson(body).object().value(QStringLiteral("value")).toString();
        }
    }
    const QByteArray extra = status == 503 ? QByteArray("Retry-After: 0\r\n") : QByteArray();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " Soak\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                  "Connection: close\r\n" + extra + "\r\n{}");
    socket->disconnectFromHost();
}
