#pragma once

#include "mainwindow.h"
#include "db/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rd::test {

// The main window on a fresh database (dir/gui.sqlite), shown and exposed; null on failure.
inline std::unique_ptr<ui::MainWindow> openMainWindow(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("gui.sqlite"));
    if (!Database::open(db).ok())
        return nullptr;
    auto window = std::make_unique<ui::MainWindow>(db);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

} // namespace rd::test
