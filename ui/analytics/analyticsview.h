#pragma once

#include "analytics/analyticsengine.h"
#include "analytics/analyticsmodels.h"
#include "analytics/chartpanels.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QBoxLayout;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace rd::ui {

// Usage and revenue analytics: filters, charts, top resources and drill-down.
// Every query runs on a pool thread; a newer filter cancels the older query
// and a stale answer is dropped.
class AnalyticsView : public QWidget
{
    Q_OBJECT

public:
    explicit AnalyticsView(QString databasePath, QWidget *parent = nullptr);
    ~AnalyticsView() override;

    AnalyticsFilter filter() const;
    void setFilter(const AnalyticsFilter &filter);
    // Reloads the filter choices and the dashboard (after imports or rate edits).
    void reload();
    bool busy() const;
    const Dashboard &dashboard() const { return m_dashboard; }
    TotalsModel *territoryModel() const { return m_territoryModel; }
    TopResourcesModel *topModel() const { return m_topModel; }
    DrillRowsModel *drillModel() const { return m_drillModel; }

signals:
    void dashboardShown();
    void drillShown();

public slots:
    void drill(rd::Dimension dimension, const QString &key, const QString &subKey);
    void drillResource(qint64 resourceId, const QString &title);
    void back();

private:
    void buildFilterBar(QBoxLayout *bar);
    QWidget *buildDashboardPage();
    QWidget *buildDrillPage();
    void refresh();
    void showDashboard(const Dashboard &dashboard);
    void fetchDrillPage();
    void loadChoices();
    void prepareSearch();
    void saveFilter() const;
    void restoreFilter();
    QString filterText() const;
    void exportChart(QChartView *view);
    void exportTable(const TableData &data);
    void exportPdf();
    void editRates();
    void setBusy(bool busy);

    QString m_databasePath;
    QToolButton *m_territoryButton;
    QMenu *m_territoryMenu;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_dsp;
    QComboBox *m_offer;
    QComboBox *m_currency;
    QComboBox *m_metric;
    QLineEdit *m_search;
    QProgressBar *m_busy;
    QLabel *m_summary;

public:
    QString summaryText() const;
    QStringList chartTitles() const;

private:
    QLabel *m_warning;
    QStackedWidget *m_pages;
    ChartPanels *m_charts;
    TotalsModel *m_territoryModel;
    TopResourcesModel *m_topModel;
    DrillRowsModel *m_drillModel;
    QTableView *m_topView;
    QTableView *m_drillView;
    QLabel *m_drillTitle;
    QTimer *m_refreshTimer;
    Dashboard m_dashboard;
    AnalyticsFilter m_savedFilter; // restored from settings, applied once the choices load
    bool m_choicesLoaded = false;
    AnalyticsFilter m_drillFilter;
    DrillTarget m_drillTarget;
    quint64 m_generation = 0;
    quint64 m_drillGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_bool> m_prepareCancel;
    bool m_restoring = false;
};

} // namespace rd::ui
