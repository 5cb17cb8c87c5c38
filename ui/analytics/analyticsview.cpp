#include "analyticsview.h"

#include "analytics/analyticsexport.h"
#include "analytics/ratesdialog.h"
#include "index/searchcache.h"
#include "backgroundtask.h"
#include "amountformat.h"
#include "tablecolumns.h"
#include "formats/isocodes.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QPainter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rd::ui {
namespace {

constexpr int kTopCount = 100;
constexpr int kDrillPageSize = 500;
const QDate kAnyDate(2000, 1, 1); // the date edits' "any" value

// Draws the share column as a bar behind its text.
class ShareBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double share = index.data(Qt::UserRole).toDouble();
        QRect bar = option.rect.adjusted(2, 4, -2, -4);
        bar.setWidth(int(bar.width() * std::clamp(share, 0.0, 1.0)));
        painter->fillRect(bar, option.palette.highlight().color().lighter(160));
        QStyledItemDelegate::paint(painter, option, index);
    }
};

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(kSortRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setObjectName(name);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    keepNumbersWhole(view);
    return view;
}

} // namespace

AnalyticsView::AnalyticsView(QString databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_territoryModel(new TotalsModel(Dimension::Territory, this))
    , m_topModel(new TopResourcesModel(this))
    , m_drillModel(new DrillRowsModel(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("analyticsView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QVBoxLayout;
    buildFilterBar(bar);
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("analyticsSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("analyticsWarning"));
    m_warning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildDashboardPage());
    m_pages->addWidget(buildDrillPage());
    layout->addWidget(m_pages, 1);

    // Typing and clicking through filters must not queue a query per keystroke.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &AnalyticsView::refresh);
    connect(m_charts, &ChartPanels::drillRequested, this, &AnalyticsView::drill);
    connect(m_drillModel, &DrillRowsModel::moreRequested, this, &AnalyticsView::fetchDrillPage);
    restoreFilter();
}

AnalyticsView::~AnalyticsView()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_prepareCancel)
        m_prepareCancel->store(true);
}

void AnalyticsView::buildFilterBar(QBoxLayout *bar)
{
    auto schedule = [this] {
        if (!m_restoring) {
            saveFilter();
            m_refreshTimer->start();
        }
    };
    m_territoryButton = new QToolButton(this);
    m_territoryButton->setObjectName(QStringLiteral("territoryFilter"));
    m_territoryButton->setPopupMode(QToolButton::InstantPopup);
    m_territoryMenu = new QMenu(m_territoryButton);
    m_territoryButton->setMenu(m_territoryMenu);
    m_territoryButton->setText(tr("All territories"));
    connect(m_territoryMenu, &QMenu::triggered, this, [this, schedule] {
        const QStringList chosen = filter().territories;
        m_territoryButton->setText(chosen.isEmpty() ? tr("All territories") : chosen.join(QLatin1String(", ")));
        schedule();
    });
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(kAnyDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(kAnyDate);
        connect(edit, &QDateEdit::dateChanged, this, schedule);
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_dsp = new QComboBox(this);
    m_dsp->setObjectName(QStringLiteral("dspFilter"));
    m_offer = new QComboBox(this);
    m_offer->setObjectName(QStringLiteral("offerFilter"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyFilter"));
    m_metric = new QComboBox(this);
    m_metric->addItem(tr("Revenue"));
    m_metric->addItem(tr("Usages"));
    for (QComboBox *combo : {m_dsp, m_offer, m_currency})
        connect(combo, &QComboBox::currentIndexChanged, this, schedule);
    for (QComboBox *combo : {m_dsp, m_offer, m_currency, m_metric})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // translations are longer than "All DSPs"
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] { showDashboard(m_dashboard); });
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchFilter"));
    m_search->setPlaceholderText(tr("Search title, artist or ISRC"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, schedule);

    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("PDF summary of this view…"), this, &AnalyticsView::exportPdf);
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Territory totals (CSV or XLSX)…"), this, [this] { exportTable(m_territoryModel->table()); });
    exportMenu->addAction(tr("Top resources (CSV or XLSX)…"), this, [this] { exportTable(m_topModel->table()); });
    exportMenu->addAction(tr("Drill-down rows (CSV or XLSX)…"), this, [this] { exportTable(m_drillModel->table()); });
    exportButton->setMenu(exportMenu);
    auto *rates = new QPushButton(tr("Exchange rates…"), this);
    connect(rates, &QPushButton::clicked, this, &AnalyticsView::editRates);
    auto *resetButton = new QPushButton(tr("Reset filters"), this);
    connect(resetButton, &QPushButton::clicked, this, [this] { setFilter({}); });
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumWidth(80);
    m_busy->setObjectName(QStringLiteral("analyticsBusy"));
    m_busy->hide();

    // Two rows, so that the search keeps a usable width on a 1280-pixel screen.
    auto *filters = new QHBoxLayout;
    auto *actions = new QHBoxLayout;
    bar->addLayout(filters);
    bar->addLayout(actions);
    auto add = [this](QBoxLayout *row, const QString &label, QWidget *w) {
        auto *l = new QLabel(label, this);
        l->setBuddy(w);
        row->addWidget(l);
        row->addWidget(w);
    };
    add(filters, tr("&Territory:"), m_territoryButton);
    add(filters, tr("&From:"), m_from);
    add(filters, tr("T&o:"), m_to);
    add(filters, tr("DS&P:"), m_dsp);
    add(filters, tr("O&ffer:"), m_offer);
    filters->addStretch(1);
    add(actions, tr("&Currency:"), m_currency);
    add(actions, tr("Sh&ow:"), m_metric);
    actions->addWidget(m_search, 1);
    actions->addWidget(m_busy);
    actions->addWidget(resetButton);
    actions->addWidget(rates);
    actions->addWidget(exportButton);
}

QWidget *AnalyticsView::buildDashboardPage()
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    m_charts = new ChartPanels(page);
    for (QChartView *view : m_charts->views()) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
            QMenu menu;
            menu.addAction(tr("Export chart as PNG or SVG…"), this, [this, view] { exportChart(view); });
            menu.exec(view->mapToGlobal(at));
        });
        view->setToolTip(tr("Click a bar or point to see its rows; right-click to export"));
    }
    m_topView = makeTable(page, m_topModel, QStringLiteral("topResourcesTable"));
    m_topView->setItemDelegateForColumn(TopResourcesModel::Share, new ShareBarDelegate(m_topView));
    m_topView->setToolTip(tr("Double-click a resource to see its rows"));
    connect(m_topView, &QTableView::doubleClicked, this, [this](const QModelIndex &proxyIndex) {
        const auto *proxy = static_cast<QSortFilterProxyModel *>(m_topView->model());
        const int row = proxy->mapToSource(proxyIndex).row();
        if (row >= 0 && row < m_topModel->resources().size())
            drillResource(m_topModel->resources()[row].resourceId, m_topModel->resources()[row].title);
    });
    auto *topBox = new QWidget(page);
    auto *topLayout = new QVBoxLayout(topBox);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *topTitle = new QLabel(tr("<b>Top resources</b>"), topBox);
    topLayout->addWidget(topTitle);
    topLayout->addWidget(m_topView);
    grid->addWidget(m_charts->territoryView(), 0, 0);
    grid->addWidget(m_charts->periodView(), 0, 1);
    grid->addWidget(m_charts->dspOfferView(), 1, 0);
    grid->addWidget(topBox, 1, 1);
    return page;
}

