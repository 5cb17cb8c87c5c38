#pragma once

#include "licensing/timelinedata.h"

#include <QDate>
#include <QWidget>

namespace rd::ui {

// Draws a track's timeline: a lane per territory and right type with bands
// coloured by licensed share (unlicensed, partial, fully licensed,
// overclaimed), a marker at each licensing event, and the usage per DSR
// period as bars under the lanes. The wheel zooms around the pointer, a drag
// pans; hovering a band lists the claims in force, clicking selects it.
class TimelineWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setTimeline(const TimelineData &data);
    const TimelineData &timeline() const { return m_data; }
    // The visible span, for the view's controls and tests.
    QDate visibleFrom() const { return m_from; }
    QDate visibleTo() const { return m_to; }
    void setVisibleRange(const QDate &from, const QDate &to);
    void zoom(double factor, double anchor = 0.5); // factor < 1 zooms in
    int selectedBand() const { return m_selected; }
    // The band (index into the data's bands) drawn at a point; -1 for none.
    int bandAt(const QPoint &point) const;
    QSize sizeHint() const override;

    static QColor colorOf(TimelineBand::State state);
    static QColor usageColor();
    // What the legend shows: the colours the lanes and the usage bars are drawn in, with their names.
    static QList<std::pair<QColor, QString>> legend();
    // Label every 1, 3, 6, 12… months, the first that keeps labels of labelWidth apart.
    static int monthsPerLabel(double pixelsPerMonth, int labelWidth);

signals:
    void bandSelected(int band);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotArea() const;
    double xOf(const QDate &day) const;
    QDate dayAt(double x) const;
    QRectF laneRect(int lane) const;
    QRectF usageArea() const;
    void drawAxis(QPainter &p, const QRectF &area) const;

    TimelineData m_data;
    QDate m_from, m_to;
    int m_selected = -1;
    QPoint m_dragStart;
    QDate m_dragFrom, m_dragTo;
    bool m_dragging = false;
};

} // namespace rd::ui
