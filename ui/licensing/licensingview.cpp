#include "licensingview.h"

#include "analytics/dsrselection.h"
#include "tablecolumns.h"
#include "backgroundtask.h"
#include "licensing/casefileexport.h"
#include "licensing/claimscsv.h"
#include "licensing/claimstore.h"
#include "licensing/licensingmodels.h"
#include "licensing/timelinewidget.h"
#include "index/trackindex.h"
#include "progressbridge.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rd::ui {
namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, bool sortable)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSortingEnabled(sortable);
    table->setAlternatingRowColors(true);
    keepNumbersWhole(table);
    return table;
}

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(kLicensingSortRole);
    return proxy;
}

} // namespace

LicensingView::LicensingView(QString databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_searchField(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_results(nullptr)
    , m_knownOn(new QDateEdit(QDate::currentDate(), this))
    , m_caseFile(new QPushButton(tr("Case file…"), this))
    , m_importClaims(new QPushButton(tr("Import Claims…"), this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_timeline(new TimelineWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_trackModel(new TrackListModel(this))
    , m_timelineModel(new TimelineModel(this))
    , m_claimsModel(new ClaimsModel(this))
    , m_overclaimsModel(new OverclaimsModel(this))
    , m_exposureModel(new ExposureModel(this))
    , m_reportPoll(new QTimer(this))
{
    QHBoxLayout *bar = buildSearchBar();
    buildTabs();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_results);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    m_reportPoll->setInterval(100);
    connect(m_reportPoll, &QTimer::timeout, this, [this] {
        for (QProgressBar *b : m_reportBar)
            if (b->isVisible() && m_reportProgress) {
                b->setMaximum(int(std::max<qint64>(m_reportProgress->total(), 0)));
                b->setValue(int(m_reportProgress->done()));
            }
    });
    reload();
}

// The search field with its results, the as-known-on date, the case file and the claims import.
QHBoxLayout *LicensingView::buildSearchBar()
{
    m_searchField->setPlaceholderText(tr("Find a track by ISRC, title or artist"));
    m_searchField->setObjectName(QStringLiteral("trackSearch"));
    m_searchField->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_searchField, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { search(m_searchField->text()); });
    m_knownOn->setCalendarPopup(true);
    m_knownOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_knownOn->setToolTip(tr("Replay what was known on this day: only claims learned by then, and not withdrawn by then, count."));
    connect(m_knownOn, &QDateEdit::dateChanged, this, [this] { loadTimeline(); });
    m_caseFile->setEnabled(false);
    m_caseFile->setToolTip(tr("Export the track's case file: a PDF with the timeline, claims, events and exposed usage, and a CSV of the same data."));
    connect(m_caseFile, &QPushButton::clicked, this, &LicensingView::exportCaseFile);
    m_importClaims->setObjectName(QStringLiteral("importClaims"));
    m_importClaims->setToolTip(tr("Import a licensing CSV: isrc, territory, rights_holder, share, valid_from, and optionally valid_to, "
                                  "known_from, known_to, right_type, source. A file with any problem is refused whole."));
    connect(m_importClaims, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Claims"), QString(), tr("Licensing CSV (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importClaims(path);
    });
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_results = makeTable(m_trackModel, this, false);
    m_results->setMaximumHeight(150);
    m_results->hide();
    connect(m_results, &QTableView::activated, this, [this](const QModelIndex &index) {
        openTrack(m_trackModel->tracks().value(index.row()).isrc);
        m_results->hide();
    });
    connect(m_results, &QTableView::clicked, m_results, &QTableView::activated);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_searchField, 1);
    bar->addWidget(new QLabel(tr("As known on:"), this));
    bar->addWidget(m_knownOn);
    bar->addWidget(m_caseFile);
    bar->addWidget(m_importClaims);
    return bar;
}

// The tabs under the timeline: the bands, the selected band's claims and the two reports.
void LicensingView::buildTabs()
{
    // Bands and the claims behind the selected one.
    auto *bandsProxy = sortingProxy(m_timelineModel, this);
    QTableView *bands = makeTable(bandsProxy, this, true);
    connect(bands->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, bandsProxy](const QModelIndex &current) {
        showBand(bandsProxy->mapToSource(current).row());
    });
    connect(m_timeline, &TimelineWidget::bandSelected, this, [this, bands, bandsProxy](int band) {
        showBand(band);
        if (band >= 0)
            bands->setCurrentIndex(bandsProxy->mapFromSource(m_timelineModel->index(band, 0)));
        m_tabs->setCurrentIndex(1);
    });
    QTableView *claims = makeTable(m_claimsModel, this, false);
    m_tabs->addTab(bands, tr("Bands"));
    m_tabs->addTab(claims, tr("Claims of the selected band"));
    for (int r = 0; r < 2; ++r) {
        m_reportRun[r] = new QPushButton(r == 0 ? tr("Run overclaim report") : tr("Run exposure report"), this);
        m_reportBar[r] = new QProgressBar(this);
        m_reportCancel[r] = new QPushButton(tr("Cancel"), this);
    }
    auto *overProxy = sortingProxy(m_overclaimsModel, this);
    auto *exposureProxy = sortingProxy(m_exposureModel, this);
    QTableView *overTable = makeTable(overProxy, this, true);
    QTableView *exposureTable = makeTable(exposureProxy, this, true);
    m_tabs->addTab(buildReportTab(overTable, overProxy, m_reportRun[0], m_reportBar[0], m_reportCancel[0]), tr("Overclaims"));
    m_tabs->addTab(buildReportTab(exposureTable, exposureProxy, m_reportRun[1], m_reportBar[1], m_reportCancel[1]), tr("Exposure"));
    connect(m_reportRun[0], &QPushButton::clicked, this, &LicensingView::runOverclaims);
    connect(m_reportRun[1], &QPushButton::clicked, this, &LicensingView::runExposure);
    // Drill-down: a report row opens its track.
    connect(overTable, &QTableView::doubleClicked, this, [this, overProxy](const QModelIndex &index) {
        openTrack(m_overclaimsModel->rows().value(overProxy->mapToSource(index).row()).isrc);
    });
    connect(exposureTable, &QTableView::doubleClicked, this, [this, exposureProxy](const QModelIndex &index) {
        const QString isrc = m_exposureModel->rows().value(exposureProxy->mapToSource(index).row()).isrc;
        if (!isrc.isEmpty())
            openTrack(isrc);
    });
}

// What the timeline draws, in words that agree with it: every lane drawn is counted, and a
// lane without any band is said to be unlicensed throughout.
QString LicensingView::statusText(const TimelineData &data)
{
    const QString knownOn = data.knownOn.toString(Qt::ISODate);
    if (data.lanes.isEmpty())
        return tr("No claims and no usage for this track as known on %1").arg(knownOn);
    if (data.bands.isEmpty())
        return tr("%n lane(s), unlicensed throughout: no claim covers the track as known on %1; %2 DSR period(s) with usage", nullptr,
                  int(data.lanes.size()))
            .arg(knownOn)
            .arg(data.usage.size());
    return tr("%n lane(s) with %1 licensed band(s), %2 licensing event(s), %3 DSR period(s) with usage; claims as known on %4",
              nullptr, int(data.lanes.size()))
        .arg(data.bands.size())
        .arg(data.events.size())
        .arg(data.usage.size())
        .arg(knownOn);
}

QString LicensingView::statusLine() const { return m_status->text(); }

void LicensingView::importClaims(const QString &path)
{
    m_importClaims->setEnabled(false);
    m_status->setText(tr("Importing claims from %1…").arg(QFileInfo(path).fileName()));
    struct Outcome
    {
        ClaimStore::Imported imported;
        QString firstIsrc;
    };
    runInBackground<Outcome>(
        this, m_databasePath,
        [path](Database &db) -> Expected<Outcome> {
            const auto file = ClaimsCsv::read(path, QDate::currentDate());
            if (!file)
                return Expected<Outcome>::failure(file.error());
            const auto imported = ClaimStore(db).importFile(file.value());
            if (!imported)
                return Expected<Outcome>::failure(imported.error());
            return Outcome{imported.value(), file->claims.isEmpty() ? QString() : file->claims.constFirst().isrc};
        },
        [this, path](const Expected<Outcome> &outcome) {
            m_importClaims->setEnabled(true);
            const QString message = outcome ? tr("%1: %n claim(s) imported", nullptr, outcome->imported.claims).arg(QFileInfo(path).fileName())
                                            : outcome.error();
            m_status->setText(message);
            if (outcome && !outcome->firstIsrc.isEmpty())
                openTrack(m_isrc.isEmpty() ? outcome->firstIsrc : m_isrc); // the timeline shows the new claims
            emit claimsImported(bool(outcome), message);
        });
}

LicensingView::~LicensingView()
{
    if (m_reportProgress)
        m_reportProgress->cancel();
}

QWidget *LicensingView::buildReportTab(QTableView *table, QSortFilterProxyModel *, QPushButton *run, QProgressBar *bar, QPushButton *cancel)
{
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout;
    row->addWidget(run);
    row->addWidget(bar, 1);
    row->addWidget(cancel);
    bar->hide();
    cancel->hide();
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (m_reportProgress)
            m_reportProgress->cancel();
    });
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(table, 1);
    return page;
}

