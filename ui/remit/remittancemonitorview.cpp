#include "remittancemonitorview.h"

#include "backgroundtask.h"
#include "chartaxes.h"
#include "dialogbuttons.h"
#include "amountformat.h"
#include "journal/statusjournal.h"
#include "remit/marketplaces.h"
#include "remit/remittancebook.h"
#include "remit/remittanceactions.h"
#include "remittancemodels.h"
#include "review/csvtablemodel.h"
#include "remitdialogs.h"
#include "senderthread.h"
#include "sortedtable.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSettings>
#include <QSpinBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace rd::ui {
namespace {

constexpr int kShownRows = 20000; // the newest; refreshed every 2 s

struct Loaded
{
    MonitorSnapshot snapshot;
    QList<RemittanceRow> rows;
    QStringList marketplaces;
    QList<QStringList> audit;
    bool anyMarketplaceConfigured = false; // read with the rest, off the GUI thread
};

struct Details
{
    QList<AttemptRow> attempts;
    std::optional<DataflowSummary> journey;
};

QString duration(qint64 seconds)
{
    if (seconds < 3600)
        return RemittanceMonitorView::tr("%1 min").arg(seconds / 60);
    return RemittanceMonitorView::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

} // namespace

RemittanceMonitorView::RemittanceMonitorView(QString databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_dashboard(new DashboardModel(this))
    , m_remittances(new RemittanceTableModel(this))
    , m_attempts(new CsvTableModel(this))
    , m_journey(new CsvTableModel(this))
    , m_audit(new CsvTableModel(this))
    , m_span(new QComboBox)
    , m_marketplace(new QComboBox)
    , m_status(new QComboBox)
    , m_tiles(new QLabel)
    , m_alert(new QLabel)
    , m_chart(new QChartView(new QChart))
    , m_sender(new QPushButton(tr("Start &Sender")))
    , m_timer(new QTimer(this))
{
    setUpFilters();
    QWidget *details = buildDetails();
    QHBoxLayout *actions = buildActions();
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_span);
    filters->addWidget(m_marketplace);
    filters->addWidget(m_status);
    filters->addStretch();
    filters->addWidget(m_sender);
    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(m_table);
    lower->addWidget(details);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    m_emptyHint = new QLabel(tr("<b>No marketplace yet.</b> Add one with <i>Marketplaces…</i> (its name and the URL that "
                                "takes its usage reports), then bring in usage with <i>Ingest Usage…</i>. The sender "
                                "remits each hour's usage per marketplace, customer, product and metric."));
    m_emptyHint->setObjectName(QStringLiteral("remitEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(QStringLiteral("background:#eef4fb;border:1px solid #9bbbe0;padding:8px;"));
    m_emptyHint->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_alert);
    layout->addWidget(m_tiles);
    layout->addWidget(m_chart, 2);
    layout->addLayout(actions);
    layout->addWidget(lower, 3);

    connect(m_span, &QComboBox::currentIndexChanged, this, &RemittanceMonitorView::refresh);
    connect(m_marketplace, &QComboBox::currentIndexChanged, this, [this] {
        m_dashboard->setSnapshot(m_dashboard->snapshot(), m_marketplace->currentData().toString());
        drawChart();
        refresh(); // the table shows that marketplace too
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_status->currentData().toString();
        m_proxy->setFilterRegularExpression(status.isEmpty() ? QString() : QStringLiteral("^%1$").arg(status));
    });
    m_timer->setInterval(2000); // live while the page is shown
    connect(m_timer, &QTimer::timeout, this, &RemittanceMonitorView::refresh);
    // The sender runs in the app whenever marketplaces are configured (unless another sender holds the lock).
    if (const auto markets = Marketplaces(Marketplaces::pathFor(m_databasePath)).list(); markets && !markets->isEmpty())
        QTimer::singleShot(0, this, [this] { startSender(/*quiet=*/true); });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/royaltydesk.svg")), this);
        m_tray->show();
    }
}

// The filters, the tiles, the alert banner and the chart.
void RemittanceMonitorView::setUpFilters()
{
    m_span->addItem(tr("Last 24 hours"), 24);
    m_span->addItem(tr("Last 7 days"), 24 * 7);
    m_marketplace->addItem(tr("All marketplaces"), QString());
    m_status->addItem(tr("Any status"), QString());
    for (const QString &s : DashboardModel::statuses())
        m_status->addItem(DashboardModel::statusText(s), s);
    m_tiles->setObjectName(QStringLiteral("remitTiles"));
    m_tiles->setTextFormat(Qt::RichText);
    m_alert->setObjectName(QStringLiteral("remitAlert"));
    m_alert->setWordWrap(true);
    m_alert->setStyleSheet(QStringLiteral("background:#fde7e7;color:#8b1010;border:1px solid #d77;padding:4px;"));
    m_alert->hide();
    m_chart->setMinimumHeight(200);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setObjectName(QStringLiteral("remitChart"));
}

// The remittances table and, beside it, the selected one's attempts, dataflow and audit log.
QWidget *RemittanceMonitorView::buildDetails()
{
    m_table = sortedReadOnlyTable(m_remittances, QStringLiteral("remittancesTable"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_proxy = static_cast<QSortFilterProxyModel *>(m_table->model());
    m_proxy->setFilterKeyColumn(RemittanceTableModel::Status);
    m_proxy->setFilterRole(Qt::UserRole); // the stored status name, whatever the language
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RemittanceMonitorView::showDetails);
    auto *details = new QTabWidget;
    details->addTab(sortedReadOnlyTable(m_attempts, QStringLiteral("attemptsTable")), tr("Attempts"));
    details->addTab(sortedReadOnlyTable(m_journey, QStringLiteral("journeyTable")), tr("Dataflow"));
    details->addTab(sortedReadOnlyTable(m_audit, QStringLiteral("remitAuditTable")), tr("Audit log"));
    return details;
}

// The recovery actions, each confirmed before it runs, and the sender's button.
QHBoxLayout *RemittanceMonitorView::buildActions()
{
    auto *retry = new QPushButton(tr("&Retry Now"));
    auto *redrive = new QPushButton(tr("Re-&drive"));
    retry->setObjectName(QStringLiteral("retrySelected"));
    redrive->setObjectName(QStringLiteral("redriveSelected"));
    retry->setToolTip(tr("Send the selected failed remittances again now"));
    redrive->setToolTip(tr("Queue the selected dead letters again"));
    // Both act on the selection: with nothing selected there is nothing to act on.
    auto updateSelectionActions = [this, retry, redrive] {
        const bool any = m_table->selectionModel()->hasSelection();
        retry->setEnabled(any);
        redrive->setEnabled(any);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateSelectionActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateSelectionActions);
    updateSelectionActions();
    auto *ingest = new QPushButton(tr("&Ingest Usage…"));
    ingest->setObjectName(QStringLiteral("ingestUsage"));
    ingest->setToolTip(tr("Add usage events (CSV or JSON lines of timestamp, marketplace, account, product, metric, value) "
                          "to the hourly remittances"));
    connect(ingest, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Ingest Usage"), QString(),
                                                          tr("Usage events (*.csv *.jsonl *.json);;All files (*)"));
        if (!path.isEmpty())
            ingestUsage(path);
    });
    auto *redriveAll = new QPushButton(tr("Re-drive &All"));
    auto *reconcile = new QPushButton(tr("Reconcile S&tuck…"));
    auto *reset = new QPushButton(tr("Re&set…"));
    auto *recalc = new QPushButton(tr("Re&calculate…"));
    auto *markets = new QPushButton(tr("&Marketplaces…"));
    auto *lookup = new QPushButton(tr("Data&flow…"));
    auto *alerts = new QPushButton(tr("A&lert Thresholds…"));
    connect(alerts, &QPushButton::clicked, this, &RemittanceMonitorView::editThresholds);
    connect(reset, &QPushButton::clicked, this, [this] {
        RangeDialog dialog(tr("Reset Pending Value"), true, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString product = dialog.product();
        const QStringList accounts = dialog.accounts();
        const QDateTime start = dialog.start(), end = dialog.end();
        act(tr("Set the pending value of %1 from %2 to %3 to zero%4?")
                .arg(product, start.toString(Qt::ISODate), end.toString(Qt::ISODate),
                     accounts.isEmpty() ? QString() : tr(" for %1").arg(accounts.join(QLatin1String(", ")))),
            [=](Database &db) { return RemittanceActions(db).resetPending(product, start, end, accounts); });
    });
    connect(recalc, &QPushButton::clicked, this, [this] {
        RangeDialog dialog(tr("Recalculate"), false, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QDateTime start = dialog.start(), end = dialog.end();
        act(tr("Recompute the hours from %1 to %2 from their usage and queue only the differences?").arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate)),
            [=](Database &db) { return RemittanceActions(db).recalculate(start, end); });
    });
    connect(markets, &QPushButton::clicked, this, [this] {
        MarketplacesDialog dialog(Marketplaces::pathFor(m_databasePath), this);
        dialog.exec();
    });
    connect(lookup, &QPushButton::clicked, this, &RemittanceMonitorView::lookUpDataflow);
    connect(retry, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        act(tr("Send the %n selected failed remittance(s) again now?", nullptr, int(ids.size())), [ids](Database &db) { return RemittanceActions(db).retry(ids); });
    });
    connect(redrive, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.isEmpty())
            return;
        act(tr("Re-drive the %n selected dead letter(s)?", nullptr, int(ids.size())), [ids](Database &db) { return RemittanceActions(db).redrive(ids); });
    });
    connect(redriveAll, &QPushButton::clicked, this,
            [this] { act(tr("Re-drive every dead letter?"), [](Database &db) { return RemittanceActions(db).redrive({}); }); });
    connect(reconcile, &QPushButton::clicked, this, [this] {
        act(tr("Mark remittances with no answer for 15 minutes as unknown?"), [](Database &db) { return RemittanceActions(db).reconcileStuck(15 * 60, false); });
    });
    m_sender->setObjectName(QStringLiteral("senderButton"));
    connect(m_sender, &QPushButton::clicked, this, &RemittanceMonitorView::toggleSender);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {ingest, retry, redrive, redriveAll, reconcile, reset, recalc})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(lookup);
    actions->addWidget(alerts);
    actions->addWidget(markets);
    return actions;
}

