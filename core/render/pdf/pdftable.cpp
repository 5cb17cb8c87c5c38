#include "pdftable.h"

#include <QPainter>
#include <QPdfWriter>

namespace rd::ui {

void PdfTable::heading(const QString &text)
{
    ensure(3 * line());
    QFont f = m_p.font();
    f.setBold(true);
    m_p.setFont(f);
    m_p.drawText(QPointF(0, m_y + line()), text);
    f.setBold(false);
    m_p.setFont(f);
    m_y += 1.6 * line();
}

void PdfTable::row(const QStringList &cells, const QList<double> &widths, bool bold, const QList<Qt::Alignment> &alignments)
{
    ensure(line());
    QFont f = m_p.font();
    f.setBold(bold);
    m_p.setFont(f);
    double x = 0;
    for (int i = 0; i < cells.size(); ++i) {
        const double w = widths.value(i) * m_writer.width();
        const Qt::Alignment align = alignments.value(i, Qt::AlignLeft) | Qt::AlignVCenter;
        const QRectF cell(x, m_y, w - 6, line());
        if (align & Qt::AlignRight) {
            // Right-aligned cells are amounts: never elided, the type shrinks until they fit.
            QFont shrunk = f;
            while (QFontMetricsF(shrunk, m_p.device()).horizontalAdvance(cells[i]) > cell.width() && shrunk.pointSizeF() > 4)
                shrunk.setPointSizeF(shrunk.pointSizeF() - 0.5);
            m_p.setFont(shrunk);
            m_p.drawText(cell, align, cells[i]);
            m_p.setFont(f);
        } else {
            m_p.drawText(cell, align, m_p.fontMetrics().elidedText(cells[i], Qt::ElideRight, int(w - 8)));
        }
        x += w;
    }
    f.setBold(false);
    m_p.setFont(f);
    m_y += line();
}

void PdfTable::gap() { m_y += line(); }

double PdfTable::line() const { return m_p.fontMetrics().height() * 1.25; }

void PdfTable::ensure(double needed)
{
    if (m_y + needed > m_writer.height()) {
        m_writer.newPage();
        m_y = 0;
    }
}

} // namespace rd::ui
