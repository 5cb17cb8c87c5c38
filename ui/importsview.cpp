#include "importsview.h"
#include "columnchooser.h"
#include "tablecolumns.h"

#include "backgroundtask.h"
#include "dsrfilterproxymodel.h"
#include "dsrtablemodel.h"
#include "storage/dsrrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace rd::ui {

ImportsView::ImportsView(QString databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_model(new DsrTableModel(this))
    , m_proxy(new DsrFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    keepNumbersWhole(m_table);
    m_table->setTextElideMode(Qt::ElideMiddle); // file names and offers keep their start and end
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DsrTableModel::Id, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Every column fits the default window; the import time and the file name are a right-click
    // on the header away (the file name is also the Offer's tooltip), and the choice is remembered.
    addColumnChooser(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSectionHidden(DsrTableModel::ImportedAt, true);
    m_table->horizontalHeader()->setSectionHidden(DsrTableModel::FileName, true);
    m_table->setObjectName(QStringLiteral("dsrTable"));

    m_filter->setPlaceholderText(tr("Filter by service, territory, period, file…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("dsrFilter"));
    m_status->addItem(tr("All statuses"), QVariant::fromValue(static_cast<int>(DsrFilterProxyModel::StatusFilter::All)));
    m_status->addItem(tr("Ingested"), QVariant::fromValue(static_cast<int>(DsrFilterProxyModel::StatusFilter::Ingested)));
    m_status->addItem(tr("Failed"), QVariant::fromValue(static_cast<int>(DsrFilterProxyModel::StatusFilter::Failed)));
    m_status->addItem(tr("Importing"), QVariant::fromValue(static_cast<int>(DsrFilterProxyModel::StatusFilter::Importing)));

    auto *title = new QLabel(tr("<b>Imports</b>"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &DsrFilterProxyModel::setText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(static_cast<DsrFilterProxyModel::StatusFilter>(m_status->currentData().toInt()));
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ImportsView::showSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ImportsView::showSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ImportsView::showSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ImportsView::showSummary);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        // Only a drag is the user's sizing; the views size numeric columns themselves as rows arrive.
        if (!m_sizingColumns && QGuiApplication::mouseButtons() != Qt::NoButton)
            m_userSizedColumns = true;
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImportsView::selectionChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit reportRequested(index.data(DsrTableModel::IdRole).toLongLong());
    });
}

void ImportsView::reload()
{
    runInBackground<QList<DsrRecord>>(
        this, m_databasePath, [](Database &db) { return DsrRepository(db).list(); },
        [this](const Expected<QList<DsrRecord>> &records) {
            if (!records) {
                m_summary->setText(tr("Cannot read the DSR list: %1").arg(records.error()));
                return;
            }
            const QList<qint64> selected = selectedIds();
            const qint64 current = currentId();
            m_model->setRecords(records.value());
            if (!m_userSizedColumns && !records->isEmpty()) {
                // Fit the columns to the data until the user sizes one (or has a saved layout).
                m_sizingColumns = true;
                fitTextColumns();
                m_sizingColumns = false;
            }
            // Keep the user's selection across the reload.
            const std::set<qint64> wanted(selected.begin(), selected.end());
            for (int row = 0; row < m_proxy->rowCount(); ++row) {
                const QModelIndex index = m_proxy->index(row, 0);
                const qint64 id = index.data(DsrTableModel::IdRole).toLongLong();
                if (wanted.count(id))
                    m_table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
                if (id == current)
                    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            }
            emit loaded(static_cast<int>(records->size()));
            emit selectionChanged();
        });
}

QList<qint64> ImportsView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(DsrTableModel::IdRole).toLongLong();
    return ids;
}

qint64 ImportsView::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(DsrTableModel::IdRole).toLongLong() : 0;
}

void ImportsView::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void ImportsView::showSummary()
{
    const QLocale locale;
    m_summary->setText(tr("%1 of %2 DSRs shown").arg(locale.toString(m_proxy->rowCount())).arg(locale.toString(m_model->rowCount())));
}

// Text columns as wide as their cells or their header's words, whichever is wider (not the
// header's padding for a sort arrow), the offer capped, so that every column fits the default
// window; the numbers size themselves (keepNumbersWhole).
void ImportsView::fitTextColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    for (int column = 0; column < DsrTableModel::ColumnCount; ++column) {
        if (header->sectionResizeMode(column) != QHeaderView::Interactive || header->isSectionHidden(column))
            continue;
        const int words = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 14;
        const int cap = column == DsrTableModel::Offer || column == DsrTableModel::FileName ? 170 : 400;
        header->resizeSection(column, std::min(std::max(static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(column), words), cap));
    }
}

QByteArray ImportsView::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ImportsView::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_userSizedColumns = m_table->horizontalHeader()->restoreState(state);
}

} // namespace rd::ui