void LicensingView::reload()
{
    m_status->setText(tr("Indexing tracks…"));
    m_indexing = true;
    runInBackground<qint64>(
        this, m_databasePath, [](Database &db) { return TrackIndex(db).refresh(); },
        [this](const Expected<qint64> &added) {
            m_indexing = false;
            m_status->setText(added ? tr("%n track(s) newly indexed", nullptr, int(added.value())) : added.error());
            if (!m_searchField->text().isEmpty())
                search(m_searchField->text());
            loadTimeline(); // a track asked for meanwhile, or new usage for the one shown
            emit indexReady();
        });
}

void LicensingView::search(const QString &text)
{
    const quint64 request = ++m_searchRequest;
    runInBackground<QList<Track>>(
        this, m_databasePath, [text](Database &db) { return TrackIndex(db).search(text); },
        [this, request](const Expected<QList<Track>> &tracks) {
            if (request != m_searchRequest)
                return; // a newer search is on its way
            m_trackModel->setTracks(tracks ? tracks.value() : QList<Track>());
            m_results->setVisible(m_trackModel->rowCount() > 0);
            m_results->resizeColumnsToContents();
            emit searchShown();
        });
}

void LicensingView::openTrack(const QString &isrc)
{
    m_isrc = isrc;
    loadTimeline();
}