QWidget *AnalyticsView::buildDrillPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *backButton = new QPushButton(tr("← Back"), page);
    backButton->setObjectName(QStringLiteral("drillBack"));
    backButton->setShortcut(QKeySequence::Back);
    connect(backButton, &QPushButton::clicked, this, &AnalyticsView::back);
    m_drillTitle = new QLabel(page);
    header->addWidget(backButton);
    header->addWidget(m_drillTitle, 1);
    layout->addLayout(header);
    m_drillView = makeTable(page, m_drillModel, QStringLiteral("drillTable"));
    layout->addWidget(m_drillView);
    return page;
}

AnalyticsFilter AnalyticsView::filter() const
{
    AnalyticsFilter f;
    for (const QAction *action : m_territoryMenu->actions())
        if (action->isChecked())
            f.territories << action->data().toString();
    if (m_from->date() != kAnyDate)
        f.periodFrom = m_from->date();
    if (m_to->date() != kAnyDate)
        f.periodTo = m_to->date();
    if (m_dsp->currentIndex() > 0)
        f.dsps = {m_dsp->currentData().toString()};
    if (m_offer->currentIndex() > 0)
        f.offers = {m_offer->currentData().toString()};
    if (m_currency->currentIndex() > 0)
        f.currency = m_currency->currentData().toString();
    f.search = m_search->text().trimmed();
    return f;
}

