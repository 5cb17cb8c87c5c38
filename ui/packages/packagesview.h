#pragma once

#include "copies/packagecopies.h"
#include "packages/package.h"
#include "util/expected.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace rd {
class Database;
}

namespace rd::ui {

class CsvTableModel;
class PackageListModel;

// The Packages page: the packages with their state (stale ones explained),
// and for the selected one its residual lines, its retained copies per target
// and its audit log (who, when, what, why). Actions: new package, adjustment,
// advance, build, publish (copies to every target), retract (with a reason),
// export the zip, re-verify or re-copy the copies, and the retention sweep
// with its window. Every database action runs off the GUI thread.
class PackagesView final : public QWidget
{
    Q_OBJECT

public:
    explicit PackagesView(QString databasePath, QWidget *parent = nullptr);

    void reload();
    void select(qint64 packageId);
    qint64 currentId() const { return m_current; }
    // Runs a sweep as of today now (the app calls it at start-up when due).
    void sweepIfDue();

    PackageListModel *packageModel() const { return m_packages; }
    CsvTableModel *linesModel() const { return m_lines; }
    CsvTableModel *totalsModel() const { return m_totals; }
    CsvTableModel *copiesModel() const { return m_copies; }
    CsvTableModel *auditModel() const { return m_audit; }
    QString statusText() const;

    // The actions the page offers, for tests and menus; each reports through actionFinished.
    void build();
    void publish();
    void retract(const QString &reason);
    void reverify();

signals:
    void loaded();
    void detailsShown();
    void actionFinished(bool ok, const QString &message);

private:
    void createActions();
    void showDetails();
    void updateActions();
    // Runs work on a pool thread with its own connection, then reports and reloads.
    void runAction(const QString &busyText, std::function<Expected<QString>(Database &)> work, std::function<void()> after = {});
    void newPackage();
    void addAdjustment();
    void addAdvance();
    void askRetract();
    void exportZip();
    void recopy();
    void sweep();
    void editTargets();
    void setWindowDays(int days);

    QString m_databasePath;
    qint64 m_current = 0;
    quint64 m_detailsRequest = 0;
    bool m_busy = false;
    PackageListModel *m_packages;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_title, *m_stale, *m_status;
    QTabWidget *m_tabs;
    CsvTableModel *m_lines, *m_totals, *m_copies, *m_audit;
    QSpinBox *m_window;
    QAction *m_newAction, *m_adjustAction, *m_advanceAction, *m_buildAction, *m_publishAction, *m_retractAction, *m_exportAction,
        *m_reverifyAction, *m_recopyAction, *m_targetsAction, *m_sweepAction;
};

} // namespace rd::ui