RemittanceMonitorView::~RemittanceMonitorView() = default;

void RemittanceMonitorView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void RemittanceMonitorView::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

bool RemittanceMonitorView::emptyHintShown() const { return !m_emptyHint->isHidden(); }

QString RemittanceMonitorView::tilesText() const { return m_tiles->text(); }
QString RemittanceMonitorView::alertText() const { return m_alert->isVisible() ? m_alert->text() : QString(); }

void RemittanceMonitorView::refresh()
{
    if (m_loading)
        return; // the last refresh is still running
    m_loading = true;
    const int span = m_span->currentData().toInt();
    const AlertThresholds thresholds = alertThresholds();
    const QString marketplace = m_marketplace->currentData().toString();
    runInBackground<Loaded>(
        this, m_databasePath,
        [span, thresholds, marketplace](Database &db) -> Expected<Loaded> {
            RemittanceMonitor monitor(db);
            auto snapshot = monitor.snapshot(QDateTime::currentDateTimeUtc(), span, thresholds);
            RemittanceFilter filter;
            filter.marketplace = marketplace;
            filter.limit = kShownRows;
            auto rows = monitor.list(filter);
            auto audit = monitor.audit();
            auto marketplaces = monitor.marketplaces();
            if (!snapshot || !rows || !audit || !marketplaces)
                return Expected<Loaded>::failure(!snapshot ? snapshot.error() : !rows ? rows.error() : !audit ? audit.error() : marketplaces.error());
            const auto configured = Marketplaces(Marketplaces::pathFor(db.path())).list();
            Loaded l{snapshot.value(), rows.value(), marketplaces.value(), audit.value(), configured && !configured->isEmpty()};
            return l;
        },
        [this](const Expected<Loaded> &loaded) {
            m_loading = false;
            if (!loaded) {
                m_tiles->setText(loaded.error().toHtmlEscaped());
                return;
            }
            for (const QString &m : loaded->marketplaces)
                if (m_marketplace->findData(m) < 0)
                    m_marketplace->addItem(m, m);
            m_emptyHint->setVisible(loaded->rows.isEmpty() && !loaded->anyMarketplaceConfigured);
            const qint64 current = m_remittances->rowAt(m_proxy->mapToSource(m_table->currentIndex()).row())
                                       ? m_remittances->rowAt(m_proxy->mapToSource(m_table->currentIndex()).row())->id
                                       : 0;
            m_remittances->setRows(loaded->rows);
            for (int r = 0; r < m_remittances->rowCount() && current; ++r)
                if (m_remittances->rowAt(r)->id == current)
                    m_table->setCurrentIndex(m_proxy->mapFromSource(m_remittances->index(r, 0)));
            showSnapshot(loaded->snapshot);
            if (loaded->audit.size() != m_audit->rowCount())
                m_audit->setRows({tr("When"), tr("Who"), tr("What"), tr("Detail")}, loaded->audit, {});
            emit refreshed();
        });
}

