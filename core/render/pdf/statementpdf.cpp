#include "statementpdf.h"

#include "pdftable.h"

#include "money/decimalsum.h"

#include <QBuffer>
#include <QDateTime>
#include <QHashFunctions>
#include <QScopeGuard>

#include <array>
#include <map>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace rd::ui {
namespace {

// QPdfWriter stamps the current local time into the Info dictionary as
// "D:yyyyMMddhhmmss" plus a zone. A statement must be reproducible, so the
// stamp becomes the build time in UTC, padded to the same length to keep the
// cross-reference offsets right.
void replaceCreationDate(QByteArray &pdf, const QDateTime &builtAt)
{
    const QByteArray key = "/CreationDate (D:";
    const qsizetype start = pdf.indexOf(key);
    const qsizetype end = start < 0 ? -1 : pdf.indexOf(')', start);
    if (end < 0)
        return;
    const qsizetype length = end - (start + key.size());
    QByteArray stamp = builtAt.toUTC().toString(QStringLiteral("yyyyMMddhhmmss")).toLatin1() + 'Z';
    stamp = stamp.leftJustified(length, ' ', true);
    pdf.replace(start + key.size(), length, stamp);
}

QByteArray xmpMetadata(const QString &title, const QDateTime &builtAt)
{
    const QString when = builtAt.toUTC().toString(Qt::ISODate);
    QString xmp = QStringLiteral(
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "<xmp:CreatorTool>Royalty Desk</xmp:CreatorTool>\n"
        "<xmp:CreateDate>%2</xmp:CreateDate>\n"
        "<xmp:ModifyDate>%2</xmp:ModifyDate>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end='w'?>\n");
    return xmp.arg(title.toHtmlEscaped(), when).toUtf8();
}

// Revenue, adjustment, recouped and net summed per currency, exactly.
std::map<QString, std::array<DecimalSum, 4>> totalsByCurrency(const StatementData &data)
{
    std::map<QString, std::array<DecimalSum, 4>> totals;
    for (const StatementData::Row &r : data.rows) {
        const QString values[] = {r.revenue, r.adjustment, r.recouped, r.net};
        for (std::size_t i = 0; i < 4; ++i)
            if (const auto v = DecimalSum::fromString(values[i].toStdString()))
                totals[r.currency][i].add(*v);
    }
    return totals;
}

} // namespace

QByteArray StatementPdf::render(const StatementData &data)
{
    const QDateTime builtAt = QDateTime::fromString(data.builtAt, Qt::ISODate);
    const QString title = tr("Statement: %1, version %2").arg(data.packageName).arg(data.version);
    QByteArray pdf;
    {
        // The PDF engine writes its fonts in hash order; a fixed seed makes that order repeatable.
        QHashSeed::setDeterministicGlobalSeed();
        const auto restoreSeed = qScopeGuard([] { QHashSeed::resetRandomGlobalSeed(); });
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(150);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Royalty Desk"));
        writer.setDocumentXmpMetadata(xmpMetadata(title, builtAt));
        QPainter p;
        if (!p.begin(&writer))
            return {};
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        p.setFont(font);
        QFont heading = font;
        heading.setPointSizeF(14);
        heading.setBold(true);
        p.setFont(heading);
        p.drawText(QPointF(0, p.fontMetrics().ascent()), title);
        double y = p.fontMetrics().height() * 1.4;
        p.setFont(font);
        p.drawText(QPointF(0, y + p.fontMetrics().ascent()),
                   tr("Package %1 (%2), built %3; base currency %4")
                       .arg(data.packageId)
                       .arg(data.state, data.builtAt, data.baseCurrency));
        y += p.fontMetrics().height() * 2;
        PdfTable table(p, writer, y);
        const QList<double> widths{0.18, 0.08, 0.185, 0.185, 0.185, 0.185};
        const QList<Qt::Alignment> align{Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
        table.heading(tr("Per rights holder (%n lines)", nullptr, int(data.rows.size())));
        table.row({tr("Rights holder"), tr("Currency"), tr("Revenue"), tr("Adjustments"), tr("Advance recouped"), tr("Net payable")}, widths,
                  true, align);
        for (const StatementData::Row &r : data.rows)
            table.row({r.holder.isEmpty() ? tr("(unallocated)") : r.holder, r.currency, r.revenue, r.adjustment, r.recouped, r.net}, widths, false, align);
        for (const auto &[currency, sums] : totalsByCurrency(data))
            table.row({tr("Total"), currency, QString::fromStdString(sums[0].toString()), QString::fromStdString(sums[1].toString()),
                       QString::fromStdString(sums[2].toString()), QString::fromStdString(sums[3].toString())},
                      widths, true, align);
        p.end();
    }
    replaceCreationDate(pdf, builtAt);
    return pdf;
}

} // namespace rd::ui
