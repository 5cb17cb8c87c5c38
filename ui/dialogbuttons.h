#pragma once

class QDialog;
class QDialogButtonBox;

namespace rd::ui {

// OK and Cancel, wired to the dialog's accept() and reject().
QDialogButtonBox *okCancelButtons(QDialog *dialog);

} // namespace rd::ui
