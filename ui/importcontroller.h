#pragma once

#include "ingest/importresult.h"
#include "progressbridge.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QProgressDialog;
class QWidget;

namespace rd::ui {

// Imports files on a worker thread, one after another, behind a progress
// dialog with a cancel button. The GUI thread only polls the progress.
class ImportController final : public QObject
{
    Q_OBJECT

public:
    ImportController(QString databasePath, QWidget *dialogParent);
    ~ImportController() override;

    bool isBusy() const { return m_busy; }
    // Files queued while an import runs are imported after it. replace: apply
    // re-deliveries (reviewed by the user) as their DSR's next version.
    void importFiles(const QStringList &paths, bool strict, bool replace = false);

signals:
    void importStarted();
    void finished(const QList<rd::ImportResult> &results);

private:
    void startNext();
    void updateProgress();

    QString m_databasePath;
    QWidget *m_dialogParent;
    QPointer<QProgressDialog> m_dialog;
    QTimer m_poll;
    std::shared_ptr<ProgressBridge> m_progress;
    std::shared_ptr<std::atomic<int>> m_currentFile;
    struct Queued
    {
        QStringList paths;
        bool strict, replace;
    };
    QList<Queued> m_queue;
    QStringList m_files;
    bool m_busy = false;
};

} // namespace rd::ui
