#include "validationreportdialog.h"

#include "backgroundtask.h"
#include "progressbridge.h"
#include "report/reportcsv.h"
#include "reportmodel.h"
#include "db/database.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rd::ui {

ValidationReportDialog::ValidationReportDialog(const QString &databasePath, const DsrRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_record(record)
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Validation report — %1").arg(record.fileName));
    resize(900, 560);
    const QLocale locale;
    auto *summary = new QLabel(this);
    summary->setTextFormat(Qt::RichText);
    summary->setWordWrap(true);
    QString text = tr("<b>%1</b><br>%2 rows imported · %3 warnings · %4 errors")
                       .arg(record.fileName.toHtmlEscaped())
                       .arg(locale.toString(record.rows))
                       .arg(locale.toString(record.reportWarnings()))
                       .arg(locale.toString(record.errorCount));
    text += QLatin1String("<br>")
        + tr("Missing values: title %1 · artists %2 · ISRC %3 · usages %4 · revenue %5")
              .arg(locale.toString(record.missingTitle), locale.toString(record.missingArtists),
                   locale.toString(record.missingIsrc), locale.toString(record.missingUsages),
                   locale.toString(record.missingRevenue));
    if (record.status == DsrRecord::Status::Failed)
        text += QLatin1String("<br><span style='color:#b02020'>") + tr("Import failed: %1").arg(record.statusReason.toHtmlEscaped())
            + QLatin1String("</span>");
    summary->setText(text);

    auto database = Database::open(databasePath);
    if (database) {
        m_database = database.value();
        m_model = new ReportModel(m_database, record.id, this);
        m_table->setModel(m_model);
    } else {
        summary->setText(database.error());
    }
    m_table->verticalHeader()->hide();
    // One line per finding, as in any log view: no wrapping, the full message in the tooltip.
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setColumnWidth(ReportModel::Line, 80);
    m_table->setColumnWidth(ReportModel::Severity, 90);
    m_table->setColumnWidth(ReportModel::Field, 200);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &ValidationReportDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

void ValidationReportDialog::exportCsv()
{
    const QString suggested = QFileInfo(m_record.fileName).completeBaseName() + QLatin1String("-report.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export validation report"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto progress = std::make_shared<ProgressBridge>();
    auto *dialog = new QProgressDialog(tr("Exporting the report…"), tr("Cancel"), 0, 1000, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    connect(dialog, &QProgressDialog::canceled, this, [progress] { progress->cancel(); });
    auto *poll = new QTimer(dialog);
    connect(poll, &QTimer::timeout, dialog, [dialog, progress] {
        if (progress->total() > 0)
            dialog->setValue(static_cast<int>(progress->done() * 1000 / progress->total()));
    });
    poll->start(100);
    const qint64 id = m_record.id;
    runInBackground<bool>(
        this, m_databasePath,
        [id, path, progress](Database &db) -> Expected<bool> {
            const Status status = ReportCsvExporter(db).exportReport(id, path, progress.get());
            return status ? Expected<bool>(true) : Expected<bool>::failure(status.error());
        },
        [this, dialog, path, progress](const Expected<bool> &result) {
            dialog->deleteLater();
            if (!result && !progress->canceled())
                QMessageBox::warning(this, tr("Export failed"), result.error());
        });
}

} // namespace rd::ui