void RemittanceMonitorView::showSnapshot(const MonitorSnapshot &s)
{
    m_dashboard->setSnapshot(s, m_marketplace->currentData().toString());
    drawChart();
    const QString pending = formatMoney(QString::fromStdString(s.pendingBase.toString(2)), s.baseCurrency)
                            + (s.pendingNotConverted ? tr(" (+%n in other units)", nullptr, s.pendingNotConverted) : QString());
    m_tiles->setText(tr("<b>Pending</b> %1 &nbsp; <b>Failed</b> %2 &nbsp; <b>Dead letters</b> %3%4 &nbsp; <b>Stuck</b> %5 &nbsp; <b>Success rate</b> %6")
                         .arg(pending.toHtmlEscaped())
                         .arg(s.failed)
                         .arg(s.deadLetters)
                         .arg(s.oldestDeadLetterSeconds ? tr(" (oldest %1)").arg(duration(*s.oldestDeadLetterSeconds)) : QString())
                         .arg(s.stuck)
                         .arg(s.successRate ? QStringLiteral("%1%").arg(*s.successRate * 100, 0, 'f', 1) : tr("—")));
    m_alert->setVisible(!s.alerts.isEmpty());
    m_alert->setText(tr("Alert: %1").arg(s.alerts.join(QLatin1String("; "))));
    // A desktop notification when an alert is new.
    for (const QString &alert : s.alerts)
        if (!m_lastAlerts.contains(alert) && m_tray)
            m_tray->showMessage(tr("Royalty Desk remittances"), alert, QSystemTrayIcon::Warning);
    m_lastAlerts = s.alerts;
}

