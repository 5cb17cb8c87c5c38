#pragma once

#include "remit/remittancemonitor.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSystemTrayIcon;
class QTableView;
class QTimer;

class QHBoxLayout;

namespace rd::ui {

class CsvTableModel;
class DashboardModel;
class RemittanceTableModel;
class SenderThread;

// The remittance monitor: status counts per marketplace and hour (24 h or
// 7 d) as a stacked chart, the tiles (pending value in the base currency,
// failed, dead letters and the oldest's age, stuck, success rate), alerts as
// a banner and a desktop notification, the remittances with each one's
// attempts and its dataflow stage by stage, and the recovery actions (each
// confirmed and audited). Refreshes live; every query runs off the GUI thread.
class RemittanceMonitorView final : public QWidget
{
    Q_OBJECT

public:
    explicit RemittanceMonitorView(QString databasePath, QWidget *parent = nullptr);
    ~RemittanceMonitorView() override;

    void refresh();
    DashboardModel *dashboardModel() const { return m_dashboard; }
    RemittanceTableModel *remittanceModel() const { return m_remittances; }
    CsvTableModel *attemptsModel() const { return m_attempts; }
    CsvTableModel *journeyModel() const { return m_journey; }
    QString tilesText() const;
    QString alertText() const;
    void selectRemittance(int row);
    // Adds a usage file (CSV or JSON lines) to the remittances, off the GUI thread.
    void ingestUsage(const QString &path);
    bool emptyHintShown() const;

signals:
    void refreshed();
    void usageIngested(bool ok, const QString &message);
    void detailsShown();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setUpFilters();
    QWidget *buildDetails();
    QHBoxLayout *buildActions();
    void showSnapshot(const MonitorSnapshot &snapshot);
    void drawChart();
    void showDetails();
    void toggleSender();
    void startSender(bool quiet);
    void lookUpDataflow();
    void editThresholds();
    static AlertThresholds alertThresholds(); // from the settings
    void act(const QString &confirm, std::function<Expected<int>(Database &)> action);
    QList<qint64> selectedIds() const;

    QString m_databasePath;
    quint64 m_request = 0;
    bool m_loading = false;
    DashboardModel *m_dashboard;
    RemittanceTableModel *m_remittances;
    CsvTableModel *m_attempts, *m_journey, *m_audit;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_span, *m_marketplace, *m_status;
    QLabel *m_tiles, *m_alert, *m_emptyHint = nullptr;
    QChartView *m_chart;
    QTableView *m_table;
    QPushButton *m_sender;
    QTimer *m_timer;
    SenderThread *m_thread = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QStringList m_lastAlerts;
};

} // namespace rd::ui
