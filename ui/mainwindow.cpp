#include "mainwindow.h"

#include "packages/packagesview.h"
#include "remit/remittancemonitorview.h"
#include "backgroundtask.h"
#include "journal/statusinbox.h"
#include "review/packagereviewwindow.h"

#include "analytics/analyticsview.h"
#include "currency/exchangerates.h"
#include "ingest/importfindings.h"

#include "backgroundtask.h"
#include "dsrtablemodel.h"
#include "importcontroller.h"
#include "helpdialog.h"
#include "importsview.h"
#include "inputlimitsdialog.h"
#include "licensing/licensingview.h"
#include "redelivery/redeliverydialog.h"
#include "storage/dsrrepository.h"
#include "validationreportdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace rd::ui {
namespace {

const QString kSettingsGeometry = QStringLiteral("window/geometry");
const QString kSettingsState = QStringLiteral("window/state");
const QString kSettingsColumns = QStringLiteral("imports/columns");
const QString kSettingsStrict = QStringLiteral("imports/strict");
const QString kSettingsLastDir = QStringLiteral("imports/lastDirectory");

} // namespace

MainWindow::MainWindow(QString databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(std::move(databasePath))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_imports(new ImportsView(m_databasePath, this))
    , m_controller(new ImportController(m_databasePath, this))
    , m_analytics(new AnalyticsView(m_databasePath, this))
    , m_licensing(new LicensingView(m_databasePath, this))
    , m_packages(new PackagesView(m_databasePath, this))
    , m_remit(new RemittanceMonitorView(m_databasePath, this))
{
    setWindowTitle(tr("Royalty Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/royaltydesk.svg")));
    setAcceptDrops(true);
    setObjectName(QStringLiteral("mainWindow"));

    // Only the areas that work are listed; later areas join as they land.
    m_sidebar->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DriveHDIcon), tr("Imports")));
    m_sidebar->setCurrentRow(0);
    m_sidebar->setMaximumWidth(180);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_stack->addWidget(m_imports);
    m_sidebar->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Analytics")));
    m_stack->addWidget(m_analytics);
    m_sidebar->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Licensing")));
    m_stack->addWidget(m_licensing);
    m_sidebar->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Packages")));
    m_stack->addWidget(m_packages);
    m_sidebar->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_BrowserReload), tr("Remittances")));
    m_stack->addWidget(m_remit);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({120, 1160});
    setCentralWidget(splitter);

    createActions();
    createMenus();
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_imports, &ImportsView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_imports, &ImportsView::reportRequested, this, &MainWindow::showReport);
    connect(m_controller, &ImportController::finished, this, &MainWindow::onImportsFinished);
    // Show the "importing" placeholder as soon as it is committed.
    connect(m_controller, &ImportController::importStarted, this, [this] {
        QTimer::singleShot(300, m_imports, &ImportsView::reload);
    });

    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_databasePath)));
    restoreSettings();
    updateActions();
    m_imports->reload();
    m_analytics->reload();
    m_packages->reload();
    // The retention sweep runs at start-up when a day has passed since the last one.
    connect(m_packages, &PackagesView::actionFinished, this, [this](bool, const QString &message) {
        if (!message.isEmpty())
            statusBar()->showMessage(message, 10000);
    });
    m_packages->sweepIfDue();
    // External pipelines drop status messages (JSON lines) into the inbox beside the database.
    auto *inbox = new QTimer(this);
    inbox->setInterval(5000);
    connect(inbox, &QTimer::timeout, this, &MainWindow::sweepStatusInbox);
    inbox->start();
}

