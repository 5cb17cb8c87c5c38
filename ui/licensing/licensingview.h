#pragma once

#include "licensing/timelinedata.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace rd::ui {

class ClaimsModel;
class ExposureModel;
class OverclaimsModel;
class ProgressBridge;
class TimelineModel;
class TimelineWidget;
class TrackListModel;

// The Licensing page: find a track as you type (FTS5), see its licensing as
// a timeline as known on any day, the claims behind each band and where they
// came from, and the overclaim and exposure reports (sortable, double-click
// opens the track). Exports a track's case file (PDF and CSV). Everything
// that reads the database runs off the GUI thread.
class LicensingView final : public QWidget
{
    Q_OBJECT

public:
    explicit LicensingView(QString databasePath, QWidget *parent = nullptr);
    ~LicensingView() override;

    void openTrack(const QString &isrc);
    void setKnownOn(const QDate &day);
    void search(const QString &text);
    void runOverclaims();
    void runExposure();
    // Brings the track index up to date (after imports); the first time on a large catalogue takes a while.
    void reload();
    // Imports a licensing CSV off the GUI thread (all or nothing), then shows its first track.
    void importClaims(const QString &path);
    QString statusLine() const;
    static QString statusText(const TimelineData &data);

    TimelineModel *timelineModel() const { return m_timelineModel; }
    ClaimsModel *claimsModel() const { return m_claimsModel; }
    TrackListModel *trackModel() const { return m_trackModel; }
    OverclaimsModel *overclaimsModel() const { return m_overclaimsModel; }
    ExposureModel *exposureModel() const { return m_exposureModel; }
    TimelineWidget *timelineWidget() const { return m_timeline; }
    QString currentIsrc() const { return m_isrc; }

signals:
    void indexReady(); // the track index is up to date (after reload())
    void timelineShown();
    void searchShown();
    void reportShown();
    void claimsImported(bool ok, const QString &message);

private:
    QHBoxLayout *buildSearchBar();
    void buildTabs();
    void loadTimeline();
    void showBand(int band);
    void exportCaseFile();
    QWidget *buildReportTab(QTableView *table, QSortFilterProxyModel *proxy, QPushButton *run, QProgressBar *bar, QPushButton *cancel);
    void startReport(bool overclaims);

    QString m_databasePath;
    QString m_isrc;
    quint64 m_timelineRequest = 0, m_searchRequest = 0;
    bool m_indexing = false;
    QLineEdit *m_searchField;
    QTimer *m_searchDelay;
    QTableView *m_results;
    QDateEdit *m_knownOn;
    QPushButton *m_caseFile;
    QPushButton *m_importClaims;
    QLabel *m_title;
    QLabel *m_status;
    TimelineWidget *m_timeline;
    QTabWidget *m_tabs;
    TrackListModel *m_trackModel;
    TimelineModel *m_timelineModel;
    ClaimsModel *m_claimsModel;
    OverclaimsModel *m_overclaimsModel;
    ExposureModel *m_exposureModel;
    QProgressBar *m_reportBar[2];
    QPushButton *m_reportCancel[2];
    QPushButton *m_reportRun[2];
    std::shared_ptr<ProgressBridge> m_reportProgress;
    QTimer *m_reportPoll;
};

} // namespace rd::ui
