#pragma once

#include "storage/dsrrecord.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTableView;

namespace rd {
class Database;
}

namespace rd::ui {

class ReportModel;

// Shows one DSR's validation report (row problems with their line numbers)
// and exports it to CSV off the GUI thread.
class ValidationReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ValidationReportDialog(const QString &databasePath, const DsrRecord &record, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    void exportCsv();

    QString m_databasePath;
    DsrRecord m_record;
    std::shared_ptr<Database> m_database;
    ReportModel *m_model = nullptr;
    QTableView *m_table;
};

} // namespace rd::ui
