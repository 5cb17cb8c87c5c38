#include "senderthread.h"

#include "remit/remittancesender.h"
#include "db/database.h"

namespace rd::ui {

SenderThread::~SenderThread()
{
    requestInterruption();
    wait();
}

void SenderThread::run()
{
    auto database = Database::open(m_databasePath);
    if (!database) {
        emit problem(database.error());
        return;
    }
    RemittanceSender sender(*database.value(), Marketplaces(Marketplaces::pathFor(m_databasePath)));
    if (const Status locked = sender.acquire(); !locked.ok()) {
        emit problem(locked.error());
        return;
    }
    while (!isInterruptionRequested()) {
        const auto handled = sender.runOnce();
        if (!handled) {
            emit problem(handled.error());
            return;
        }
        if (handled.value() > 0)
            emit sent(handled.value());
        else
            msleep(500);
    }
}

} // namespace rd::ui
