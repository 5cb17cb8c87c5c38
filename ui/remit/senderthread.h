#pragma once

#include <QString>
#include <QThread>

namespace rd::ui {

// The background remittance sender of the app: its own thread and database
// connection, sending whatever is due until interrupted.
class SenderThread final : public QThread
{
    Q_OBJECT

public:
    explicit SenderThread(QString databasePath, QObject *parent = nullptr) : QThread(parent), m_databasePath(std::move(databasePath)) {}
    ~SenderThread() override;

signals:
    void problem(const QString &message);
    void sent(int attempts);

protected:
    void run() override;

private:
    QString m_databasePath;
};

} // namespace rd::ui
