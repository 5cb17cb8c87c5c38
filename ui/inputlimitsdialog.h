#pragma once

#include "util/inputlimits.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace rd::ui {

// Edits the caps on hostile input: the book's import limits (shared with every
// workstation and the CLI's `limits`) and this workstation's review limit.
class InputLimitsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InputLimitsDialog(QString databasePath, QWidget *parent = nullptr);

    // The review limit of this workstation (QSettings limits/review_max_lines).
    static qint64 reviewMaxLines();

private:
    void display(const InputLimits &limits);
    void restoreDefaults();
    void save();

    QString m_databasePath;
    QSpinBox *m_gzipMegabytes;
    QSpinBox *m_gzipRatio;
    QSpinBox *m_ddexFindings;
    QSpinBox *m_reviewLines;
    QLabel *m_status;
};

} // namespace rd::ui
