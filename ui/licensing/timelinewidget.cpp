#include "timelinewidget.h"

#include "licensing/licensingmodels.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace rd::ui {
namespace {
constexpr int kLabelWidth = 160;
constexpr int kLaneHeight = 28;
constexpr int kLaneGap = 6;
constexpr int kAxisHeight = 22;
constexpr int kUsageHeight = 70;
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumHeight(160);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Licensing timeline"));
}

QColor TimelineWidget::colorOf(TimelineBand::State state)
{
    switch (state) {
    case TimelineBand::State::Unlicensed: return QColor(0xf2, 0xb8, 0xb8); // also the time before any claim: one colour, as in the legend
    case TimelineBand::State::Partial: return QColor(0xf0, 0xa2, 0x3b);
    case TimelineBand::State::Full: return QColor(0x4c, 0xa6, 0x5a);
    case TimelineBand::State::Overclaimed: return QColor(0x8e, 0x55, 0xc9);
    }
    return Qt::gray;
}

void TimelineWidget::setTimeline(const TimelineData &data)
{
    m_data = data;
    m_selected = -1;
    if (data.first.isValid())
        setVisibleRange(data.first.addMonths(-1), data.last);
    else
        setVisibleRange(QDate::currentDate().addYears(-3), QDate::currentDate());
    updateGeometry();
}

void TimelineWidget::setVisibleRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return;
    m_from = from;
    m_to = to;
    update();
}

void TimelineWidget::zoom(double factor, double anchor)
{
    const qint64 span = m_from.daysTo(m_to);
    const qint64 newSpan = std::clamp<qint64>(qint64(std::llround(double(span) * factor)), 14, 365 * 60);
    const qint64 shift = qint64(std::llround(double(span - newSpan) * anchor));
    setVisibleRange(m_from.addDays(shift), m_from.addDays(shift + newSpan));
}

QSize TimelineWidget::sizeHint() const
{
    return QSize(800, kAxisHeight + int(std::max<qsizetype>(1, m_data.lanes.size())) * (kLaneHeight + kLaneGap) + kUsageHeight + 30);
}

QRectF TimelineWidget::plotArea() const { return QRectF(kLabelWidth, 4, std::max(10, width() - kLabelWidth - 8), height() - 8); }

double TimelineWidget::xOf(const QDate &day) const
{
    const QRectF area = plotArea();
    const double span = double(std::max<qint64>(1, m_from.daysTo(m_to)));
    return area.left() + area.width() * double(m_from.daysTo(day)) / span;
}

QDate TimelineWidget::dayAt(double x) const
{
    const QRectF area = plotArea();
    const double span = double(std::max<qint64>(1, m_from.daysTo(m_to)));
    return m_from.addDays(qint64(std::floor((x - area.left()) / area.width() * span)));
}

QRectF TimelineWidget::laneRect(int lane) const
{
    const QRectF area = plotArea();
    return QRectF(area.left(), area.top() + kAxisHeight + lane * (kLaneHeight + kLaneGap), area.width(), kLaneHeight);
}

QRectF TimelineWidget::usageArea() const
{
    const QRectF area = plotArea();
    const double top = laneRect(int(m_data.lanes.size())).top() + 6;
    return QRectF(area.left(), top, area.width(), std::min<double>(kUsageHeight, area.bottom() - 22 - top)); // the legend below
}

int TimelineWidget::bandAt(const QPoint &point) const
{
    for (qsizetype l = 0; l < m_data.lanes.size(); ++l) {
        if (!laneRect(int(l)).contains(point))
            continue;
        const QDate day = dayAt(point.x());
        for (qsizetype b = 0; b < m_data.bands.size(); ++b) {
            const TimelineBand &band = m_data.bands[b];
            if (band.lane.territory == m_data.lanes[l].territory && band.lane.rightType == m_data.lanes[l].rightType && band.contains(day))
                return int(b);
        }
    }
    return -1;
}

QColor TimelineWidget::usageColor() { return QColor(0x5b, 0x9b, 0xd5); }

QList<std::pair<QColor, QString>> TimelineWidget::legend()
{
    QList<std::pair<QColor, QString>> entries;
    for (auto state : {TimelineBand::State::Unlicensed, TimelineBand::State::Partial, TimelineBand::State::Full,
                       TimelineBand::State::Overclaimed})
        entries.append({colorOf(state), TimelineModel::stateName(state)});
    entries.append({usageColor(), tr("usage per DSR period")});
    return entries;
}

