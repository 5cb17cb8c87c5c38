#include "importcontroller.h"

#include "import/anyimporter.h"
#include "db/database.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace rd::ui {

ImportController::ImportController(QString databasePath, QWidget *dialogParent)
    : m_databasePath(std::move(databasePath))
    , m_dialogParent(dialogParent)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &ImportController::updateProgress);
}

ImportController::~ImportController()
{
    if (m_progress)
        m_progress->cancel();
}

void ImportController::importFiles(const QStringList &paths, bool strict, bool replace)
{
    if (paths.isEmpty())
        return;
    m_queue.append({paths, strict, replace});
    if (!m_busy)
        startNext();
}

void ImportController::startNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    const auto [paths, strict, replace] = m_queue.takeFirst();
    m_files = paths;
    m_progress = std::make_shared<ProgressBridge>();
    m_currentFile = std::make_shared<std::atomic<int>>(0);

    m_dialog = new QProgressDialog(m_dialogParent);
    m_dialog->setWindowTitle(tr("Importing DSRs"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setRange(0, 1000);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumWidth(480);
    connect(m_dialog, &QProgressDialog::canceled, this, [progress = m_progress] { progress->cancel(); });
    updateProgress();
    m_poll.start();

    auto *watcher = new QFutureWatcher<QList<ImportResult>>(this);
    connect(watcher, &QFutureWatcher<QList<ImportResult>>::finished, this, [this, watcher] {
        m_poll.stop();
        // Deleted now, not later: a refusal box opened by finished() runs a nested event loop
        // that would not delete it, and its pending show timer would pop it up over the box.
        delete m_dialog.data();
        const QList<ImportResult> results = watcher->result();
        watcher->deleteLater();
        emit finished(results);
        startNext();
    });
    // Capture by value only: the worker must not touch this object.
    watcher->setFuture(QtConcurrent::run([databasePath = m_databasePath, paths = paths, strict = strict, replace = replace,
                                          progress = m_progress, current = m_currentFile]() {
        QList<ImportResult> results;
        auto database = Database::open(databasePath);
        std::optional<AnyImporter> importer; // one for the batch: a DDEX report's other files are skipped
        if (database)
            importer.emplace(*database.value());
        for (int i = 0; i < paths.size(); ++i) {
            current->store(i);
            if (!database) {
                ImportResult failed;
                failed.path = paths.at(i);
                failed.error = database.error();
                results << failed;
                continue;
            }
            if (progress->canceled()) {
                ImportResult canceled;
                canceled.path = paths.at(i);
                canceled.outcome = ImportResult::Outcome::Canceled;
                canceled.error = tr("Import canceled");
                results << canceled;
                continue;
            }
            ImportOptions options;
            options.strict = strict;
            options.replace = replace;
            results << importer->importFile(paths.at(i), options, progress.get());
        }
        return results;
    }));
    emit importStarted();
}

void ImportController::updateProgress()
{
    if (!m_dialog || !m_progress)
        return;
    const int index = m_currentFile->load();
    const QString name = QFileInfo(m_files.value(index)).fileName();
    const qint64 total = m_progress->total();
    m_dialog->setValue(total > 0 ? static_cast<int>(m_progress->done() * 1000 / total) : 0);
    m_dialog->setLabelText(tr("Importing %1 (%2 of %3)\n%4 rows")
                               .arg(name)
                               .arg(index + 1)
                               .arg(m_files.size())
                               .arg(QLocale().toString(static_cast<qulonglong>(m_progress->rows()))));
}

} // namespace rd::ui
