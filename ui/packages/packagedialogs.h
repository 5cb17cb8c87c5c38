#pragma once

#include "packages/package.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rd::ui {

class DateField;

// Asks for a new package's name and partition.
class NewPackageDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewPackageDialog(QWidget *parent = nullptr);
    QString name() const;
    Partition partition() const;

private:
    void validate();
    QLineEdit *m_name, *m_territories, *m_dsps, *m_offers;
    DateField *m_start, *m_end;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// Asks for an adjustment: an exact amount or a percentage, its scope and the reason.
class AdjustmentDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AdjustmentDialog(QWidget *parent = nullptr);
    std::optional<Adjustment> adjustment() const;

private:
    void validate();
    QComboBox *m_kind, *m_scope;
    QLineEdit *m_value, *m_currency, *m_scopeValue, *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// Asks for an advance paid to a rights holder.
class AdvanceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AdvanceDialog(QWidget *parent = nullptr);
    std::optional<Advance> advance() const;

private:
    void validate();
    QLineEdit *m_holder, *m_amount, *m_currency;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace rd::ui
