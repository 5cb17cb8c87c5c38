#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace rd::cli {

// A plain-text table for terminals: left-aligned text, right-aligned numbers.
class TextTable
{
public:
    explicit TextTable(QStringList headers, QList<bool> rightAligned);
    void addRow(QStringList cells);
    void print(QTextStream &out) const;

private:
    QStringList m_headers;
    QList<bool> m_right;
    QList<QStringList> m_rows;
};

} // namespace rd::cli