void AnalyticsView::setFilter(const AnalyticsFilter &f)
{
    m_restoring = true;
    for (QAction *action : m_territoryMenu->actions())
        action->setChecked(f.territories.contains(action->data().toString()));
    m_territoryButton->setText(f.territories.isEmpty() ? tr("All territories") : f.territories.join(QLatin1String(", ")));
    m_from->setDate(f.periodFrom.isValid() ? f.periodFrom : kAnyDate);
    m_to->setDate(f.periodTo.isValid() ? f.periodTo : kAnyDate);
    auto choose = [](QComboBox *combo, const QStringList &values) {
        const int i = values.isEmpty() ? 0 : combo->findData(values.first());
        combo->setCurrentIndex(std::max(i, 0));
    };
    choose(m_dsp, f.dsps);
    choose(m_offer, f.offers);
    choose(m_currency, f.currency.isEmpty() ? QStringList() : QStringList{f.currency});
    m_search->setText(f.search);
    m_restoring = false;
    saveFilter();
    m_refreshTimer->start();
}

void AnalyticsView::saveFilter() const
{
    const AnalyticsFilter f = filter();
    QSettings s;
    s.beginGroup(QStringLiteral("analytics/filter"));
    s.setValue(QStringLiteral("territories"), f.territories);
    s.setValue(QStringLiteral("from"), f.periodFrom);
    s.setValue(QStringLiteral("to"), f.periodTo);
    s.setValue(QStringLiteral("dsps"), f.dsps);
    s.setValue(QStringLiteral("offers"), f.offers);
    s.setValue(QStringLiteral("currency"), f.currency);
    s.setValue(QStringLiteral("search"), f.search);
}

void AnalyticsView::restoreFilter()
{
    QSettings s;
    s.beginGroup(QStringLiteral("analytics/filter"));
    AnalyticsFilter f;
    f.territories = s.value(QStringLiteral("territories")).toStringList();
    f.periodFrom = s.value(QStringLiteral("from")).toDate();
    f.periodTo = s.value(QStringLiteral("to")).toDate();
    f.dsps = s.value(QStringLiteral("dsps")).toStringList();
    f.offers = s.value(QStringLiteral("offers")).toStringList();
    f.currency = s.value(QStringLiteral("currency")).toString();
    f.search = s.value(QStringLiteral("search")).toString();
    m_savedFilter = f;
}

void AnalyticsView::reload()
{
    loadChoices();
    prepareSearch();
}

void AnalyticsView::prepareSearch()
{
    // The text search's corpus and transposed sums take seconds to read on
    // 100M rows: read them now, so that the first search does not wait. Until
    // then a search scans the tables, more slowly but with the same answer.
    if (m_prepareCancel)
        m_prepareCancel->store(true);
    m_prepareCancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_prepareCancel;
    runInBackground<bool>(
        this, m_databasePath, [cancel](Database &db) { return Expected<bool>(SearchCache::prepare(db, cancel.get())); },
        [](const Expected<bool> &) {});
}