void MainWindow::sweepStatusInbox()
{
    runInBackground<StatusInbox::Swept>(
        this, m_databasePath, [path = m_databasePath](Database &db) { return StatusInbox(db, StatusInbox::folderFor(path)).sweep(); },
        [this](const Expected<StatusInbox::Swept> &swept) {
            if (!swept || (swept->imported.isEmpty() && swept->rejected.isEmpty()))
                return;
            statusBar()->showMessage(tr("Status messages: %n file(s) imported", nullptr, int(swept->imported.size()))
                                         + (swept->rejected.isEmpty() ? QString() : tr("; rejected: %1").arg(swept->rejected.join(QLatin1String("; ")))),
                                     15000);
        });
}

void MainWindow::createActions()
{
    m_importAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import DSRs…"), this);
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importAction->setStatusTip(tr("Import DSR files: simple TSV or DDEX flat files (.tsv or .tsv.gz)"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseFilesToImport);

    m_deleteAction = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete DSR…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteDsrAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setStatusTip(tr("Delete the selected DSRs with their rows and reports"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);

    m_reportAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Validation &Report…"), this);
    m_reportAction->setObjectName(QStringLiteral("validationReportAction"));
    m_reportAction->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_reportAction->setStatusTip(tr("Show the validation report of the selected DSR"));
    connect(m_reportAction, &QAction::triggered, this, [this] { showReport(m_imports->currentId()); });

    m_openPackageAction = new QAction(tr("Open &Package…"), this);
    m_openPackageAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_openPackageAction->setStatusTip(tr("Review an exported package zip, read-only, and verify its checksums"));
    connect(m_openPackageAction, &QAction::triggered, this, &MainWindow::openPackage);

    m_strictAction = new QAction(tr("&Strict Mode"), this);
    m_strictAction->setCheckable(true);
    m_strictAction->setObjectName(QStringLiteral("strictAction"));
    m_strictAction->setStatusTip(tr("Reject a whole file when any of its rows has an error"));

    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] { // the page in view
        QWidget *page = m_stack->currentWidget();
        if (page == m_imports)
            m_imports->reload();
        else if (page == m_analytics)
            m_analytics->reload();
        else if (page == m_licensing)
            m_licensing->reload();
        else if (page == m_packages)
            m_packages->reload();
        else if (page == m_remit)
            m_remit->refresh();
    });

    m_limitsAction = new QAction(tr("Input &Limits…"), this);
    m_limitsAction->setObjectName(QStringLiteral("inputLimitsAction"));
    m_limitsAction->setStatusTip(tr("Caps on what a broken or hostile file may cost: gzip size and ratio, DDEX findings, review lines"));
    connect(m_limitsAction, &QAction::triggered, this, [this] {
        auto *dialog = new InputLimitsDialog(m_databasePath, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] { // the search field of the page in view
        if (m_stack->currentWidget() == m_imports)
            m_imports->focusFilter();
        else
            for (const QString &name : {QStringLiteral("searchFilter"), QStringLiteral("trackSearch")})
                if (auto *field = m_stack->currentWidget()->findChild<QLineEdit *>(name))
                    field->setFocus(Qt::ShortcutFocusReason);
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitApplication);

    m_helpAction = new QAction(style()->standardIcon(QStyle::SP_DialogHelpButton), tr("Royalty Desk &Help"), this);
    m_helpAction->setObjectName(QStringLiteral("helpAction"));
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    connect(m_helpAction, &QAction::triggered, this, [this] {
        auto *help = new HelpDialog(this);
        help->setAttribute(Qt::WA_DeleteOnClose);
        help->show(); // not modal: the guide stays open beside the work
    });

    m_aboutAction = new QAction(tr("&About Royalty Desk"), this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::openPackage()
{
    const QString zip = QFileDialog::getOpenFileName(this, tr("Open Package"), QString(), tr("Package zips (*.zip)"));
    if (!zip.isEmpty())
        (new PackageReviewWindow(zip))->show();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addAction(m_openPackageAction);
    file->addAction(m_strictAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_deleteAction);
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_limitsAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_reportAction);
    view->addAction(m_refreshAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_helpAction);
    help->addSeparator();
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_reportAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_strictAction);
}

void MainWindow::updateActions()
{
    // The toolbar follows the page: the DSR actions act on the Imports table's selection, so they
    // are shown (and their shortcuts live) only while that table is the page in view.
    const bool onImports = m_stack->currentWidget() == m_imports;
    const int selected = static_cast<int>(m_imports->selectedIds().size());
    m_deleteAction->setVisible(onImports);
    m_reportAction->setVisible(onImports);
    m_deleteAction->setEnabled(onImports && selected > 0);
    m_reportAction->setEnabled(onImports && m_imports->currentId() != 0);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(kSettingsGeometry).toByteArray());
    restoreState(settings.value(kSettingsState).toByteArray());
    m_imports->restoreState(settings.value(kSettingsColumns).toByteArray());
    m_strictAction->setChecked(settings.value(kSettingsStrict, false).toBool());
    if (!settings.contains(kSettingsGeometry))
        resize(1280, 760);
}

// Quit means quit: every window goes, package reviews included; a running import is the one thing worth asking about.
void MainWindow::quitApplication()
{
    if (m_controller->isBusy()
        && QMessageBox::question(this, tr("Quit Royalty Desk"), tr("An import is still running. Cancel it and quit?"))
               != QMessageBox::Yes)
        return;
    if (!close())
        return;
    QApplication::closeAllWindows();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The package reviews opened from this window go with it, so that no window keeps the process alive unseen.
    for (QWidget *window : QApplication::topLevelWidgets())
        if (qobject_cast<PackageReviewWindow *>(window))
            window->close();
    QSettings settings;
    settings.setValue(kSettingsGeometry, saveGeometry());
    settings.setValue(kSettingsState, saveState());
    settings.setValue(kSettingsColumns, m_imports->saveState());
    settings.setValue(kSettingsStrict, m_strictAction->isChecked());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    importFiles(paths);
    event->acceptProposedAction();
}

void MainWindow::chooseFilesToImport()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import DSRs"), settings.value(kSettingsLastDir, QDir::homePath()).toString(),
        tr("DSR files (*.tsv *.tsv.gz);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(kSettingsLastDir, QFileInfo(paths.constFirst()).absolutePath());
    importFiles(paths);
}

void MainWindow::importFiles(const QStringList &paths)
{
    m_controller->importFiles(paths, m_strictAction->isChecked());
}

void MainWindow::showAnalytics()
{
    m_sidebar->setCurrentRow(1);
}

void MainWindow::showLicensing(const QString &isrc)
{
    m_sidebar->setCurrentRow(2);
    if (!isrc.isEmpty())
        m_licensing->openTrack(isrc);
}

void MainWindow::showPackages(qint64 packageId)
{
    m_sidebar->setCurrentRow(3);
    if (packageId > 0)
        m_packages->select(packageId);
}

void MainWindow::showRemittances() { m_sidebar->setCurrentRow(4); }

void MainWindow::seedSamplesIfEmpty()
{
    QSettings settings;
    const QString key = QStringLiteral("seeded/") + QString::number(qHash(m_databasePath));
    if (settings.value(key).toBool())
        return;
    runInBackground<QList<DsrRecord>>(
        this, m_databasePath, [](Database &db) { return DsrRepository(db).list(); },
        [this, key](const Expected<QList<DsrRecord>> &records) {
            QSettings().setValue(key, true);
            if (!records || !records->isEmpty())
                return;
            QStringList samples;
            for (const QFileInfo &info : QDir(QStringLiteral(":/samples")).entryInfoList(QDir::Files, QDir::Name))
                samples << info.filePath();
            m_controller->importFiles(samples, false);
            // The samples' currencies need rates to add up in EUR.
            runInBackground<RatesFile>(
                this, m_databasePath,
                [](Database &db) {
                    ExchangeRates rates(db);
                    const auto existing = rates.list();
                    if (!existing)
                        return Expected<RatesFile>::failure(existing.error());
                    return existing->isEmpty() ? rates.importCsv(QStringLiteral(":/rates/sample-eur-rates.csv")) : Expected<RatesFile>(RatesFile{});
                },
                [this](const Expected<RatesFile> &) {
                    m_analytics->reload();
                    // Claims that fit the samples, with an overlap above 100 %, so that timelines and
                    // the overclaim report show something straight away.
                    m_licensing->importClaims(QStringLiteral(":/licensing/sample-claims.csv"));
                });
        });
}

void MainWindow::onImportsFinished(const QList<ImportResult> &results)
{
    m_imports->reload();
    m_analytics->reload();
    m_licensing->reload(); // new resources and claims become searchable tracks
    int imported = 0, reviews = 0;
    QStringList problems;
    for (const ImportResult &r : results) {
        if (r.ok()) {
            ++imported;
        } else if (r.outcome == ImportResult::Outcome::Redelivery) {
            ++reviews;
            reviewRedelivery(r);
        } else if (r.outcome != ImportResult::Outcome::Canceled) {
            problems << ImportFindings::describe(r, QFileInfo(r.path).fileName(), false);
        }
    }
    statusBar()->showMessage(reviews > 0 ? tr("Imported %n DSR(s)", nullptr, imported) + QLatin1String("; ")
                                               + tr("%n re-delivery(ies) to review", nullptr, reviews)
                                         : tr("Imported %n DSR(s)", nullptr, imported),
                             8000);
    if (!problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Import problems"),
                        tr("%n file(s) could not be imported.", nullptr, static_cast<int>(problems.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(problems.join(QLatin1String("\n\n")));
        box.setInformativeText(problems.constFirst());
        box.exec();
    }
}

void MainWindow::reviewRedelivery(const ImportResult &reviewed)
{
    auto *dialog = new RedeliveryDialog(reviewed, m_databasePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RedeliveryDialog::applyRequested, this,
            [this](const QString &path) { m_controller->importFiles({path}, m_strictAction->isChecked(), true); });
    dialog->open();
}

void MainWindow::deleteSelected()
{
    const QList<qint64> ids = m_imports->selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (qint64 id : ids)
        if (const DsrRecord *r = m_imports->model()->recordAt(m_imports->model()->rowOfId(id)))
            names << r->fileName;
    const auto answer = QMessageBox::question(
        this, tr("Delete DSRs"),
        tr("Delete %n DSR(s) with all their rows and validation reports? This cannot be undone.", nullptr,
           static_cast<int>(ids.size())) + QLatin1String("\n\n") + names.mid(0, 10).join(QLatin1Char('\n')),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    statusBar()->showMessage(tr("Deleting…"));
    m_deleteAction->setEnabled(false);
    // Deleting millions of rows takes a while: do it off the GUI thread.
    runInBackground<bool>(
        this, m_databasePath,
        [ids](Database &db) -> Expected<bool> {
            DsrRepository repository(db);
            for (qint64 id : ids)
                if (const Status s = repository.remove(id); !s)
                    return Expected<bool>::failure(s.error());
            return true;
        },
        [this, count = ids.size()](const Expected<bool> &result) {
            m_imports->reload();
            if (!result)
                QMessageBox::warning(this, tr("Delete failed"), result.error());
            else
                statusBar()->showMessage(tr("Deleted %n DSR(s)", nullptr, static_cast<int>(count)), 8000);
        });
}

void MainWindow::showReport(qint64 dsrId)
{
    const DsrRecord *record = m_imports->model()->recordAt(m_imports->model()->rowOfId(dsrId));
    if (!record)
        return;
    auto *dialog = new ValidationReportDialog(m_databasePath, *record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Royalty Desk"),
                       tr("<h3>Royalty Desk %1</h3><p>Import, explore and account for digital sales reports.</p>"
                          "<p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(), m_databasePath.toHtmlEscaped()));
}

} // namespace rd::ui
