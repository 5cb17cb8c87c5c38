#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace rd {

// A read-only table of text fields kept compactly: every field's UTF-8 bytes
// in one buffer and where each ends, about a tenth of the memory of a list of
// QStringLists. Package reviews hold millions of fields this way.
class CsvTable
{
public:
    QStringList columns;

    qsizetype rowCount() const { return columns.isEmpty() ? 0 : qsizetype(m_ends.size()) / columns.size(); }
    QByteArrayView bytes(qsizetype row, qsizetype column) const;
    QString field(qsizetype row, qsizetype column) const { return QString::fromUtf8(bytes(row, column)); }
    QStringList row(qsizetype row) const;

    // A row of exactly columns.size() fields.
    void appendRow(const QStringList &fields);
    void appendField(QByteArrayView field);
    void reserveBytes(qsizetype bytes) { m_text.reserve(bytes); }
    qsizetype textBytes() const { return m_text.size(); }

private:
    QByteArray m_text;
    std::vector<quint32> m_ends; // per field, where it ends in m_text (a field starts where the one before ends)
};

// Reads CSV (RFC 4180, UTF-8) fed in pieces of any size: the first record is
// the header, the others go to the table up to maxRows and are counted
// beyond. Quotes and commas are ASCII, so records are split on bytes.
class CsvStreamReader
{
public:
    // A field longer than this is an error: no package field comes near it, and memory stays bounded.
    static constexpr qsizetype kMaxFieldBytes = 1 << 20;
    static constexpr qsizetype kMaxColumns = 1000;
    // The table keeps rows while its text stays under this (its offsets are 32-bit).
    static constexpr qsizetype kMaxTableBytes = qsizetype(3) << 30;

    CsvStreamReader(CsvTable &table, qint64 maxRows) : m_table(table), m_maxRows(maxRows) {}
    // Called with every data record, kept in the table or not (for totals over all rows).
    void onRecord(std::function<void(const QList<QByteArray> &fields)> callback) { m_onRecord = std::move(callback); }

    // false on a malformed record (see error()).
    bool feed(QByteArrayView bytes);
    bool finish();
    qint64 rows() const { return m_rows; }
    qint64 keptRows() const { return m_table.rowCount(); }
    const QString &error() const { return m_error; }

private:
    bool endRecord();
    bool fieldTooLong();
    bool tooManyFields();

    CsvTable &m_table;
    qint64 m_maxRows;
    qint64 m_rows = 0, m_line = 1;
    bool m_keeping = true;
    bool m_header = true, m_quoted = false, m_wasQuoted = false, m_quoteSeen = false, m_pendingCr = false;
    QByteArray m_field;
    QList<QByteArray> m_fields;
    QString m_error;
    std::function<void(const QList<QByteArray> &)> m_onRecord;
};

} // namespace rd
