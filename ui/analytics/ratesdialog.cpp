#include "ratesdialog.h"
#include "tablecolumns.h"

#include "backgroundtask.h"
#include "formats/isocodestable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rd::ui {

struct RatesState
{
    QString base;
    QList<StoredRate> rates;
};

RatesDialog::RatesDialog(QString databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_base(new QComboBox(this))
    , m_model(new QStandardItemModel(0, 4, this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Exchange rates"));
    setObjectName(QStringLiteral("ratesDialog"));
    resize(680, 480);
    for (int i = 0; i < isotables::kCurrencyCount; ++i)
        m_base->addItem(QStringLiteral("%1  %2").arg(QLatin1String(isotables::kCurrencies[i].code),
                                                     QLatin1String(isotables::kCurrencies[i].name)),
                        QLatin1String(isotables::kCurrencies[i].code));
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Currency"), tr("Rate (per 1 base)"), tr("Source")});
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_view->setModel(proxy);
    keepNumbersWhole(m_view);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();

    auto *buttons = new QHBoxLayout;
    auto *importButton = new QPushButton(tr("Import CSV…"), this);
    auto *addButton = new QPushButton(tr("Add"), this);
    auto *removeButton = new QPushButton(tr("Remove"), this);
    connect(importButton, &QPushButton::clicked, this, &RatesDialog::importCsv);
    connect(addButton, &QPushButton::clicked, this, &RatesDialog::addRow);
    connect(removeButton, &QPushButton::clicked, this, &RatesDialog::removeRows);
    buttons->addWidget(importButton);
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &RatesDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *baseRow = new QHBoxLayout;
    auto *baseLabel = new QLabel(tr("&Base currency:"), this);
    baseLabel->setBuddy(m_base);
    baseRow->addWidget(baseLabel);
    baseRow->addWidget(m_base, 1);
    layout->addLayout(baseRow);
    layout->addWidget(new QLabel(tr("A rate is the number of units of the currency per one unit of the base "
                                     "(for example 10.0 NOK per EUR). A DSR converts at the latest rate on or before "
                                     "its period end, if it is at most 31 days old."), this));
    layout->itemAt(layout->count() - 1)->widget()->setProperty("wordWrap", true);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(box);
    load();
}

void RatesDialog::load()
{
    runInBackground<RatesState>(
        this, m_databasePath,
        [](Database &db) -> Expected<RatesState> {
            ExchangeRates rates(db);
            const auto base = rates.baseCurrency();
            const auto list = rates.list();
            if (!base || !list)
                return Expected<RatesState>::failure(!base ? base.error() : list.error());
            return RatesState{*base, *list};
        },
        [this](const Expected<RatesState> &state) {
            if (!state) {
                m_status->setText(state.error());
                return;
            }
            m_base->setCurrentIndex(std::max(0, m_base->findData(state->base)));
            m_model->removeRows(0, m_model->rowCount());
            m_model->setHorizontalHeaderItem(2, new QStandardItem(tr("Rate (per 1 %1)").arg(state->base)));
            for (const StoredRate &r : state->rates) {
                auto *rate = new QStandardItem(r.rate); // exact, as quoted: a rate is never rounded for display
                rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_model->appendRow({new QStandardItem(r.date.toString(Qt::ISODate)), new QStandardItem(r.currency), rate,
                                    new QStandardItem(r.source)});
            }
            // Every header whole, the rate's included.
            m_view->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
            m_status->setText(tr("%n rate(s) against %1", nullptr, int(state->rates.size())).arg(state->base));
        });
}

void RatesDialog::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import exchange rates"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    runInBackground<RatesFile>(
        this, m_databasePath, [path](Database &db) { return ExchangeRates(db).importCsv(path); },
        [this](const Expected<RatesFile> &imported) {
            if (!imported) {
                m_status->setText(imported.error());
                return;
            }
            load();
            QString summary = tr("%n rate(s) imported.", nullptr, int(imported->rates.size()));
            if (imported->baseCurrencyLines > 0)
                summary += QLatin1Char(' ')
                           + tr("%n line(s) quoting the base currency at 1 passed over.", nullptr, imported->baseCurrencyLines);
            m_status->setText(summary);
        });
}

void RatesDialog::addRow()
{
    m_model->appendRow({new QStandardItem(QDate::currentDate().toString(Qt::ISODate)), new QStandardItem(),
                        new QStandardItem(), new QStandardItem(tr("entered by hand"))});
    m_view->edit(m_view->model()->index(m_model->rowCount() - 1, 1));
}

void RatesDialog::removeRows()
{
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_view->model());
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_model->removeRow(row);
}

QList<StoredRate> RatesDialog::editedRates(QString &error) const
{
    QList<StoredRate> rates;
    const QString base = m_base->currentData().toString();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        StoredRate r;
        r.date = QDate::fromString(m_model->item(row, 0)->text().trimmed(), Qt::ISODate);
        r.currency = m_model->item(row, 1)->text().trimmed().toUpper();
        r.rate = m_model->item(row, 2)->text().trimmed();
        r.source = m_model->item(row, 3)->text();
        if (!r.date.isValid()) {
            error = tr("Row %1: \"%2\" is not a date (YYYY-MM-DD)").arg(row + 1).arg(m_model->item(row, 0)->text());
            return {};
        }
        if (const auto problem = ExchangeRates::validate(base, r)) {
            error = tr("Row %1: %2").arg(row + 1).arg(problem->message);
            return {};
        }
        rates << r;
    }
    return rates;
}

void RatesDialog::save()
{
    QString error;
    const QList<StoredRate> rates = editedRates(error);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    const QString base = m_base->currentData().toString();
    runInBackground<bool>(
        this, m_databasePath,
        [base, rates](Database &db) -> Expected<bool> {
            ExchangeRates store(db);
            const auto current = store.baseCurrency();
            if (!current)
                return Expected<bool>::failure(current.error());
            // A new base has its own table: the rows shown belong to the old one.
            if (*current != base) {
                const Status s = store.setBaseCurrency(base);
                return s ? Expected<bool>(true) : Expected<bool>::failure(s.error());
            }
            const Status s = store.replaceAll(rates);
            return s ? Expected<bool>(true) : Expected<bool>::failure(s.error());
        },
        [this](const Expected<bool> &saved) {
            if (!saved) {
                m_status->setText(saved.error());
                return;
            }
            accept();
        });
}

} // namespace rd::ui
