#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace rd::ui {

// A date typed as YYYY-MM-DD, or picked from a calendar. Unlike QDateEdit's
// sections, select-all and typing replaces the whole date, as accountants
// expect when they key dates in. An incomplete or impossible date reads as
// invalid (the dialog says so) instead of silently keeping the old one.
class DateField final : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    QDate date() const; // invalid while the text is not a date
    void setDate(const QDate &date);
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void dateChanged(const QDate &date);

private:
    void pickFromCalendar();

    QLineEdit *m_edit;
    QToolButton *m_calendar;
};

} // namespace rd::ui
