#include "packagesview.h"
#include "tablecolumns.h"

#include "backgroundtask.h"
#include "packagedialogs.h"
#include "packagelistmodel.h"
#include "packages/packagestore.h"
#include "packages/packagetotals.h"
#include "packages/packagezip.h"
#include "packages/residualbuilder.h"
#include "pdf/statementpdf.h"
#include "retention/retentionpolicy.h"
#include "retention/retentionsweep.h"
#include "review/csvtablemodel.h"
#include "sortedtable.h"
#include "targetsdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rd::ui {
namespace {

struct Details
{
    Package package;
    CsvTable lines; // built on the worker: a million lines must not stall the GUI thread
    QList<CurrencyTotals> totals;
    QList<CopyState> copies;
    QList<AuditEntry> audit;
};

QString baseNetColumn(const QString &base)
{
    return PackagesView::tr("Net (%1)").arg(base.isEmpty() ? PackagesView::tr("base") : base);
}

// The line columns that hold numbers, and the decimals each amount shows (translated when the table is filled).
QSet<QString> numericLineColumns() { return {PackagesView::tr("Line")}; }

QHash<QString, int> lineAmountDecimals(const QString &base)
{
    return {{PackagesView::tr("Share %"), 4},  {PackagesView::tr("Revenue"), 2},     {PackagesView::tr("Adjustment"), 2},
            {PackagesView::tr("Recouped"), 2}, {PackagesView::tr("Net payable"), 2}, {baseNetColumn(base), 2}};
}

// The lines as the Lines tab shows them; an overclaimed track is marked in its own column.
CsvTable lineTable(const QList<ResidualLine> &lines, const QString &base)
{
    CsvTable table;
    table.columns = QStringList{PackagesView::tr("Line"),       PackagesView::tr("Rights holder"), PackagesView::tr("Territory"),
                                PackagesView::tr("ISRC"),       PackagesView::tr("Title"),         PackagesView::tr("Currency"),
                                PackagesView::tr("Share %"),    PackagesView::tr("Revenue"),       PackagesView::tr("Adjustment"),
                                PackagesView::tr("Recouped"),   PackagesView::tr("Net payable"),   baseNetColumn(base),
                                PackagesView::tr("Claims")};
    for (const ResidualLine &l : lines)
        table.appendRow({QString::number(l.lineNo), l.holder.isEmpty() ? PackagesView::tr("(unallocated)") : l.holder, l.territory, l.isrc, l.title,
                         l.currency, l.share, l.revenue, l.adjustment, l.recouped, l.net, l.baseNet,
                         l.overclaimed ? PackagesView::tr("⚠ overclaimed") : QString()});
    return table;
}

// The per-currency totals as the Totals tab shows them.
QList<QStringList> totalRows(const QList<CurrencyTotals> &totals)
{
    QList<QStringList> rows;
    for (const CurrencyTotals &t : totals)
        rows << QStringList{t.currency, QString::number(t.lines), QString::fromStdString(t.revenue.toString()),
                            QString::fromStdString(t.adjustment.toString()), QString::fromStdString(t.recouped.toString()),
                            QString::fromStdString(t.net.toString()), QString::number(t.overclaimedLines)};
    return rows;
}

QString when(const QDateTime &t) { return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString(); }

} // namespace