int TimelineWidget::monthsPerLabel(double pixelsPerMonth, int labelWidth)
{
    for (const int every : {1, 3, 6, 12, 24, 60, 120})
        if (pixelsPerMonth * every >= labelWidth + 10)
            return every;
    return 240;
}

void TimelineWidget::drawAxis(QPainter &p, const QRectF &area) const
{
    // Ticks every month (every year over long spans); labels as often as they fit without
    // touching, on calendar boundaries: "Jan 2020" for years, the month's name between.
    const QLocale locale;
    const double pixelsPerMonth = area.width() * 30.44 / double(std::max<qint64>(1, m_from.daysTo(m_to)));
    const int every = monthsPerLabel(pixelsPerMonth, p.fontMetrics().horizontalAdvance(locale.toString(QDate(2000, 9, 1), QStringLiteral("MMM yyyy"))));
    const int tickEvery = pixelsPerMonth >= 4 ? 1 : 12;
    p.setPen(palette().color(QPalette::Mid));
    bool yearShown = false;
    for (QDate tick(m_from.year(), tickEvery == 1 ? m_from.month() : 1, 1); tick <= m_to; tick = tick.addMonths(tickEvery)) {
        const double x = xOf(tick);
        if (x < area.left())
            continue;
        const int monthIndex = tick.year() * 12 + tick.month() - 1;
        const bool labelled = monthIndex % every == 0;
        p.setPen(palette().color(labelled ? QPalette::Dark : QPalette::Midlight));
        p.drawLine(QPointF(x, area.top() + kAxisHeight - (labelled ? 6 : 2)), QPointF(x, area.bottom()));
        if (!labelled)
            continue;
        p.setPen(palette().color(QPalette::WindowText));
        // The year on January and on the first label drawn, so that every month label can be placed.
        const QString label = every < 12 && (tick.month() == 1 || !yearShown)
                                  ? locale.toString(tick, QStringLiteral("MMM yyyy"))
                                  : locale.toString(tick, every >= 12 ? QStringLiteral("yyyy") : QStringLiteral("MMM"));
        if (x + 3 + p.fontMetrics().horizontalAdvance(label) <= area.right()) { // never a cut label at the right edge
            p.drawText(QPointF(x + 3, area.top() + 14), label);
            yearShown = true;
        }
    }
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF area = plotArea();
    if (m_data.lanes.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, m_data.track.isrc.isEmpty() ? tr("Search for a track by ISRC, title or artist")
                                                                          : tr("No claims and no usage for %1").arg(m_data.track.isrc));
        return;
    }
    drawAxis(p, area);
    p.save();
    p.setClipRect(QRectF(area.left(), area.top(), area.width() + 1, area.height()));
    for (qsizetype l = 0; l < m_data.lanes.size(); ++l) {
        const QRectF lane = laneRect(int(l));
        p.fillRect(lane, colorOf(TimelineBand::State::Unlicensed)); // before any claim: unlicensed
        for (qsizetype b = 0; b < m_data.bands.size(); ++b) {
            const TimelineBand &band = m_data.bands[b];
            if (band.lane.territory != m_data.lanes[l].territory || band.lane.rightType != m_data.lanes[l].rightType)
                continue;
            const double left = std::max(area.left(), xOf(band.from));
            const double right = band.to ? std::min(area.right(), xOf(band.to->addDays(1))) : area.right();
            if (right <= left)
                continue;
            const QRectF r(left, lane.top(), right - left, lane.height());
            p.fillRect(r, colorOf(band.state()));
            if (int(b) == m_selected) {
                p.setPen(QPen(palette().color(QPalette::Highlight), 3));
                p.drawRect(r.adjusted(1, 1, -1, -1));
            }
            if (r.width() > 44) {
                p.setPen(band.state() == TimelineBand::State::Unlicensed ? QColor(0x70, 0x10, 0x10) : QColor(Qt::white));
                p.drawText(r.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, QString::fromStdString(band.share.toString()) + QStringLiteral("%"));
            }
            // The event that starts the band.
            p.setPen(QPen(palette().color(QPalette::WindowText), 2));
            p.drawLine(QPointF(xOf(band.from), lane.top() - 3), QPointF(xOf(band.from), lane.bottom() + 3));
        }
    }
    // Usage per DSR period, as bars scaled to the busiest period.
    const QRectF usage = usageArea();
    qint64 most = 1;
    for (const TimelineUsage &u : m_data.usage)
        most = std::max(most, u.usages);
    p.setPen(Qt::NoPen);
    p.setBrush(usageColor());
    for (const TimelineUsage &u : m_data.usage) {
        const double left = xOf(u.periodStart), right = xOf(u.periodEnd.addDays(1));
        const double h = usage.height() * double(u.usages) / double(most);
        p.drawRect(QRectF(left + 1, usage.bottom() - h, std::max(1.0, right - left - 2), h));
    }
    p.restore();
    p.setPen(palette().color(QPalette::WindowText));
    for (qsizetype l = 0; l < m_data.lanes.size(); ++l) {
        const Lane &lane = m_data.lanes[l];
        p.drawText(QRectF(4, laneRect(int(l)).top(), kLabelWidth - 8, kLaneHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   QStringLiteral("%1 · %2").arg(lane.territory == QLatin1String("WW") ? tr("Worldwide") : lane.territory,
                                                 lane.rightType == QLatin1String("recording") ? tr("recording") : tr("publishing")));
    }
    if (!m_data.usage.isEmpty())
        p.drawText(QRectF(4, usage.top(), kLabelWidth - 8, usage.height()), Qt::AlignVCenter | Qt::AlignLeft, tr("Usage"));
    // The legend, along the bottom.
    double x = area.left();
    const double y = height() - 16;
    for (const auto &[color, name] : legend()) {
        p.fillRect(QRectF(x, y, 12, 12), color);
        p.drawText(QPointF(x + 16, y + 11), name);
        x += 16 + p.fontMetrics().horizontalAdvance(name) + 18;
    }
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QRectF area = plotArea();
    const double anchor = std::clamp((event->position().x() - area.left()) / area.width(), 0.0, 1.0);
    zoom(event->angleDelta().y() > 0 ? 0.8 : 1.25, anchor);
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    m_dragStart = event->pos();
    m_dragFrom = m_from;
    m_dragTo = m_to;
    m_dragging = false;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const int dx = event->pos().x() - m_dragStart.x();
    if (std::abs(dx) < 3 && !m_dragging)
        return;
    m_dragging = true;
    const double span = double(m_dragFrom.daysTo(m_dragTo));
    const qint64 shift = -qint64(std::llround(double(dx) / plotArea().width() * span));
    setVisibleRange(m_dragFrom.addDays(shift), m_dragTo.addDays(shift));
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    m_selected = bandAt(event->pos());
    update();
    emit bandSelected(m_selected);
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int b = bandAt(help->pos());
    if (b < 0) {
        // Over the usage bars: the DSR under the pointer.
        const QDate day = dayAt(help->pos().x());
        for (const TimelineUsage &u : m_data.usage)
            if (usageArea().contains(help->pos()) && u.periodStart <= day && day <= u.periodEnd) {
                QToolTip::showText(help->globalPos(), tr("DSR %1 (%2, %3 – %4): %5 usages, %6 %7")
                                                          .arg(u.dsrId).arg(u.territory, u.periodStart.toString(Qt::ISODate),
                                                                            u.periodEnd.toString(Qt::ISODate), QLocale().toString(u.usages),
                                                                            QString::fromStdString(u.revenue.toString()), u.currency),
                                   this);
                return true;
            }
        QToolTip::hideText();
        return true;
    }
    const TimelineBand &band = m_data.bands[b];
    QStringList lines{tr("%1 %2, %3 – %4: %5% (%6)")
                          .arg(band.lane.territory, band.lane.rightType, band.from.toString(Qt::ISODate),
                               band.to ? band.to->toString(Qt::ISODate) : tr("open"), QString::fromStdString(band.share.toString()),
                               TimelineModel::stateName(band.state()))};
    for (const Claim &c : band.claims)
        lines << QStringLiteral("• %1: %2% (%3)").arg(c.rightsHolder, QString::fromStdString(c.share.toString()), ClaimsModel::sourceText(c));
    QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
    return true;
}

} // namespace rd::ui
