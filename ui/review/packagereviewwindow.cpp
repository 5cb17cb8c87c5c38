#include "packagereviewwindow.h"

#include "csvtablemodel.h"
#include "inputlimitsdialog.h"
#include "amountformat.h"
#include "horizontalbars.h"
#include "sortedtable.h"
#include "money/decimalsum.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolTip>
#include <QSet>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <map>

namespace rd::ui {
namespace {

const QSet<QString> kNumericColumns{QStringLiteral("line"), QStringLiteral("resource_id"), QStringLiteral("share"), QStringLiteral("revenue"),
                                    QStringLiteral("adjustment"), QStringLiteral("recouped"), QStringLiteral("net"), QStringLiteral("base_net"),
                                    QStringLiteral("base_revenue"), QStringLiteral("base_adjustment"), QStringLiteral("base_recouped"),
                                    QStringLiteral("dsr_id"), QStringLiteral("dsr_version"), QStringLiteral("row_id"), QStringLiteral("usages")};
// Amounts with a fixed number of decimals per column (0: a count); the exact value is in the tooltip.
const QHash<QString, int> kAmountDecimals{{QStringLiteral("share"), 4},         {QStringLiteral("revenue"), 2},
                                          {QStringLiteral("adjustment"), 2},    {QStringLiteral("recouped"), 2},
                                          {QStringLiteral("net"), 2},           {QStringLiteral("base_net"), 2},
                                          {QStringLiteral("base_revenue"), 2},  {QStringLiteral("base_adjustment"), 2},
                                          {QStringLiteral("base_recouped"), 2}, {QStringLiteral("usages"), 0}};

QString escaped(const QJsonValue &v) { return v.toVariant().toString().toHtmlEscaped(); }

QString listOrAll(const QJsonValue &list)
{
    const QStringList values = list.toVariant().toStringList();
    return values.isEmpty() ? PackageReviewWindow::tr("all") : values.join(QLatin1String(", ")).toHtmlEscaped();
}

// An HTML table of the objects' fields, in the given order.
QString htmlTable(const QJsonArray &rows, const QStringList &fields, const QStringList &headings)
{
    if (rows.isEmpty())
        return QStringLiteral("<p>—</p>");
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=3 border=1><tr>");
    for (const QString &h : headings)
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    // Amounts in the one number format, right-aligned; manifest.json and the Lines tab keep them exact.
    static const QSet<QString> amounts{QStringLiteral("revenue"),  QStringLiteral("adjustment"), QStringLiteral("recouped"),
                                       QStringLiteral("net"),      QStringLiteral("opening"),    QStringLiteral("advanced"),
                                       QStringLiteral("closing"),  QStringLiteral("amount")};
    for (const QJsonValue &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &f : fields) {
            const QJsonValue value = row.toObject().value(f);
            if (amounts.contains(f) && value.isString())
                html += QStringLiteral("<td align=right>%1</td>").arg(formatAmount(value.toString(), 2).toHtmlEscaped());
            else if (f == QLatin1String("rows") && value.isDouble())
                html += QStringLiteral("<td align=right>%1</td>").arg(formatCount(value.toInteger()));
            else
                html += QStringLiteral("<td>%1</td>").arg(escaped(value));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QChartView *chartView(const QString &objectName)
{
    auto *view = new QChartView(new QChart);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->chart()->legend()->hide();
    view->chart()->setMargins(QMargins(4, 4, 28, 4)); // room for the last axis label, never cut
    return view;
}

// Net payable per key (territory or holder) in one currency, summed exactly; the bars are drawn from the sums.
void drawNet(QChartView *view, const QString &title, const QString &valueTitle, const std::map<QString, DecimalSum> &sums)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    auto *set = new QBarSet(title);
    QStringList categories, exact;
    for (const auto &[key, sum] : sums) {
        categories << key;
        exact << QString::fromStdString(sum.toString());
        *set << QString::fromStdString(sum.toString(2)).toDouble(); // drawing only
    }
    addHorizontalBars(chart, set, categories, valueTitle);
    QObject::connect(set, &QBarSet::hovered, view, [categories, exact](bool on, int i) {
        if (on && i >= 0 && i < categories.size())
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2").arg(categories[i], formatAmount(exact[i], 2)));
        else
            QToolTip::hideText();
    });
}

} // namespace

PackageReviewWindow::PackageReviewWindow(const QString &zipPath, QWidget *parent)
    : QMainWindow(parent)
    , m_title(new QLabel(tr("Opening %1…").arg(QFileInfo(zipPath).fileName())))
    , m_status(new QLabel)
    , m_tabs(new QTabWidget)
    , m_summary(new QTextBrowser)
    , m_entries(new QListWidget)
    , m_lines(new CsvTableModel(this))
    , m_source(new CsvTableModel(this))
    , m_linesNote(new QLabel)
    , m_sourceNote(new QLabel)
    , m_currency(new QComboBox)
    , m_byTerritory(chartView(QStringLiteral("netByTerritory")))
    , m_byHolder(chartView(QStringLiteral("netByHolder")))
{
    setObjectName(QStringLiteral("packageReview"));
    setWindowTitle(tr("Package review — %1 (read-only)").arg(QFileInfo(zipPath).fileName()));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("verificationStatus"));
    m_status->setWordWrap(true);
    m_status->setMargin(6);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Verifying every entry against checksums.sha256…"));
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    m_summary->setObjectName(QStringLiteral("manifestSummary"));
    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(tablePage(m_lines, QStringLiteral("linesTable"), m_linesNote), tr("Lines"));
    m_tabs->addTab(tablePage(m_source, QStringLiteral("sourceTable"), m_sourceNote), tr("Source rows"));
    auto *charts = new QWidget;
    auto *chartsLayout = new QVBoxLayout(charts);
    auto *currencyRow = new QHBoxLayout;
    currencyRow->addWidget(new QLabel(tr("Net payable in")));
    m_currency->setObjectName(QStringLiteral("chartCurrency"));
    currencyRow->addWidget(m_currency);
    currencyRow->addStretch();
    chartsLayout->addLayout(currencyRow);
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(m_byTerritory);
    chartRow->addWidget(m_byHolder);
    chartsLayout->addLayout(chartRow, 1);
    m_tabs->addTab(charts, tr("Charts"));
    m_entries->setObjectName(QStringLiteral("verificationEntries"));
    m_tabs->addTab(m_entries, tr("Verification"));
    m_tabs->setEnabled(false);
    setCentralWidget(central);
    connect(m_currency, &QComboBox::currentTextChanged, this, &PackageReviewWindow::updateCharts);
    resize(1100, 720);

