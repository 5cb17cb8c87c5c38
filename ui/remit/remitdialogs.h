#pragma once

#include "remit/marketplaces.h"

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace rd::ui {

// The marketplaces remittances go to: add or change one (its token is
// written to the 0600 configuration file and never shown again).
class MarketplacesDialog final : public QDialog
{
    Q_OBJECT

public:
    MarketplacesDialog(QString configPath, QWidget *parent = nullptr);

private:
    void reload();
    void edit(const Marketplace &current);

    Marketplaces m_marketplaces;
    QTableWidget *m_table;
    QLabel *m_status;
};

// Asks for a product, a time range and optionally accounts (reset), or just a range (recalculate).
class RangeDialog final : public QDialog
{
    Q_OBJECT

public:
    RangeDialog(const QString &title, bool withProduct, QWidget *parent = nullptr);
    QString product() const;
    QStringList accounts() const;
    QDateTime start() const;
    QDateTime end() const;

private:
    QLineEdit *m_product = nullptr, *m_accounts = nullptr;
    QDateTimeEdit *m_start, *m_end;
};

} // namespace rd::ui