PackagesView::PackagesView(QString databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_packages(new PackageListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel)
    , m_stale(new QLabel)
    , m_status(new QLabel)
    , m_tabs(new QTabWidget)
    , m_lines(new CsvTableModel(this))
    , m_totals(new CsvTableModel(this))
    , m_copies(new CsvTableModel(this))
    , m_audit(new CsvTableModel(this))
    , m_window(new QSpinBox)
{
    createActions();
    m_proxy->setSourceModel(m_packages);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("packagesTable"));
    m_table->setModel(m_proxy);
    keepNumbersWhole(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PackageListModel::Id, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const Package *p = m_packages->packageAt(m_proxy->mapToSource(current).row());
        m_current = p ? p->id : 0;
        showDetails();
    });

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *a : {m_newAction, m_adjustAction, m_advanceAction, m_buildAction, m_publishAction, m_retractAction, m_exportAction})
        toolbar->addAction(a);
    toolbar->addSeparator();
    toolbar->addAction(m_reverifyAction);
    toolbar->addAction(m_recopyAction);
    toolbar->addAction(m_targetsAction);
    toolbar->addSeparator();
    toolbar->addAction(m_sweepAction);
    auto *windowLabel = new QLabel(tr("Keep raw rows"));
    m_window->setRange(1, 36500);
    m_window->setSuffix(tr(" days"));
    m_window->setObjectName(QStringLiteral("retentionWindow"));
    m_window->setToolTip(tr("The retention window: imported rows are purged this many days after import, "
                            "except those behind a published or retracted package, which are kept for ever."));
    toolbar->addWidget(windowLabel);
    toolbar->addWidget(m_window);
    connect(m_window, &QSpinBox::editingFinished, this, [this] { setWindowDays(m_window->value()); });

    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_stale->setObjectName(QStringLiteral("staleReason"));
    m_stale->setWordWrap(true);
    m_stale->setStyleSheet(QStringLiteral("background:#fde7e7;color:#8b1010;border:1px solid #d77;padding:4px;"));
    m_stale->hide();
    m_status->setObjectName(QStringLiteral("packagesStatus"));
    m_status->setWordWrap(true);
    m_tabs->addTab(sortedReadOnlyTable(m_lines, QStringLiteral("packageLines")), tr("Lines"));
    m_tabs->addTab(sortedReadOnlyTable(m_totals, QStringLiteral("packageTotals")), tr("Totals per currency"));
    m_tabs->addTab(sortedReadOnlyTable(m_copies, QStringLiteral("packageCopies")), tr("Retained copies"));
    m_tabs->addTab(sortedReadOnlyTable(m_audit, QStringLiteral("packageAudit")), tr("Audit log"));

    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_stale);
    detailsLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    updateActions();
}

void PackagesView::createActions()
{
    auto make = [this](const QString &text, const QString &tip, void (PackagesView::*slot)()) {
        auto *a = new QAction(text, this);
        a->setStatusTip(tip);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = make(tr("&New…"), tr("Start a draft package over a partition of the DSRs"), &PackagesView::newPackage);
    m_adjustAction = make(tr("A&djust…"), tr("Add an adjustment (amount or percentage, with a reason) to the draft"), &PackagesView::addAdjustment);
    m_advanceAction = make(tr("Ad&vance…"), tr("Add an advance paid to a rights holder, recouped from their residuals"), &PackagesView::addAdvance);
    m_buildAction = make(tr("&Build"), tr("Freeze the source DSRs and compute the residual lines (a new version)"), &PackagesView::build);
    m_publishAction = make(tr("&Publish"), tr("Publish the built version and copy its zip to every retention target"), &PackagesView::publish);
    m_retractAction = make(tr("&Retract…"), tr("Retract the published package, with a reason; nothing is deleted"), &PackagesView::askRetract);
    m_exportAction = make(tr("&Export Zip…"), tr("Write the package zip: manifest, lines, source rows, statement and checksums"), &PackagesView::exportZip);
    m_reverifyAction = make(tr("Re-&verify Copies"), tr("Read every retained copy back and compare its SHA-256"), &PackagesView::reverify);
    m_recopyAction = make(tr("Re-&copy"), tr("Write the copies that are missing or failed"), &PackagesView::recopy);
    m_targetsAction = make(tr("&Targets…"), tr("Where published packages are copied: folders and SFTP servers, with their host keys"),
                           &PackagesView::editTargets);
    m_sweepAction = make(tr("Retention &Sweep…"), tr("Purge raw rows past the retention window (a preview first)"), &PackagesView::sweep);
}

QString PackagesView::statusText() const { return m_status->text(); }

void PackagesView::reload()
{
    runInBackground<std::pair<QList<Package>, int>>(
        this, m_databasePath,
        [](Database &db) -> Expected<std::pair<QList<Package>, int>> {
            const auto packages = PackageStore(db).list();
            const auto days = RetentionPolicy(db).windowDays();
            if (!packages || !days)
                return Expected<std::pair<QList<Package>, int>>::failure(!packages ? packages.error() : days.error());
            return std::make_pair(packages.value(), days.value());
        },
        [this](const Expected<std::pair<QList<Package>, int>> &result) {
            if (!result) {
                m_status->setText(result.error());
                return;
            }
            const qint64 keep = m_current;
            m_packages->setPackages(result->first);
            m_table->resizeColumnsToContents();
            {
                const QSignalBlocker block(m_window);
                m_window->setValue(result->second);
            }
            if (keep && m_packages->rowOf(keep) >= 0)
                select(keep);
            else if (m_packages->rowCount() > 0)
                m_table->selectRow(0);
            else
                showDetails();
            emit loaded();
        });
}

void PackagesView::select(qint64 packageId)
{
    const int row = m_packages->rowOf(packageId);
    if (row < 0) {
        m_current = packageId; // not loaded yet: chosen when the list arrives
        return;
    }
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_packages->index(row, 0)));
    if (m_current != packageId) {
        m_current = packageId;
        showDetails();
    } else if (m_lines->rowCount() == 0) {
        showDetails();
    }
}

