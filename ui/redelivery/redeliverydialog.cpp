#include "redeliverydialog.h"
#include "tablecolumns.h"

#include "amountformat.h"
#include "backgroundtask.h"
#include "storage/dsrrepository.h"
#include "redelivery/diffchangesmodel.h"
#include "rows/storedrows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rd::ui {
namespace {
// "Before" values are read for this many changes; more would not be reviewed row by row anyway.
constexpr std::size_t kStoredRowsShown = 20000;
} // namespace

RedeliveryDialog::RedeliveryDialog(const ImportResult &reviewed, QString databasePath, QWidget *parent)
    : QDialog(parent)
    , m_reviewed(reviewed)
    , m_model(new DiffChangesModel(reviewed.changes, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_kind(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Review re-delivery"));
    resize(1180, 600); // the titles need room beside four whole amounts
    m_summary->setText(summaryText());
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_kind->addItem(tr("All changes"), -1);
    m_kind->addItem(tr("Created"), int(RowChange::Kind::Created));
    m_kind->addItem(tr("Updated"), int(RowChange::Kind::Updated));
    m_kind->addItem(tr("Deleted"), int(RowChange::Kind::Deleted));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(DiffChangesModel::KindRole);
    m_proxy->setFilterKeyColumn(DiffChangesModel::Change);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_proxy->setFilterRegularExpression(kind < 0 ? QString() : QStringLiteral("^%1$").arg(kind));
    });
    m_table->setModel(m_proxy);
    keepNumbersWhole(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // file order until the user sorts
    m_table->horizontalHeader()->setSectionResizeMode(DiffChangesModel::Title, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *apply = buttons->addButton(tr("Apply re-delivery"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    apply->setEnabled(m_reviewed.diff.has_value());
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit applyRequested(m_reviewed.path);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    filterRow->addWidget(m_kind);
    filterRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    // The DSR's currency for the headers, and the values the updated and deleted rows have now, read off the GUI thread.
    runInBackground<QString>(
        this, databasePath,
        [id = m_reviewed.redeliveryOf](Database &db) {
            const auto found = DsrRepository(db).find(id);
            return found && found.value() ? Expected<QString>(found.value()->currency) : Expected<QString>(QString());
        },
        [this](const Expected<QString> &currency) {
            if (currency && !currency->isEmpty())
                m_model->setCurrency(*currency);
        });
    const std::vector<qint64> ids = m_model->storedRowIds(kStoredRowsShown);
    runInBackground<std::map<qint64, StoredRow>>(
        this, databasePath, [ids](Database &db) { return Expected<std::map<qint64, StoredRow>>(readStoredRows(db, ids)); },
        [this](const Expected<std::map<qint64, StoredRow>> &rows) {
            if (rows)
                m_model->setStoredRows(rows.value());
            emit storedRowsLoaded();
        });
}

QString RedeliveryDialog::summaryText() const
{
    const QLocale locale;
    const QString file = QFileInfo(m_reviewed.path).fileName();
    if (!m_reviewed.diff)
        return tr("%1 re-delivers DSR %2.").arg(file).arg(m_reviewed.redeliveryOf);
    const DiffSummary &d = *m_reviewed.diff;
    return tr("<b>%1</b> re-delivers DSR %2. Applied, it becomes the DSR's next version; the current one stays in the "
              "history.<br>%3 created, %4 updated, %5 deleted, %6 unchanged. Revenue %7, usages %8.")
        .arg(file.toHtmlEscaped())
        .arg(m_reviewed.redeliveryOf)
        .arg(locale.toString(d.created), locale.toString(d.updated), locale.toString(d.deleted), locale.toString(d.unchanged))
        .arg((d.revenueDelta.raw() > 0 ? QStringLiteral("+") : QString())
             + formatAmount(QString::fromStdString(d.revenueDelta.toString()), m_model->revenueDecimals()))
        .arg((d.usagesDelta > 0 ? QStringLiteral("+") : QString()) + locale.toString(d.usagesDelta));
}

} // namespace rd::ui
