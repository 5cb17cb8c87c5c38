#pragma once

#include <QList>
#include <QStringList>

class QPainter;
class QPdfWriter;

namespace rd::ui {

// A simple paginated table for QPdfWriter documents: headings and rows of
// cells whose widths are fractions of the page width. Left-aligned text is
// elided; right-aligned cells (amounts) shrink to fit instead.
class PdfTable
{
public:
    PdfTable(QPainter &painter, QPdfWriter &writer, double &y) : m_p(painter), m_writer(writer), m_y(y) {}
    void heading(const QString &text);
    void row(const QStringList &cells, const QList<double> &widths, bool bold = false, const QList<Qt::Alignment> &alignments = {});
    void gap();

private:
    double line() const;
    void ensure(double needed);

    QPainter &m_p;
    QPdfWriter &m_writer;
    double &m_y;
};

} // namespace rd::ui