void PackagesView::showDetails()
{
    updateActions();
    const quint64 request = ++m_detailsRequest;
    const qint64 id = m_current;
    if (!id) {
        m_title->setText(tr("No package yet: New… starts one."));
        m_stale->hide();
        m_lines->setRows({}, {}, {});
        m_totals->setRows({}, {}, {});
        m_copies->setRows({}, {}, {});
        m_audit->setRows({}, {}, {});
        return;
    }
    runInBackground<Details>(
        this, m_databasePath,
        [id](Database &db) -> Expected<Details> {
            PackageStore store(db);
            const auto found = store.find(id);
            if (!found || !found.value())
                return Expected<Details>::failure(found ? tr("There is no package %1").arg(id) : found.error());
            Details d;
            d.package = *found.value();
            if (d.package.version > 0) {
                const auto lines = store.lines(id, d.package.version);
                if (lines) {
                    d.lines = lineTable(lines.value(), d.package.baseCurrency);
                    d.totals = totalsByCurrency(lines.value());
                }
            }
            const auto copies = PackageCopies(db, StatementRenderer()).states(id);
            if (copies)
                d.copies = copies.value();
            const auto audit = store.audit(id);
            if (audit)
                d.audit = audit.value();
            return d;
        },
        [this, request](const Expected<Details> &result) {
            if (request != m_detailsRequest)
                return; // a newer selection won
            if (!result) {
                m_status->setText(result.error());
                return;
            }
            const Package &p = result->package;
            m_title->setText(tr("%1 — %2, version %3; %4 adjustment(s), %5 advance(s)")
                                 .arg(p.name, PackageListModel::stateText(p.state))
                                 .arg(p.version)
                                 .arg(p.adjustments.size())
                                 .arg(p.advances.size()));
            m_stale->setVisible(!p.staleReason.isEmpty());
            m_stale->setText(tr("Stale: %1").arg(p.staleReason));
            m_lines->setTable(result->lines, numericLineColumns(), lineAmountDecimals(p.baseCurrency));
            m_totals->setRows({tr("Currency"), tr("Lines"), tr("Revenue"), tr("Adjustments"), tr("Recouped"), tr("Net payable"),
                               tr("Overclaimed lines")},
                              totalRows(result->totals), {},
                              {{tr("Lines"), 0}, {tr("Revenue"), 2}, {tr("Adjustments"), 2}, {tr("Recouped"), 2}, {tr("Net payable"), 2},
                               {tr("Overclaimed lines"), 0}});
            QList<QStringList> copies;
            for (const CopyState &c : result->copies)
                copies << QStringList{c.target, c.state, c.reason, QString::number(c.attempts), when(c.verifiedAt), c.sha256,
                                      c.retractionState.isEmpty() ? QString() : c.retractionState + (c.retractionReason.isEmpty() ? QString() : QLatin1String(": ") + c.retractionReason)};
            m_copies->setRows({tr("Target"), tr("State"), tr("Reason"), tr("Attempts"), tr("Verified"), tr("SHA-256"), tr("Retraction record")}, copies, {});
            QList<QStringList> audit;
            for (const AuditEntry &e : result->audit)
                audit << QStringList{when(e.at), e.who, e.action, e.detail, e.reason};
            m_audit->setRows({tr("When"), tr("Who"), tr("What"), tr("Detail"), tr("Why")}, audit, {});
            updateActions();
            emit detailsShown();
        });
}

