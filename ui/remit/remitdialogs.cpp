#include "remitdialogs.h"

#include "dialogbuttons.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rd::ui {
MarketplacesDialog::MarketplacesDialog(QString configPath, QWidget *parent)
    : QDialog(parent), m_marketplaces(std::move(configPath)), m_table(new QTableWidget), m_status(new QLabel)
{
    setWindowTitle(tr("Marketplaces"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("URL"), tr("Token"), tr("Window (h)"), tr("Max attempts"), tr("Backoff (ms)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("&Add…"));
    auto *change = new QPushButton(tr("&Change…"));
    auto *close = new QPushButton(tr("Close"));
    connect(add, &QPushButton::clicked, this, [this] { edit(Marketplace()); });
    connect(change, &QPushButton::clicked, this, [this] {
        const auto all = m_marketplaces.list();
        const int row = m_table->currentRow();
        if (all && row >= 0 && row < all->size())
            edit(all->at(row));
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(change);
    buttons->addStretch();
    buttons->addWidget(close);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(760, 300);
    reload();
}

void MarketplacesDialog::reload()
{
    const auto all = m_marketplaces.list();
    if (!all) {
        m_status->setText(all.error());
        return;
    }
    m_table->setRowCount(int(all->size()));
    for (int r = 0; r < all->size(); ++r) {
        const Marketplace &m = all->at(r);
        const QStringList cells{m.name, m.url, m.token.isEmpty() ? tr("none") : tr("set"), QString::number(m.windowHours),
                                QString::number(m.maxAttempts), QString::number(m.backoffMs)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

void MarketplacesDialog::edit(const Marketplace &current)
{
    QDialog dialog(this);
    dialog.setWindowTitle(current.name.isEmpty() ? tr("Add Marketplace") : tr("Change Marketplace"));
    auto *name = new QLineEdit(current.name), *url = new QLineEdit(current.url), *token = new QLineEdit;
    token->setEchoMode(QLineEdit::Password);
    token->setPlaceholderText(current.token.isEmpty() ? tr("none") : tr("unchanged"));
    name->setReadOnly(!current.name.isEmpty());
    auto *window = new QSpinBox, *attempts = new QSpinBox, *backoff = new QSpinBox;
    window->setRange(1, 24 * 365);
    window->setValue(current.windowHours);
    attempts->setRange(1, 1000);
    attempts->setValue(current.maxAttempts);
    backoff->setRange(1, 3600000);
    backoff->setValue(current.backoffMs);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&URL:"), url);
    form->addRow(tr("&Token:"), token);
    form->addRow(tr("Usage &window (hours):"), window);
    form->addRow(tr("Maximum &attempts:"), attempts);
    form->addRow(tr("First &backoff (ms):"), backoff);
    form->addRow(okCancelButtons(&dialog));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Marketplace m{name->text().trimmed(), url->text().trimmed(), token->text().isEmpty() ? current.token : token->text(), window->value(),
                  attempts->value(), backoff->value()};
    const Status saved = m_marketplaces.put(m);
    m_status->setText(saved.ok() ? tr("%1 saved").arg(m.name) : saved.error());
    reload();
}

RangeDialog::RangeDialog(const QString &title, bool withProduct, QWidget *parent)
    : QDialog(parent), m_start(new QDateTimeEdit), m_end(new QDateTimeEdit)
{
    setWindowTitle(title);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime hour(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
    for (QDateTimeEdit *e : {m_start, m_end}) {
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:00 'UTC'"));
        e->setCalendarPopup(true);
    }
    m_start->setDateTime(hour.addSecs(-24 * 3600));
    m_end->setDateTime(hour.addSecs(3600));
    auto *form = new QFormLayout(this);
    if (withProduct) {
        m_product = new QLineEdit;
        m_accounts = new QLineEdit;
        m_accounts->setPlaceholderText(tr("all, or a comma-separated list"));
        form->addRow(tr("&Product:"), m_product);
        form->addRow(tr("&Accounts:"), m_accounts);
    }
    form->addRow(tr("&From:"), m_start);
    form->addRow(tr("&To (not included):"), m_end);
    form->addRow(okCancelButtons(this));
}

QString RangeDialog::product() const { return m_product ? m_product->text().trimmed() : QString(); }

QStringList RangeDialog::accounts() const
{
    return m_accounts ? m_accounts->text().split(QRegularExpression(QStringLiteral("\\s*,\\s*")), Qt::SkipEmptyParts) : QStringList();
}

QDateTime RangeDialog::start() const { return m_start->dateTime(); }
QDateTime RangeDialog::end() const { return m_end->dateTime(); }

} // namespace rd::ui
