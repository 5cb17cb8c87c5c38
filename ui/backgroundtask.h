#pragma once

#include "db/database.h"
#include "util/expected.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace rd::ui {

// Runs work(Database &) on a pool thread with a connection of its own (SQLite
// connections belong to one thread), then hands the result to done() on the
// GUI thread. The context object bounds the callback's lifetime.
template <typename T>
void runInBackground(QObject *context, const QString &databasePath, std::function<Expected<T>(Database &)> work,
                     std::function<void(const Expected<T> &)> done)
{
    auto *watcher = new QFutureWatcher<Expected<T>>(context);
    QObject::connect(watcher, &QFutureWatcher<Expected<T>>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([databasePath, work]() -> Expected<T> {
        auto database = Database::open(databasePath);
        if (!database)
            return Expected<T>::failure(database.error());
        return work(*database.value());
    }));
}

} // namespace rd::ui