void PackagesView::updateActions()
{
    const Package *p = m_packages->packageAt(m_packages->rowOf(m_current));
    const bool editable = p && !m_busy && (p->state == Package::State::Draft || p->state == Package::State::Built);
    const bool issued = p && !m_busy && (p->state == Package::State::Published || p->state == Package::State::Retracted);
    m_newAction->setEnabled(!m_busy);
    m_adjustAction->setEnabled(editable);
    m_advanceAction->setEnabled(editable);
    m_buildAction->setEnabled(editable);
    m_publishAction->setEnabled(p && !m_busy && p->state == Package::State::Built && p->staleReason.isEmpty());
    m_retractAction->setEnabled(p && !m_busy && p->state == Package::State::Published);
    m_exportAction->setEnabled(p && !m_busy && p->version > 0);
    m_reverifyAction->setEnabled(issued);
    m_recopyAction->setEnabled(issued);
    m_sweepAction->setEnabled(!m_busy);
}

void PackagesView::runAction(const QString &busyText, std::function<Expected<QString>(Database &)> work, std::function<void()> after)
{
    m_busy = true;
    updateActions();
    m_status->setText(busyText);
    runInBackground<QString>(this, m_databasePath, std::move(work), [this, after](const Expected<QString> &result) {
        m_busy = false;
        if (after)
            after();
        m_status->setText(result ? result.value() : tr("Failed: %1").arg(result.error()));
        emit actionFinished(result.ok(), m_status->text());
        reload();
        showDetails();
    });
}

void PackagesView::newPackage()
{
    NewPackageDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.name();
    const Partition partition = dialog.partition();
    // The worker writes the new id; the GUI thread reads it once the work is done.
    auto created = std::make_shared<qint64>(0);
    runAction(
        tr("Creating %1…").arg(name),
        [created, name, partition](Database &db) -> Expected<QString> {
            const auto id = PackageStore(db).create(name, partition);
            if (!id)
                return Expected<QString>::failure(id.error());
            *created = id.value();
            return tr("Package %1 created as a draft").arg(id.value());
        },
        [this, created] {
            if (*created)
                m_current = *created; // selected when the list reloads
        });
}

void PackagesView::addAdjustment()
{
    AdjustmentDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !dialog.adjustment())
        return;
    const Adjustment adjustment = *dialog.adjustment();
    const qint64 id = m_current;
    runAction(tr("Adding the adjustment…"), [id, adjustment](Database &db) -> Expected<QString> {
        const auto added = PackageStore(db).addAdjustment(id, adjustment);
        if (!added)
            return Expected<QString>::failure(added.error());
        return tr("Adjustment added to package %1; build it again").arg(id);
    });
}

void PackagesView::addAdvance()
{
    AdvanceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !dialog.advance())
        return;
    const Advance advance = *dialog.advance();
    const qint64 id = m_current;
    runAction(tr("Adding the advance…"), [id, advance](Database &db) -> Expected<QString> {
        const auto added = PackageStore(db).addAdvance(id, advance);
        if (!added)
            return Expected<QString>::failure(added.error());
        return tr("Advance added to package %1; build it again").arg(id);
    });
}

void PackagesView::build()
{
    const qint64 id = m_current;
    runAction(tr("Building package %1…").arg(id), [id](Database &db) -> Expected<QString> {
        const auto version = ResidualBuilder::build(db, id);
        if (!version)
            return Expected<QString>::failure(version.error());
        return tr("Package %1 built: version %2").arg(id).arg(version.value());
    });
}

void PackagesView::publish()
{
    const qint64 id = m_current;
    runAction(tr("Publishing package %1 and copying it to the retention targets…").arg(id), [id](Database &db) -> Expected<QString> {
        const Status done = PackageCopies(db, &StatementPdf::render).publish(id);
        if (!done.ok())
            return Expected<QString>::failure(done.error());
        return tr("Package %1 published; every copy written and verified").arg(id);
    });
}

void PackagesView::askRetract()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Retract Package"), tr("Why is package %1 retracted? (required)").arg(m_current),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok && !reason.trimmed().isEmpty())
        retract(reason);
}

void PackagesView::retract(const QString &reason)
{
    const qint64 id = m_current;
    runAction(tr("Retracting package %1…").arg(id), [id, reason](Database &db) -> Expected<QString> {
        const Status done = PackageCopies(db, &StatementPdf::render).retract(id, reason);
        if (!done.ok())
            return Expected<QString>::failure(done.error());
        return tr("Package %1 retracted; a retraction record is beside every copy").arg(id);
    });
}