void RemittanceMonitorView::drawChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Remittances per hour by status"));
    // Hourly bars over a day; over a week, a bar per day.
    const int bucket = m_dashboard->rowCount() > 48 ? 24 : 1;
    auto *series = new QStackedBarSeries;
    for (int c = 0; c < m_dashboard->columnCount(); ++c) {
        auto *set = new QBarSet(m_dashboard->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < m_dashboard->rowCount(); r += bucket) {
            int n = 0;
            for (int i = r; i < std::min(r + bucket, m_dashboard->rowCount()); ++i)
                n += m_dashboard->count(i, c);
            *set << n;
        }
        series->append(set);
    }
    chart->addSeries(series);
    int highest = 0;
    const int bars = series->barSets().isEmpty() ? 0 : int(series->barSets().constFirst()->count());
    for (int b = 0; b < bars; ++b) {
        int stacked = 0;
        for (const QBarSet *set : series->barSets())
            stacked += int(set->at(b));
        highest = std::max(highest, stacked);
    }
    QStringList labels;
    for (int r = 0; r < m_dashboard->rowCount(); r += bucket) {
        const QString hour = m_dashboard->snapshot().hours.value(r); // yyyy-MM-ddThh:00:00Z
        labels << (bucket == 1 ? hour.mid(11, 2) : hour.mid(5, 5));
    }
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setTitleText(bucket == 1 ? tr("hour (UTC)") : tr("day (UTC)"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // Whole remittances: never a step below 1.
    QCategoryAxis *y = niceValueAxis(0, std::max(highest, 5), tr("remittances"), QLocale(), /*wholeSteps=*/true);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignRight);
}