void LicensingView::setKnownOn(const QDate &day)
{
    m_knownOn->setDate(day); // reloads through dateChanged
}

void LicensingView::loadTimeline()
{
    if (m_isrc.isEmpty() || m_indexing)
        return; // the index refresh loads it when done: the track's resources may be new
    const quint64 request = ++m_timelineRequest;
    const QString isrc = m_isrc;
    const QDate knownOn = m_knownOn->date();
    m_status->setText(tr("Loading %1…").arg(isrc));
    runInBackground<TimelineData>(
        this, m_databasePath, [isrc, knownOn](Database &db) { return TimelineBuilder::build(db, isrc, knownOn); },
        [this, request](const Expected<TimelineData> &data) {
            if (request != m_timelineRequest)
                return; // stale: the user moved on
            if (!data) {
                m_status->setText(data.error());
                return;
            }
            m_timelineModel->setTimeline(data.value());
            m_timeline->setTimeline(data.value());
            m_claimsModel->setClaims({});
            const Track &t = data->track;
            m_title->setText(QStringLiteral("<b>%1</b> %2 — %3")
                                 .arg(t.isrc.toHtmlEscaped(), t.title.toHtmlEscaped(),
                                      QString(t.artists).replace(QLatin1Char('|'), QLatin1String(", ")).toHtmlEscaped()));
            m_status->setText(statusText(*data));
            m_caseFile->setEnabled(true);
            emit timelineShown();
        });
}