void PackagesView::exportZip()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Package"), QStringLiteral("package-%1.zip").arg(m_current), tr("Package zips (*.zip)"));
    if (path.isEmpty())
        return;
    const qint64 id = m_current;
    runAction(tr("Exporting package %1…").arg(id), [id, path](Database &db) -> Expected<QString> {
        const Status done = PackageZip::write(db, id, path, &StatementPdf::render);
        if (!done.ok())
            return Expected<QString>::failure(done.error());
        return tr("Package %1 exported to %2").arg(id).arg(path);
    });
}

void PackagesView::reverify()
{
    const qint64 id = m_current;
    runAction(tr("Reading back the copies of package %1…").arg(id), [id](Database &db) -> Expected<QString> {
        const Status done = PackageCopies(db, &StatementPdf::render).reverify(id);
        if (!done.ok())
            return Expected<QString>::failure(done.error());
        return tr("Every copy of package %1 matches its SHA-256").arg(id);
    });
}

void PackagesView::recopy()
{
    const qint64 id = m_current;
    runAction(tr("Copying package %1…").arg(id), [id](Database &db) -> Expected<QString> {
        const Status done = PackageCopies(db, &StatementPdf::render).copy(id);
        if (!done.ok())
            return Expected<QString>::failure(done.error());
        return tr("Every copy of package %1 is written and verified").arg(id);
    });
}

void PackagesView::sweep()
{
    // A dry run first: the user sees what would go before anything does.
    m_busy = true;
    updateActions();
    m_status->setText(tr("Working out what the retention sweep would do…"));
    runInBackground<SweepReport>(
        this, m_databasePath, [](Database &db) { return RetentionSweep::run(db, QDate::currentDate(), true); },
        [this](const Expected<SweepReport> &preview) {
            m_busy = false;
            updateActions();
            if (!preview) {
                m_status->setText(tr("Failed: %1").arg(preview.error()));
                return;
            }
            if (preview->purged.isEmpty() && preview->retained.isEmpty() && preview->stale.isEmpty()) {
                m_status->setText(tr("Retention sweep: nothing has passed the %n-day window", nullptr, preview->windowDays));
                return;
            }
            qint64 rows = 0;
            for (const SweepReport::Dsr &d : preview->purged)
                rows += d.rows;
            const auto answer = QMessageBox::question(
                this, tr("Retention Sweep"),
                tr("Purge the raw rows of %n DSR(s) (%1 rows) imported more than %2 days ago?", nullptr, int(preview->purged.size()))
                        .arg(rows)
                        .arg(preview->windowDays)
                    + QLatin1Char('\n')
                    + tr("%n DSR(s) behind published or retracted packages are retained for ever.", nullptr, int(preview->retained.size()))
                    + QLatin1Char('\n') + tr("%n draft or built package(s) will be stale.", nullptr, int(preview->stale.size())));
            if (answer != QMessageBox::Yes)
                return;
            runAction(tr("Sweeping…"), [](Database &db) -> Expected<QString> {
                const auto report = RetentionSweep::run(db, QDate::currentDate(), false);
                if (!report)
                    return Expected<QString>::failure(report.error());
                return tr("Retention sweep: %n DSR(s) purged, %1 retained, %2 package(s) stale", nullptr, int(report->purged.size()))
                    .arg(report->retained.size())
                    .arg(report->stale.size());
            });
        });
}

void PackagesView::editTargets()
{
    TargetsDialog dialog(m_databasePath, this);
    dialog.exec();
    showDetails();
}

void PackagesView::sweepIfDue()
{
    runAction(tr("Checking the retention window…"), [](Database &db) -> Expected<QString> {
        const auto due = RetentionPolicy(db).isDue(QDate::currentDate());
        if (!due)
            return Expected<QString>::failure(due.error());
        if (!due.value())
            return QString();
        const auto report = RetentionSweep::run(db, QDate::currentDate(), false);
        if (!report)
            return Expected<QString>::failure(report.error());
        return tr("Retention sweep at start-up: %n DSR(s) purged, %1 retained, %2 package(s) stale", nullptr, int(report->purged.size()))
            .arg(report->retained.size())
            .arg(report->stale.size());
    });
}

void PackagesView::setWindowDays(int days)
{
    runAction(tr("Saving the retention window…"), [days](Database &db) -> Expected<QString> {
        const Status set = RetentionPolicy(db).setWindowDays(days);
        if (!set.ok())
            return Expected<QString>::failure(set.error());
        return tr("Raw rows are now kept %n day(s) after import", nullptr, days);
    });
}

} // namespace rd::ui