QList<qint64> RemittanceMonitorView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const RemittanceRow *r = m_remittances->rowAt(m_proxy->mapToSource(index).row()))
            ids << r->id;
    return ids;
}

void RemittanceMonitorView::selectRemittance(int row)
{
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_remittances->index(row, 0)));
}

void RemittanceMonitorView::showDetails()
{
    const RemittanceRow *r = m_remittances->rowAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    if (!r)
        return;
    const qint64 id = r->id;
    const QString correlation = r->correlationId;
    const quint64 request = ++m_request;
    runInBackground<Details>(
        this, m_databasePath,
        [id, correlation](Database &db) -> Expected<Details> {
            const auto attempts = RemittanceMonitor(db).attempts(id);
            if (!attempts)
                return Expected<Details>::failure(attempts.error());
            Details d{attempts.value(), std::nullopt};
            if (const auto journey = StatusJournal(db).summary(correlation))
                d.journey = journey.value();
            return d;
        },
        [this, request](const Expected<Details> &d) {
            if (request != m_request || !d)
                return;
            QList<QStringList> attempts;
            for (const AttemptRow &a : d->attempts)
                attempts << QStringList{a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                                        a.httpStatus ? QString::number(*a.httpStatus) : tr("none"), a.errorCode,
                                        a.latencyMs ? QString::number(*a.latencyMs) : QString(), a.message};
            m_attempts->setRows({tr("When"), tr("HTTP"), tr("Error code"), tr("ms"), tr("Message")}, attempts, {tr("ms")});
            QList<QStringList> stages;
            if (d->journey)
                for (const DataflowSummary::Stage &s : d->journey->stages)
                    stages << QStringList{s.name, s.status, s.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                                          QString::number(s.durationMs())};
            m_journey->setRows({tr("Stage"), tr("Status"), tr("Started"), tr("ms")}, stages, {tr("ms")});
            emit detailsShown();
        });
}

AlertThresholds RemittanceMonitorView::alertThresholds()
{
    QSettings settings;
    AlertThresholds t;
    t.failureRate = settings.value(QStringLiteral("remittances/alertFailurePercent"), 20).toDouble() / 100.0;
    t.stuck = settings.value(QStringLiteral("remittances/alertStuck"), 1).toInt();
    t.deadLetterAgeSeconds = settings.value(QStringLiteral("remittances/alertDeadLetterMinutes"), 60).toLongLong() * 60;
    return t;
}

void RemittanceMonitorView::editThresholds()
{
    const AlertThresholds current = alertThresholds();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Alert Thresholds"));
    auto *failure = new QSpinBox, *stuck = new QSpinBox, *age = new QSpinBox;
    failure->setRange(0, 100);
    failure->setSuffix(QStringLiteral(" %"));
    failure->setValue(qRound(current.failureRate * 100));
    stuck->setRange(1, 100000);
    stuck->setValue(current.stuck);
    age->setRange(1, 100000);
    age->setSuffix(tr(" min"));
    age->setValue(int(current.deadLetterAgeSeconds / 60));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Alert when more than this share of settled remittances &failed:"), failure);
    form->addRow(tr("…or at least this many are &stuck:"), stuck);
    form->addRow(tr("…or a dead letter has waited &longer than:"), age);
    form->addRow(okCancelButtons(&dialog));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("remittances/alertFailurePercent"), failure->value());
    settings.setValue(QStringLiteral("remittances/alertStuck"), stuck->value());
    settings.setValue(QStringLiteral("remittances/alertDeadLetterMinutes"), age->value());
    refresh();
}

