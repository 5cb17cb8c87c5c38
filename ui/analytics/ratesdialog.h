#pragma once

#include "currency/exchangerates.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace rd::ui {

// Views and edits the exchange-rate table and the base currency. Rates are
// quoted as units of the currency per one unit of the base, as the ECB does.
class RatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RatesDialog(QString databasePath, QWidget *parent = nullptr);

private:
    void load();
    void importCsv();
    void addRow();
    void removeRows();
    void save();
    QList<StoredRate> editedRates(QString &error) const;

    QString m_databasePath;
    QComboBox *m_base;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace rd::ui
