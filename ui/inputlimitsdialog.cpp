#include "inputlimitsdialog.h"

#include "backgroundtask.h"
#include "ingest/inputlimitsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace rd::ui {
namespace {

constexpr qint64 kMiB = qint64(1) << 20;
const QString kReviewKey = QStringLiteral("limits/review_max_lines");

QSpinBox *spinBox(qint64 minimum, const QString &suffix, const QString &objectName)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(int(minimum), std::numeric_limits<int>::max());
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

qint64 InputLimitsDialog::reviewMaxLines()
{
    return std::max<qint64>(1000, QSettings().value(kReviewKey, InputLimits().reviewMaxLines).toLongLong());
}

InputLimitsDialog::InputLimitsDialog(QString databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_gzipMegabytes(spinBox(InputLimits::minimum(QStringLiteral("gzip_max_bytes")) / kMiB, tr(" MiB"), QStringLiteral("gzipMaxBytes")))
    , m_gzipRatio(spinBox(InputLimits::minimum(QStringLiteral("gzip_max_ratio")), tr(" ×"), QStringLiteral("gzipMaxRatio")))
    , m_ddexFindings(spinBox(InputLimits::minimum(QStringLiteral("ddex_max_findings")), QString(), QStringLiteral("ddexMaxFindings")))
    , m_reviewLines(spinBox(1000, QString(), QStringLiteral("reviewMaxLines")))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Input Limits"));
    setObjectName(QStringLiteral("inputLimitsDialog"));
    auto *intro = new QLabel(tr("Caps on what a broken or hostile file may cost. A file that exceeds one is refused with an error "
                                "that names the file and the limit, and nothing of it is kept."),
                             this);
    intro->setWordWrap(true);
    auto *book = new QFormLayout;
    book->addRow(tr("Decompressed size of one gzip file:"), m_gzipMegabytes);
    book->addRow(tr("Expansion of one gzip file, at most:"), m_gzipRatio);
    book->addRow(tr("DDEX findings kept per report:"), m_ddexFindings);
    m_gzipMegabytes->setToolTip(tr("gzip_max_bytes: a decompression bomb stops here, before it fills the disk"));
    m_gzipRatio->setToolTip(tr("gzip_max_ratio: real DSRs compress 4 to 12 times; judged after the first 64 MiB"));
    m_ddexFindings->setToolTip(tr("ddex_max_findings: the findings past it are counted, and the count reported"));
    auto *workstation = new QFormLayout;
    workstation->addRow(tr("Package lines shown by the review:"), m_reviewLines);
    m_reviewLines->setToolTip(tr("review_max_lines: the review's totals and charts always cover every line"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &InputLimitsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &InputLimitsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("<b>This book</b> (every workstation and the command line)"), this));
    layout->addLayout(book);
    layout->addWidget(new QLabel(tr("<b>This workstation</b>"), this));
    layout->addLayout(workstation);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    setEnabled(false);
    m_status->setText(tr("Reading the book's limits…"));
    runInBackground<InputLimits>(
        this, m_databasePath, [](Database &db) { return InputLimitSettings(db).load(); },
        [this](const Expected<InputLimits> &limits) {
            setEnabled(true);
            if (!limits) {
                m_status->setText(tr("Cannot read the limits: %1").arg(limits.error()));
                return;
            }
            m_status->clear();
            display(*limits);
        });
}

void InputLimitsDialog::display(const InputLimits &limits)
{
    m_gzipMegabytes->setValue(int(std::min<qint64>(limits.gzipMaxBytes / kMiB, std::numeric_limits<int>::max())));
    m_gzipRatio->setValue(int(std::min<qint64>(limits.gzipMaxRatio, std::numeric_limits<int>::max())));
    m_ddexFindings->setValue(int(std::min<qint64>(limits.ddexMaxFindings, std::numeric_limits<int>::max())));
    m_reviewLines->setValue(int(std::min<qint64>(reviewMaxLines(), std::numeric_limits<int>::max())));
}

void InputLimitsDialog::restoreDefaults()
{
    const InputLimits defaults;
    display(defaults);
    m_reviewLines->setValue(int(defaults.reviewMaxLines));
}

void InputLimitsDialog::save()
{
    QSettings().setValue(kReviewKey, qint64(m_reviewLines->value()));
    const std::map<QString, qint64> values{{QStringLiteral("gzip_max_bytes"), qint64(m_gzipMegabytes->value()) * kMiB},
                                           {QStringLiteral("gzip_max_ratio"), m_gzipRatio->value()},
                                           {QStringLiteral("ddex_max_findings"), m_ddexFindings->value()}};
    setEnabled(false);
    m_status->setText(tr("Saving…"));
    runInBackground<bool>(
        this, m_databasePath,
        [values](Database &db) -> Expected<bool> {
            const Status set = InputLimitSettings(db).set(values);
            return set.ok() ? Expected<bool>(true) : Expected<bool>::failure(set.error());
        },
        [this](const Expected<bool> &saved) {
            setEnabled(true);
            if (!saved) {
                m_status->setText(tr("Cannot save the limits: %1").arg(saved.error()));
                return;
            }
            accept();
        });
}

} // namespace rd::ui
