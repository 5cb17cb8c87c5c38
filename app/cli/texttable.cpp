#include "texttable.h"

namespace rd::cli {

TextTable::TextTable(QStringList headers, QList<bool> rightAligned)
    : m_headers(std::move(headers))
    , m_right(std::move(rightAligned))
{
}

void TextTable::addRow(QStringList cells)
{
    m_rows << std::move(cells);
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths << h.size();
    for (const QStringList &row : m_rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            const int width = static_cast<int>(widths[i]);
            line += (m_right.value(i) ? cells[i].rightJustified(width) : cells[i].leftJustified(width));
            if (i + 1 < cells.size())
                line += QLatin1String("  ");
        }
        // Only trailing blanks go: a right-aligned first column keeps its leading ones.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    };
    printRow(m_headers);
    for (const QStringList &row : m_rows)
        printRow(row);
}

} // namespace rd::cli
