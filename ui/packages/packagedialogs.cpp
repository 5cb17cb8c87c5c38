#include "packagedialogs.h"

#include "datefield.h"
#include "dialogbuttons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace rd::ui {
namespace {

QStringList listOf(const QLineEdit *field)
{
    QStringList out;
    for (const QString &part : field->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

std::optional<Decimal> exact(const QString &text)
{
    Decimal d;
    if (Decimal::parse(text.trimmed().toStdString(), d) == Decimal::ParseResult::Exact)
        return d;
    return std::nullopt;
}

QLabel *problemLabel()
{
    auto *label = new QLabel;
    label->setStyleSheet(QStringLiteral("color:#a01010"));
    label->setWordWrap(true);
    return label;
}

} // namespace

NewPackageDialog::NewPackageDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit), m_territories(new QLineEdit), m_dsps(new QLineEdit), m_offers(new QLineEdit),
      m_start(new DateField), m_end(new DateField), m_problem(problemLabel()), m_buttons(okCancelButtons(this))
{
    setWindowTitle(tr("New Package"));
    setMinimumWidth(480); // wide enough for every placeholder and a typed list of territories
    m_name->setObjectName(QStringLiteral("packageName"));
    m_start->setObjectName(QStringLiteral("periodStart"));
    m_end->setObjectName(QStringLiteral("periodEnd"));
    m_territories->setPlaceholderText(tr("GB, DE, … (empty: all)"));
    m_dsps->setPlaceholderText(tr("optional"));
    m_offers->setPlaceholderText(tr("optional"));
    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    m_start->setDate(QDate(lastMonth.year(), lastMonth.month(), 1));
    m_end->setDate(QDate(lastMonth.year(), lastMonth.month(), lastMonth.daysInMonth()));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Territories:"), m_territories);
    form->addRow(tr("Periods &from:"), m_start);
    form->addRow(tr("Periods &to:"), m_end);
    form->addRow(tr("&DSPs:"), m_dsps);
    form->addRow(tr("&Offers:"), m_offers);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    for (QLineEdit *e : {m_name, m_territories})
        connect(e, &QLineEdit::textChanged, this, &NewPackageDialog::validate);
    connect(m_start, &DateField::dateChanged, this, &NewPackageDialog::validate);
    connect(m_end, &DateField::dateChanged, this, &NewPackageDialog::validate);
    validate();
}

QString NewPackageDialog::name() const { return m_name->text().trimmed(); }

Partition NewPackageDialog::partition() const
{
    QStringList territories;
    for (const QString &t : listOf(m_territories))
        territories << t.toUpper();
    return Partition{territories, m_start->date(), m_end->date(), listOf(m_dsps), listOf(m_offers)};
}

void NewPackageDialog::validate()
{
    QString problem;
    if (name().isEmpty())
        problem = tr("A package needs a name.");
    else if (!m_start->date().isValid() || !m_end->date().isValid())
        problem = tr("Give both period dates as YYYY-MM-DD.");
    else if (m_end->date() < m_start->date())
        problem = tr("The period range ends before it starts.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

AdjustmentDialog::AdjustmentDialog(QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox), m_scope(new QComboBox), m_value(new QLineEdit), m_currency(new QLineEdit),
      m_scopeValue(new QLineEdit), m_reason(new QLineEdit), m_problem(problemLabel()), m_buttons(okCancelButtons(this))
{
    setWindowTitle(tr("Add Adjustment"));
    m_kind->addItems({tr("Percentage of the revenue"), tr("Exact amount")});
    m_scope->addItems({tr("The whole package"), tr("One territory"), tr("One resource (ISRC or DSP id)")});
    m_value->setPlaceholderText(tr("e.g. -2.5 or 120.00"));
    m_currency->setPlaceholderText(tr("for an amount, e.g. EUR"));
    m_reason->setPlaceholderText(tr("required: why the residuals change"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Applies to:"), m_scope);
    form->addRow(tr("&Which:"), m_scopeValue);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    for (QLineEdit *e : {m_value, m_currency, m_scopeValue, m_reason})
        connect(e, &QLineEdit::textChanged, this, &AdjustmentDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AdjustmentDialog::validate);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &AdjustmentDialog::validate);
    validate();
}

std::optional<Adjustment> AdjustmentDialog::adjustment() const
{
    const auto value = exact(m_value->text());
    if (!value)
        return std::nullopt;
    Adjustment a;
    a.kind = m_kind->currentIndex() == 0 ? Adjustment::Kind::Percent : Adjustment::Kind::Amount;
    a.value = *value;
    a.currency = a.kind == Adjustment::Kind::Amount ? m_currency->text().trimmed().toUpper() : QString();
    a.scope = m_scope->currentIndex() == 0 ? Adjustment::Scope::Package : m_scope->currentIndex() == 1 ? Adjustment::Scope::Territory : Adjustment::Scope::Resource;
    a.scopeValue = a.scope == Adjustment::Scope::Package ? QString() : m_scopeValue->text().trimmed();
    if (a.scope == Adjustment::Scope::Territory)
        a.scopeValue = a.scopeValue.toUpper();
    a.reason = m_reason->text().trimmed();
    return a;
}

void AdjustmentDialog::validate()
{
    const bool amount = m_kind->currentIndex() == 1;
    m_currency->setEnabled(amount);
    m_scopeValue->setEnabled(m_scope->currentIndex() != 0);
    QString problem;
    if (!exact(m_value->text()))
        problem = tr("The value must be an exact decimal number.");
    else if (amount && m_currency->text().trimmed().size() != 3)
        problem = tr("An amount needs its currency (three letters).");
    else if (m_scope->currentIndex() != 0 && m_scopeValue->text().trimmed().isEmpty())
        problem = tr("Say which territory or resource.");
    else if (m_reason->text().trimmed().isEmpty())
        problem = tr("Every adjustment needs a reason.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

AdvanceDialog::AdvanceDialog(QWidget *parent)
    : QDialog(parent), m_holder(new QLineEdit), m_amount(new QLineEdit), m_currency(new QLineEdit), m_problem(problemLabel()), m_buttons(okCancelButtons(this))
{
    setWindowTitle(tr("Add Advance"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Rights &holder:"), m_holder);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    for (QLineEdit *e : {m_holder, m_amount, m_currency})
        connect(e, &QLineEdit::textChanged, this, &AdvanceDialog::validate);
    validate();
}

std::optional<Advance> AdvanceDialog::advance() const
{
    const auto amount = exact(m_amount->text());
    if (!amount)
        return std::nullopt;
    return Advance{0, m_holder->text().trimmed(), *amount, m_currency->text().trimmed().toUpper()};
}

void AdvanceDialog::validate()
{
    QString problem;
    if (m_holder->text().trimmed().isEmpty())
        problem = tr("Name the rights holder, as in the claims.");
    else if (!exact(m_amount->text()))
        problem = tr("The amount must be an exact decimal number.");
    else if (m_currency->text().trimmed().size() != 3)
        problem = tr("The currency has three letters.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace rd::ui
