#pragma once

#include "ingest/importresult.h"

#include <QMainWindow>

class QAction;
class QListWidget;
class QStackedWidget;

namespace rd::ui {

class AnalyticsView;
class LicensingView;
class PackagesView;
class RemittanceMonitorView;
class ImportController;
class ImportsView;

// The application window: a sidebar of the working areas, the Imports view,
// menus and shortcuts for the main actions, and drag-and-drop import.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QString databasePath, QWidget *parent = nullptr);

    void importFiles(const QStringList &paths);
    // Imports the sample DSRs bundled in the application, once per database.
    void seedSamplesIfEmpty();
    void showAnalytics();
    // The Licensing page, on a track when one is given.
    void showLicensing(const QString &isrc = QString());
    // The Packages page, on a package when one is given.
    void showPackages(qint64 packageId = 0);
    void showRemittances();

    ImportsView *importsView() const { return m_imports; }
    LicensingView *licensingView() const { return m_licensing; }
    PackagesView *packagesView() const { return m_packages; }
    ImportController *importController() const { return m_controller; }
    RemittanceMonitorView *remittanceView() const { return m_remit; }
    // Closes every window (package reviews too) and ends the process; asks first only while an import runs.
    void quitApplication();

protected:
    void closeEvent(QCloseEvent *event) override;

    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateActions();
    void chooseFilesToImport();
    void openPackage();
    void deleteSelected();
    void showReport(qint64 dsrId);
    void showAbout();
    void onImportsFinished(const QList<rd::ImportResult> &results);
    // A re-delivery found by an import: the user reviews the diff and may apply it.
    void reviewRedelivery(const rd::ImportResult &reviewed);
    void restoreSettings();
    void sweepStatusInbox();

    QString m_databasePath;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    ImportsView *m_imports;
    ImportController *m_controller;
    AnalyticsView *m_analytics;
    LicensingView *m_licensing;
    PackagesView *m_packages;
    RemittanceMonitorView *m_remit;
    QAction *m_importAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_openPackageAction = nullptr;
    QAction *m_strictAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_limitsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace rd::ui