void RemittanceMonitorView::lookUpDataflow()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Dataflow"), tr("Correlation id:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || id.isEmpty())
        return;
    runInBackground<DataflowSummary>(this, m_databasePath, [id](Database &db) { return StatusJournal(db).summary(id); },
                                     [this](const Expected<DataflowSummary> &s) {
                                         if (!s) {
                                             QMessageBox::information(this, tr("Dataflow"), s.error());
                                             return;
                                         }
                                         QString text = tr("%1: %2, %3; now at %4 (%5)")
                                                            .arg(s->correlationId, s->finished ? tr("finished") : tr("not finished"), s->outcome,
                                                                 s->currentStage, s->currentStatus);
                                         if (s->recordsSucceeded + s->recordsFailed > 0)
                                             text += QLatin1Char('\n') + tr("records: %1 succeeded, %2 failed").arg(s->recordsSucceeded).arg(s->recordsFailed);
                                         if (!s->errorCode.isEmpty() || !s->message.isEmpty())
                                             text += QLatin1Char('\n') + tr("why: %1 %2").arg(s->errorCode, s->message);
                                         for (const DataflowSummary::Stage &stage : s->stages)
                                             text += QLatin1Char('\n') + tr("%1  %2  %3 ms").arg(stage.name, stage.status).arg(stage.durationMs());
                                         QMessageBox::information(this, tr("Dataflow"), text);
                                     });
}

void RemittanceMonitorView::act(const QString &confirm, std::function<Expected<int>(Database &)> action)
{
    if (QMessageBox::question(this, tr("Remittances"), confirm) != QMessageBox::Yes)
        return;
    runInBackground<int>(this, m_databasePath, std::move(action), [this](const Expected<int> &done) {
        if (!done)
            QMessageBox::warning(this, tr("Remittances"), done.error());
        refresh();
    });
}

void RemittanceMonitorView::ingestUsage(const QString &path)
{
    runInBackground<RemittanceBook::Added>(
        this, m_databasePath,
        [path](Database &db) -> Expected<RemittanceBook::Added> {
            const auto events = RemittanceBook::readEvents(path);
            if (!events)
                return Expected<RemittanceBook::Added>::failure(events.error());
            return RemittanceBook(db).add(events.value(), path);
        },
        [this, path](const Expected<RemittanceBook::Added> &added) {
            const QString message = added ? tr("%1: %2 usage event(s), %3 new remittance(s), %4 late event(s) moved to the next open window")
                                                .arg(QFileInfo(path).fileName())
                                                .arg(added->events)
                                                .arg(added->remittances)
                                                .arg(added->late)
                                          : added.error();
            if (!added)
                QMessageBox::warning(this, tr("Ingest Usage"), message);
            emit usageIngested(bool(added), message);
            refresh();
        });
}

void RemittanceMonitorView::toggleSender()
{
    if (m_thread && m_thread->isRunning()) {
        // Never wait here: a request in flight may take its full timeout. The sender stops between
        // rows; the button comes back when it has.
        m_thread->requestInterruption();
        m_sender->setEnabled(false);
        m_sender->setText(tr("Stopping…"));
        return;
    }
    startSender(false);
}

void RemittanceMonitorView::startSender(bool quiet)
{
    delete m_thread; // finished (the button is disabled while one stops), so this does not wait
    m_thread = new SenderThread(m_databasePath, this);
    connect(m_thread, &QThread::finished, this, [this] {
        m_sender->setEnabled(true);
        m_sender->setText(tr("Start &Sender"));
    });
    connect(m_thread, &SenderThread::problem, this, [this, quiet](const QString &message) {
        m_sender->setText(tr("Start &Sender"));
        if (quiet) // started by itself: say it on the page, without a dialog
            m_sender->setToolTip(message);
        else
            QMessageBox::warning(this, tr("Remittance sender"), message);
    });
    connect(m_thread, &SenderThread::sent, this, &RemittanceMonitorView::refresh);
    m_thread->start();
    m_sender->setText(tr("Stop &Sender"));
}

} // namespace rd::ui