void LicensingView::showBand(int band)
{
    const TimelineBand *b = m_timelineModel->band(band);
    m_claimsModel->setClaims(b ? b->claims : QList<Claim>());
}

void LicensingView::exportCaseFile()
{
    const TimelineData &data = m_timelineModel->timeline();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export case file"), QStringLiteral("case-%1.pdf").arg(data.track.isrc),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    // The drawing at print size, made here (widgets paint on the GUI thread).
    TimelineWidget drawing;
    drawing.resize(1600, std::max(260, drawing.sizeHint().height()));
    drawing.setTimeline(data);
    drawing.resize(1600, drawing.sizeHint().height());
    const QImage image = drawing.grab().toImage();
    QString error;
    if (!CaseFileExport::write(data, image, path, error))
        QMessageBox::warning(this, tr("Case file"), error);
    else
        m_status->setText(tr("Wrote %1 and %2").arg(path, CaseFileExport::csvPathFor(path)));
}

void LicensingView::runOverclaims() { startReport(true); }
void LicensingView::runExposure() { startReport(false); }

void LicensingView::startReport(bool overclaims)
{
    if (m_reportProgress)
        m_reportProgress->cancel(); // one report at a time
    auto progress = std::make_shared<ProgressBridge>();
    m_reportProgress = progress;
    const int r = overclaims ? 0 : 1;
    m_reportRun[r]->setEnabled(false);
    m_reportBar[r]->show();
    m_reportBar[r]->setRange(0, 0);
    m_reportCancel[r]->show();
    m_reportPoll->start();
    ReportWindow window;
    window.knownOn = m_knownOn->date();
    auto finish = [this, r, progress] {
        m_reportRun[r]->setEnabled(true);
        m_reportBar[r]->hide();
        m_reportCancel[r]->hide();
        if (m_reportProgress == progress)
            m_reportPoll->stop();
        emit reportShown();
    };
    auto currencyOf = [](Database &db) {
        const auto selection = DsrSelector::select(db, AnalyticsFilter());
        return selection ? selection->displayCurrency : QString();
    };
    if (overclaims) {
        runInBackground<std::pair<QList<OverclaimRow>, QString>>(
            this, m_databasePath,
            [window, progress, currencyOf](Database &db) -> Expected<std::pair<QList<OverclaimRow>, QString>> {
                auto rows = LicensingReports::overclaims(db, window, progress.get());
                if (!rows)
                    return Expected<std::pair<QList<OverclaimRow>, QString>>::failure(rows.error());
                return std::make_pair(rows.value(), currencyOf(db));
            },
            [this, finish](const Expected<std::pair<QList<OverclaimRow>, QString>> &rows) {
                if (rows)
                    m_overclaimsModel->setRows(rows->first, rows->second);
                m_status->setText(rows ? tr("%n overclaimed stretch(es)", nullptr, int(rows->first.size())) : rows.error());
                finish();
            });
    } else {
        runInBackground<std::pair<QList<ExposureRow>, QString>>(
            this, m_databasePath,
            [window, progress, currencyOf](Database &db) -> Expected<std::pair<QList<ExposureRow>, QString>> {
                auto rows = LicensingReports::exposure(db, window, progress.get());
                if (!rows)
                    return Expected<std::pair<QList<ExposureRow>, QString>>::failure(rows.error());
                return std::make_pair(rows.value(), currencyOf(db));
            },
            [this, finish](const Expected<std::pair<QList<ExposureRow>, QString>> &rows) {
                if (rows)
                    m_exposureModel->setRows(rows->first, rows->second);
                m_status->setText(rows ? tr("%n track-territory row(s) with exposed usage", nullptr, int(rows->first.size())) : rows.error());
                finish();
            });
    }
}

} // namespace rd::ui
