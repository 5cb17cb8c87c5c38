#include "xlsxworkbook.h"

#include "util/csvrecords.h"
#include "util/finishedfile.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QFile>
#include <QFileDevice>

namespace rd {
namespace {

// Style indexes in styles.xml's cellXfs: 0 the default, 1 bold (headings), 2 Text ("@", numFmtId 49).
constexpr int kBold = 1;
constexpr int kText = 2;

const char kContentTypes[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(</Types>)";

const char kRootRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

const char kWorkbookRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

const char kStyles[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>)"
    R"(<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>)"
    R"(<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";

// "A" for column 0, "Z" for 25, "AA" for 26.
QByteArray columnName(int column)
{
    QByteArray name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(char('A' + (c - 1) % 26));
    return name;
}

bool isWholeNumber(const QVariant &cell)
{
    const int type = cell.typeId();
    return type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt || type == QMetaType::ULongLong;
}

bool writeEntry(QuaZip &zip, const QString &name, const QByteArray &bytes)
{
    QuaZipFile file(&zip);
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(2000, 1, 1), QTime(0, 0)); // the same bytes for the same table
    if (!file.open(QIODevice::WriteOnly, info))
        return false;
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    return written && file.getZipError() == 0;
}

} // namespace

XlsxWorkbook::XlsxWorkbook(QString path, QString sheetName)
    : m_path(std::move(path))
    , m_sheetName(std::move(sheetName))
{
    // Excel's rules for sheet names: at most 31 characters, none of []:*?/\.
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        m_sheetName.replace(bad, QLatin1Char(' '));
    m_sheetName = m_sheetName.left(31).trimmed();
    if (m_sheetName.isEmpty())
        m_sheetName = QStringLiteral("Sheet1");
}

XlsxWorkbook::~XlsxWorkbook() = default;

QString XlsxWorkbook::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const ushort u = c.unicode();
        // A literal "_xHHHH_" would be read as an escape: its underscore is escaped itself.
        if (u == '_' && i + 6 < text.size() && text[i + 1] == QLatin1Char('x') && text[i + 6] == QLatin1Char('_')) {
            bool hex = false;
            text.mid(i + 2, 4).toUInt(&hex, 16);
            if (hex) {
                out += QLatin1String("_x005F_");
                continue;
            }
        }
        if (u == '&')
            out += QLatin1String("&amp;");
        else if (u == '<')
            out += QLatin1String("&lt;");
        else if (u == '>')
            out += QLatin1String("&gt;");
        else if (u == '"')
            out += QLatin1String("&quot;");
        else if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0xFFFE || u == 0xFFFF)
            out += QStringLiteral("_x%1_").arg(u, 4, 16, QLatin1Char('0')).toUpper().replace(QLatin1String("_X"), QLatin1String("_x"));
        else
            out += c;
    }
    return out;
}

void XlsxWorkbook::addRow(const QVariantList &cells, bool bold)
{
    ++m_rowCount;
    const QByteArray row = QByteArray::number(m_rowCount);
    m_rows += "<row r=\"" + row + "\">";
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const QVariant &cell = cells[c];
        if (cell.isNull() || (!isWholeNumber(cell) && cell.toString().isEmpty()))
            continue;
        const QByteArray ref = columnName(int(c)) + row;
        QByteArray style;
        if (bold)
            style = " s=\"" + QByteArray::number(kBold) + '"';
        if (isWholeNumber(cell)) {
            m_rows += "<c r=\"" + ref + '"' + style + "><v>" + QByteArray::number(cell.toLongLong()) + "</v></c>";
            continue;
        }
        const QString text = cell.toString();
        if (!bold && csv::looksLikeFormula(text))
            style = " s=\"" + QByteArray::number(kText) + '"';
        m_rows += "<c r=\"" + ref + '"' + style + " t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escaped(text).toUtf8() + "</t></is></c>";
    }
    m_rows += "</row>";
}

Status XlsxWorkbook::save()
{
    const QByteArray sheet = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                             R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
                             + m_rows + "</sheetData></worksheet>";
    const QByteArray workbook = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                                R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                                R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
                                "<sheet name=\"" + escaped(m_sheetName).toUtf8() + R"(" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    const QString partial = m_path + QLatin1String(".part");
    QFile::remove(partial);
    QFile file(partial);
    QuaZip zip(&file);
    bool ok = zip.open(QuaZip::mdCreate);
    for (const auto &[name, bytes] : {std::pair{"[Content_Types].xml", QByteArray(kContentTypes)}, std::pair{"_rels/.rels", QByteArray(kRootRels)},
                                      std::pair{"xl/workbook.xml", workbook}, std::pair{"xl/_rels/workbook.xml.rels", QByteArray(kWorkbookRels)},
                                      std::pair{"xl/styles.xml", QByteArray(kStyles)}, std::pair{"xl/worksheets/sheet1.xml", sheet}})
        ok = ok && writeEntry(zip, QString::fromLatin1(name), bytes);
    zip.close();
    ok = ok && zip.getZipError() == 0;
    if (!ok || file.error() != QFileDevice::NoError) {
        const QString cause = file.error() != QFileDevice::NoError ? file.errorString() : tr("zip error %1").arg(zip.getZipError());
        QFile::remove(partial);
        return Status::failure(tr("Cannot write %1: %2").arg(m_path, cause));
    }
    return FinishedFile::place(partial, m_path);
}

} // namespace rd
