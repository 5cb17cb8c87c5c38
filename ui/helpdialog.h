#pragma once

#include <QDialog>

class QTextBrowser;

namespace rd::ui {

// The user guide (Help › Royalty Desk Help, F1): the first steps, each page,
// and the file formats Royalty Desk reads, in the user's language.
class HelpDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);
    static QString guideHtml();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace rd::ui