void AnalyticsView::loadChoices()
{
    runInBackground<DsrSelector::Dimensions>(
        this, m_databasePath, [](Database &db) { return DsrSelector::dimensions(db); },
        [this](const Expected<DsrSelector::Dimensions> &d) {
            if (!d) {
                m_warning->setText(d.error());
                m_warning->show();
                return;
            }
            const AnalyticsFilter current = m_choicesLoaded ? filter() : m_savedFilter;
            m_choicesLoaded = true;
            m_restoring = true;
            m_territoryMenu->clear();
            for (const QString &t : d->territories) {
                QAction *a = m_territoryMenu->addAction(QStringLiteral("%1  %2").arg(t, iso::territoryName(t)));
                a->setCheckable(true);
                a->setData(t);
            }
            auto fill = [](QComboBox *combo, const QString &all, const QStringList &values) {
                combo->clear();
                combo->addItem(all);
                for (const QString &v : values)
                    combo->addItem(v, v);
            };
            fill(m_dsp, tr("All DSPs"), d->dsps);
            fill(m_offer, tr("All offers"), d->offers);
            fill(m_currency, tr("Base currency"), d->currencies);
            m_restoring = false;
            setFilter(current);
        });
}

bool AnalyticsView::busy() const
{
    return m_busy->isVisible();
}

void AnalyticsView::setBusy(bool on)
{
    m_busy->setVisible(on);
}

void AnalyticsView::refresh()
{
    // A newer filter makes the running query pointless: cancel it, and drop its answer.
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    const AnalyticsFilter f = filter();
    const auto cancel = m_cancel;
    setBusy(true);
    runInBackground<Dashboard>(
        this, m_databasePath,
        [f, cancel](Database &db) { return AnalyticsEngine(db).dashboard(f, kTopCount, cancel.get()); },
        [this, generation](const Expected<Dashboard> &result) {
            if (generation != m_generation)
                return; // stale
            setBusy(false);
            if (!result) {
                m_warning->setText(result.error());
                m_warning->show();
                return;
            }
            showDashboard(*result);
        });
}

void AnalyticsView::showDashboard(const Dashboard &d)
{
    m_dashboard = d;
    const Metric metric = m_metric->currentIndex() == 1 ? Metric::Usages : Metric::Revenue;
    // Nothing matched: say so in every chart rather than draw empty axes.
    const QString search = m_search->text().trimmed();
    const bool nothing = d.topResources.isEmpty() && d.usages == 0 && d.revenue.isZero();
    if (nothing)
        m_charts->showMessage(search.isEmpty() ? tr("No DSR matches these filters")
                                               : tr("No match for \u201c%1\u201d with these filters").arg(search));
    else
        m_charts->show(d, metric);
    m_territoryModel->setRows(d.byTerritory, d.currency);
    m_topModel->setResources(d.topResources, d.revenue, d.currency);
    m_topView->resizeColumnsToContents();
    m_summary->setText(nothing ? (search.isEmpty() ? tr("No DSR matches these filters.") : tr("No match for \u201c%1\u201d.").arg(search))
                               : tr("%n DSR(s) · %1 usages · revenue %2 %3", nullptr, d.dsrCount)
                                     .arg(QLocale().toString(d.usages), formatAmount(QString::fromStdString(d.revenue.toString(kShownDecimals))),
                                          d.currency));
    m_summary->setToolTip(tr("Exactly %1 %2; amounts are rounded half to even only for display")
                              .arg(exactAmountText(d.revenue), d.currency));
    m_warning->setVisible(!d.missingRates.isEmpty());
    m_warning->setText(tr("No exchange rate into %1 is in force for %2. Those DSRs are left out of every revenue total "
                          "below; import or enter rates with \"Exchange rates…\".")
                           .arg(d.currency, d.missingRates));
    emit dashboardShown();
}

QString AnalyticsView::summaryText() const { return m_summary->text(); }

QStringList AnalyticsView::chartTitles() const
{
    QStringList titles;
    for (QChartView *view : m_charts->views())
        titles << view->chart()->title();
    return titles;
}

