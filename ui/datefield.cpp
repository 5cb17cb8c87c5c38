#include "datefield.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

namespace rd::ui {

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_calendar(new QToolButton(this))
{
    // Digits and dashes only, at most YYYY-MM-DD; whether it is a real date is checked by date().
    m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}(-[0-9]{0,2}(-[0-9]{0,2})?)?")), m_edit));
    m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 24);
    m_calendar->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_calendar->setToolTip(tr("Pick the date from a calendar"));
    m_calendar->setAccessibleName(tr("Calendar"));
    connect(m_calendar, &QToolButton::clicked, this, &DateField::pickFromCalendar);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { emit dateChanged(date()); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_calendar);
    setFocusProxy(m_edit);
}

QDate DateField::date() const
{
    const QString text = m_edit->text();
    return text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
}

void DateField::setDate(const QDate &date) { m_edit->setText(date.isValid() ? date.toString(Qt::ISODate) : QString()); }

void DateField::pickFromCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    if (date().isValid())
        calendar->setSelectedDate(date());
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](const QDate &picked) {
        setDate(picked);
        menu.close();
    });
    menu.exec(m_calendar->mapToGlobal(QPoint(0, m_calendar->height())));
}

} // namespace rd::ui
