#include "csvtable.h"

#include <QCoreApplication>

namespace rd {

QByteArrayView CsvTable::bytes(qsizetype row, qsizetype column) const
{
    const std::size_t i = std::size_t(row * columns.size() + column);
    if (i >= m_ends.size())
        return {};
    const quint32 start = i == 0 ? 0 : m_ends[i - 1];
    return QByteArrayView(m_text.constData() + start, qsizetype(m_ends[i] - start));
}

QStringList CsvTable::row(qsizetype r) const
{
    QStringList out;
    for (qsizetype c = 0; c < columns.size(); ++c)
        out << field(r, c);
    return out;
}

void CsvTable::appendRow(const QStringList &fields)
{
    for (qsizetype c = 0; c < columns.size(); ++c)
        appendField(fields.value(c).toUtf8());
}

void CsvTable::appendField(QByteArrayView field)
{
    m_text.append(field);
    m_ends.push_back(quint32(m_text.size()));
}

bool CsvStreamReader::feed(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (m_pendingCr) { // CRLF: the LF belongs to the CR's record end
            m_pendingCr = false;
            if (c == '\n')
                continue;
        }
        if (m_quoted) {
            if (m_quoteSeen) { // a quote inside quotes: doubled, or the end of the quoted part
                m_quoteSeen = false;
                if (c == '"') {
                    m_field += '"';
                    continue;
                }
                m_quoted = false;
            } else if (c == '"') {
                m_quoteSeen = true;
                continue;
            } else {
                if (c == '\n')
                    ++m_line;
                m_field += c;
                if (m_field.size() > kMaxFieldBytes)
                    return fieldTooLong();
                continue;
            }
        }
        if (c == '"' && m_field.isEmpty() && !m_wasQuoted) {
            m_quoted = m_wasQuoted = true;
        } else if (c == ',') {
            m_fields << m_field;
            m_field.clear();
            m_wasQuoted = false;
            // A record never has more fields than the header (nor a header more than kMaxColumns):
            // a line of nothing but commas is refused before it fills memory.
            if (m_fields.size() >= (m_header ? kMaxColumns : m_table.columns.size()))
                return tooManyFields();
        } else if (c == '\n' || c == '\r') {
            m_pendingCr = c == '\r';
            if (!endRecord())
                return false;
            ++m_line;
        } else {
            m_field += c;
            if (m_field.size() > kMaxFieldBytes)
                return fieldTooLong();
        }
    }
    return true;
}

bool CsvStreamReader::fieldTooLong()
{
    m_error = QCoreApplication::translate("PackageArchive", "line %1: a field is longer than %2 bytes").arg(m_line).arg(kMaxFieldBytes);
    return false;
}

bool CsvStreamReader::tooManyFields()
{
    m_error = m_header ? QCoreApplication::translate("PackageArchive", "line %1: more than %2 columns").arg(m_line).arg(kMaxColumns)
                       : QCoreApplication::translate("PackageArchive", "line %1: more fields than the header's %2").arg(m_line).arg(m_table.columns.size());
    return false;
}

bool CsvStreamReader::finish()
{
    if (m_quoted && !m_quoteSeen) {
        m_error = QCoreApplication::translate("PackageArchive", "line %1: a quoted field is not closed").arg(m_line);
        return false;
    }
    m_quoted = m_quoteSeen = false;
    if (!m_field.isEmpty() || !m_fields.isEmpty())
        return endRecord();
    return true;
}

bool CsvStreamReader::endRecord()
{
    if (m_quoted && m_quoteSeen) { // the record ended right after a closing quote
        m_quoted = m_quoteSeen = false;
    }
    m_fields << m_field;
    m_field.clear();
    m_wasQuoted = false;
    const QList<QByteArray> fields = std::move(m_fields);
    m_fields.clear();
    if (fields.size() == 1 && fields.constFirst().isEmpty())
        return true; // a blank line
    if (m_header) {
        m_header = false;
        for (const QByteArray &f : fields)
            m_table.columns << QString::fromUtf8(f);
        return true;
    }
    if (fields.size() != m_table.columns.size()) {
        m_error = QCoreApplication::translate("PackageArchive", "line %1: %2 fields, the header has %3")
                      .arg(m_line)
                      .arg(fields.size())
                      .arg(m_table.columns.size());
        return false;
    }
    if (m_onRecord)
        m_onRecord(fields);
    qsizetype bytes = 0;
    for (const QByteArray &f : fields)
        bytes += f.size();
    // The table keeps the first rows only: once one is left out, so are all after it.
    m_keeping = m_keeping && m_rows < m_maxRows && m_table.textBytes() + bytes < kMaxTableBytes;
    ++m_rows; // counted, kept or not
    if (m_keeping)
        for (const QByteArray &f : fields)
            m_table.appendField(f);
    return true;
}

} // namespace rd