void AnalyticsView::drill(Dimension dimension, const QString &key, const QString &subKey)
{
    m_drillTarget = DrillTarget{dimension, key, subKey, 0};
    m_drillFilter = filter();
    const QString what = subKey.isEmpty() ? key : key + QStringLiteral(" · ") + subKey;
    m_drillTitle->setText(tr("Rows behind <b>%1</b> (%2), with the current filters").arg(what.toHtmlEscaped(), dimensionName(dimension)));
    m_drillModel->reset();
    m_pages->setCurrentIndex(1);
    fetchDrillPage();
}

void AnalyticsView::drillResource(qint64 resourceId, const QString &title)
{
    m_drillTarget = DrillTarget{std::nullopt, QString(), QString(), resourceId};
    m_drillFilter = filter();
    m_drillTitle->setText(tr("Rows of <b>%1</b>, with the current filters").arg(title.toHtmlEscaped()));
    m_drillModel->reset();
    m_pages->setCurrentIndex(1);
    fetchDrillPage();
}

void AnalyticsView::fetchDrillPage()
{
    const quint64 generation = ++m_drillGeneration;
    const AnalyticsFilter f = m_drillFilter;
    const DrillTarget target = m_drillTarget;
    const qint64 after = m_drillModel->lastRowId();
    setBusy(true);
    runInBackground<QList<DrillRow>>(
        this, m_databasePath,
        [f, target, after](Database &db) { return AnalyticsEngine(db).drillRows(f, target, after, kDrillPageSize); },
        [this, generation](const Expected<QList<DrillRow>> &rows) {
            if (generation != m_drillGeneration)
                return;
            setBusy(false);
            if (!rows) {
                m_warning->setText(rows.error());
                m_warning->show();
                m_drillModel->append({}, true);
                return;
            }
            m_drillModel->append(*rows, rows->size() < kDrillPageSize);
            emit drillShown();
        });
}

void AnalyticsView::back()
{
    ++m_drillGeneration; // a page still loading is no longer wanted
    m_pages->setCurrentIndex(0);
    setBusy(false);
}

QString AnalyticsView::filterText() const
{
    const AnalyticsFilter f = filter();
    QStringList parts;
    parts << (f.territories.isEmpty() ? tr("all territories") : f.territories.join(QLatin1String(", ")));
    if (f.periodFrom.isValid() || f.periodTo.isValid())
        parts << tr("periods %1 to %2").arg(f.periodFrom.isValid() ? f.periodFrom.toString(Qt::ISODate) : tr("any"),
                                            f.periodTo.isValid() ? f.periodTo.toString(Qt::ISODate) : tr("any"));
    if (!f.dsps.isEmpty())
        parts << tr("DSP %1").arg(f.dsps.join(QLatin1String(", ")));
    if (!f.offers.isEmpty())
        parts << tr("offer %1").arg(f.offers.join(QLatin1String(", ")));
    parts << (f.inBaseCurrency() ? tr("base currency") : tr("%1 only").arg(f.currency));
    if (!f.search.isEmpty())
        parts << tr("search \"%1\"").arg(f.search);
    return parts.join(QLatin1String("; "));
}

void AnalyticsView::exportChart(QChartView *view)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), view->objectName() + QLatin1String(".png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (const Status s = AnalyticsExport::chartImage(view, path); !s)
        QMessageBox::warning(this, tr("Export chart"), s.error());
}

void AnalyticsView::exportTable(const TableData &data)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), data.title + QLatin1String(".xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status s = AnalyticsExport::table(data, path); !s)
        QMessageBox::warning(this, tr("Export table"), s.error());
}

void AnalyticsView::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF summary"), tr("analytics-summary.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status s = AnalyticsExport::pdfSummary(path, filterText(), m_dashboard, m_charts->views()); !s)
        QMessageBox::warning(this, tr("Export PDF summary"), s.error());
}

void AnalyticsView::editRates()
{
    RatesDialog dialog(m_databasePath, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace rd::ui