    // Verification reads every byte: off the GUI thread.
    // lines.csv is streamed: the table keeps up to the workstation's review_max_lines, the sums cover all.
    const qint64 maxLines = InputLimitsDialog::reviewMaxLines();
    auto *watcher = new QFutureWatcher<PackageArchive>(this);
    connect(watcher, &QFutureWatcher<PackageArchive>::finished, this, [this, watcher] {
        present(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([zipPath, maxLines] { return PackageArchive::open(zipPath, maxLines); }));
}

QWidget *PackageReviewWindow::tablePage(CsvTableModel *model, const QString &objectName, QLabel *note)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *filter = new QLineEdit;
    filter->setPlaceholderText(tr("Filter rows…"));
    filter->setClearButtonEnabled(true);
    QTableView *view = sortedReadOnlyTable(model, objectName);
    auto *proxy = static_cast<QSortFilterProxyModel *>(view->model());
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(filter);
    if (note) {
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(view, 1);
    return page;
}

QString PackageReviewWindow::verificationText() const { return m_status->text(); }

void PackageReviewWindow::present(const PackageArchive &archive)
{
    m_archive = archive;
    showVerification();
    if (archive.refused) {
        m_title->setText(tr("This file was refused"));
        m_loaded = true;
        emit loaded();
        return;
    }
    const QJsonObject package = archive.manifest.value(QStringLiteral("package")).toObject();
    m_title->setText(tr("Package %1 “%2”, version %3 — %4")
                         .arg(package.value(QStringLiteral("id")).toInteger())
                         .arg(package.value(QStringLiteral("name")).toString())
                         .arg(package.value(QStringLiteral("version")).toInt())
                         .arg(package.value(QStringLiteral("state")).toString()));
    showSummary();
    m_lines->setTable(archive.lines, kNumericColumns, kAmountDecimals);
    m_linesNote->setVisible(archive.linesTotal > archive.lines.rowCount());
    m_linesNote->setText(tr("Showing the first %1 of %2 lines (the limit review_max_lines); the totals and charts cover all of them.")
                             .arg(archive.lines.rowCount())
                             .arg(archive.linesTotal));
    m_source->setTable(archive.sourceRows, kNumericColumns, kAmountDecimals);
    m_sourceNote->setVisible(archive.sourceRowsTotal > archive.sourceRows.rowCount());
    m_sourceNote->setText(tr("Showing the first %1 of %2 source rows; the verification covered all of them.")
                              .arg(archive.sourceRows.rowCount())
                              .arg(archive.sourceRowsTotal));
    QStringList currencies;
    for (const auto &[currency, sums] : archive.nets)
        currencies << currency;
    currencies.sort();
    m_currency->addItems(currencies);
    m_tabs->setEnabled(true);
    updateCharts();
    m_loaded = true;
    emit loaded();
}

void PackageReviewWindow::showVerification()
{
    const PackageZip::Verification &v = m_archive.verification;
    QString text;
    if (v.ok)
        text = tr("Verified: all %n entries match checksums.sha256.", nullptr, int(v.entries.size()));
    else if (m_archive.refused)
        text = tr("REFUSED: %1").arg(v.errors.join(QLatin1String("; ")));
    else
        text = tr("VERIFICATION FAILED: %1").arg(v.errors.join(QLatin1String("; ")));
    if (!m_archive.problems.isEmpty())
        text += QLatin1Char(' ') + tr("Not readable: %1").arg(m_archive.problems.join(QLatin1String("; ")));
    m_status->setText(text);
    const bool good = v.ok && m_archive.problems.isEmpty();
    m_status->setStyleSheet(good ? QStringLiteral("background:#e3f4e1;color:#1b5e20;border:1px solid #7cb97a;")
                                 : QStringLiteral("background:#fde7e7;color:#8b1010;border:1px solid #d77;"));
    m_entries->clear();
    for (const auto &[name, ok] : v.entries)
        m_entries->addItem((ok ? tr("OK      %1") : tr("FAILED  %1")).arg(name));
    for (const QString &e : v.errors)
        m_entries->addItem(e);
}

void PackageReviewWindow::showSummary()
{
    const QJsonObject &m = m_archive.manifest;
    const QJsonObject partition = m.value(QStringLiteral("partition")).toObject();
    const QJsonObject times = m.value(QStringLiteral("timestamps")).toObject();
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Partition"));
    html += tr("<p>Territories %1; periods %2 to %3; DSPs %4; offers %5</p>")
                .arg(m.value(QStringLiteral("partition")).toObject().value(QStringLiteral("territories")).toVariant().toStringList().join(QLatin1String(", ")),
                     escaped(partition.value(QStringLiteral("period_start"))), escaped(partition.value(QStringLiteral("period_end"))),
                     listOrAll(partition.value(QStringLiteral("dsps"))), listOrAll(partition.value(QStringLiteral("offers"))));
    html += tr("<p>Built %1 by %2 with the claims known on %3; base currency %4; published %5; format %6, Royalty Desk %7</p>")
                .arg(escaped(times.value(QStringLiteral("built_at"))), escaped(m.value(QStringLiteral("built_by"))),
                     escaped(m.value(QStringLiteral("claims_known_on"))), escaped(m.value(QStringLiteral("base_currency"))),
                     times.contains(QStringLiteral("published_at")) ? escaped(times.value(QStringLiteral("published_at"))) : tr("not yet"),
                     escaped(m.value(QStringLiteral("format_version"))), escaped(m.value(QStringLiteral("app_version"))));
    if (m.contains(QStringLiteral("retraction_reason")))
        html += tr("<p><b>Retracted</b> %1: %2</p>").arg(escaped(times.value(QStringLiteral("retracted_at"))), escaped(m.value(QStringLiteral("retraction_reason"))));
    QJsonArray totals;
    const QJsonObject totalsObject = m.value(QStringLiteral("totals")).toObject();
    for (auto it = totalsObject.begin(); it != totalsObject.end(); ++it) {
        QJsonObject row = it.value().toObject();
        row.insert(QStringLiteral("currency"), it.key());
        totals.append(row);
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Totals"));
    html += htmlTable(totals, {QStringLiteral("currency"), QStringLiteral("revenue"), QStringLiteral("adjustment"), QStringLiteral("recouped"), QStringLiteral("net")},
                      {tr("Currency"), tr("Revenue"), tr("Adjustments"), tr("Advance recouped"), tr("Net payable")});
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Source DSRs"));
    html += htmlTable(m.value(QStringLiteral("sources")).toArray(),
                      {QStringLiteral("dsr_id"), QStringLiteral("dsr_version"), QStringLiteral("file_name"), QStringLiteral("territory"),
                       QStringLiteral("currency"), QStringLiteral("period_start"), QStringLiteral("period_end"), QStringLiteral("rows"),
                       QStringLiteral("revenue"), QStringLiteral("sha256")},
                      {tr("DSR"), tr("Version"), tr("File"), tr("Territory"), tr("Currency"), tr("From"), tr("To"), tr("Rows"), tr("Revenue"), tr("SHA-256")});
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Adjustments"));
    html += htmlTable(m.value(QStringLiteral("adjustments")).toArray(),
                      {QStringLiteral("kind"), QStringLiteral("value"), QStringLiteral("currency"), QStringLiteral("scope"), QStringLiteral("scope_value"),
                       QStringLiteral("reason")},
                      {tr("Kind"), tr("Value"), tr("Currency"), tr("Scope"), tr("On"), tr("Reason")});
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Advances"));
    html += htmlTable(m.value(QStringLiteral("advance_ledger")).toArray(),
                      {QStringLiteral("holder"), QStringLiteral("currency"), QStringLiteral("opening"), QStringLiteral("advanced"), QStringLiteral("recouped"),
                       QStringLiteral("closing")},
                      {tr("Rights holder"), tr("Currency"), tr("Carried in"), tr("Advanced"), tr("Recouped"), tr("Carried forward")});
    m_summary->setHtml(html);
}

void PackageReviewWindow::updateCharts()
{
    const QString currency = m_currency->currentText();
    const auto found = m_archive.nets.find(currency);
    const PackageArchive::NetSums sums = found == m_archive.nets.end() ? PackageArchive::NetSums() : found->second;
    drawNet(m_byTerritory, tr("Net payable by territory (%1)").arg(currency), tr("Net payable (%1)").arg(currency), sums.byTerritory);
    drawNet(m_byHolder, tr("Net payable by rights holder (%1)").arg(currency), tr("Net payable (%1)").arg(currency), sums.byHolder);
}

} // namespace rd::ui
