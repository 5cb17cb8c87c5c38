#include "analyticsexport.h"

#include "analytics/analyticsmodels.h"

#include <QChartView>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace rd::ui {

Status AnalyticsExport::chartImage(QChartView *view, const QString &path)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view->size());
        svg.setViewBox(view->rect());
        svg.setTitle(view->chart()->title());
        QPainter painter;
        if (!painter.begin(&svg))
            return Status::failure(tr("Cannot write %1").arg(path));
        view->render(&painter);
        painter.end();
        return {};
    }
    if (!view->grab().save(path, "PNG"))
        return Status::failure(tr("Cannot write %1").arg(path));
    return {};
}

Status AnalyticsExport::table(const TableData &data, const QString &path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return TableExport::writeXlsx(path, data);
    return TableExport::writeCsv(path, data);
}

Status AnalyticsExport::pdfSummary(const QString &path, const QString &filterText, const Dashboard &d,
                                   const QList<QChartView *> &charts)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(150);
    pdf.setTitle(tr("Royalty Desk analytics summary"));
    pdf.setCreator(QStringLiteral("Royalty Desk"));
    QPainter p;
    if (!p.begin(&pdf))
        return Status::failure(tr("Cannot write %1").arg(path));
    const QRect page(0, 0, pdf.width(), pdf.height());
    QFont title = p.font();
    title.setPointSize(16);
    title.setBold(true);
    QFont body = p.font();
    body.setPointSize(9);
    p.setFont(title);
    int y = 0;
    const int line = QFontMetrics(title, &pdf).height();
    p.drawText(QRect(0, y, page.width(), line), Qt::AlignLeft, tr("Usage and revenue analytics"));
    y += line;
    p.setFont(body);
    const int small = QFontMetrics(body, &pdf).height();
    const QStringList header{
        tr("Filters: %1").arg(filterText),
        tr("%n DSR(s), %1 usages, revenue %2 %3 (rounded half to even; exact: %4)", nullptr, d.dsrCount)
            .arg(QLocale().toString(d.usages), QString::fromStdString(d.revenue.toString(2)), d.currency, exactAmountText(d.revenue)),
        d.missingRates.isEmpty() ? QString() : tr("Left out for lack of an exchange rate: %1").arg(d.missingRates),
        tr("Generated %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))};
    for (const QString &text : header) {
        if (text.isEmpty())
            continue;
        p.drawText(QRect(0, y, page.width(), small), Qt::AlignLeft, text);
        y += small;
    }
    y += small / 2;
    // Charts in a row of three, then the top resources.
    const int gap = small;
    const int chartWidth = (page.width() - 2 * gap) / 3;
    const int chartHeight = page.height() * 2 / 5;
    for (int i = 0; i < charts.size() && i < 3; ++i) {
        const QRect target(i * (chartWidth + gap), y, chartWidth, chartHeight);
        charts[i]->render(&p, target, charts[i]->rect(), Qt::KeepAspectRatio);
    }
    y += chartHeight + gap;
    p.setFont(title);
    p.drawText(QRect(0, y, page.width(), line), Qt::AlignLeft, tr("Top resources (%1)").arg(d.currency));
    y += line;
    p.setFont(body);
    const int columns[] = {0, page.width() / 20, page.width() * 9 / 20, page.width() * 14 / 20, page.width() * 17 / 20};
    for (int i = 0; i < d.topResources.size() && y + small <= page.height(); ++i) {
        const TopResource &r = d.topResources[i];
        const QStringList cells{QString::number(i + 1), r.title, r.artists, r.isrc, QString::fromStdString(r.revenue.toString(2))};
        for (int c = 0; c < 5; ++c) {
            const int right = c < 4 ? columns[c + 1] - small : page.width();
            p.drawText(QRect(columns[c], y, right - columns[c], small), (c == 4 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                       QFontMetrics(body, &pdf).elidedText(cells[c], Qt::ElideRight, right - columns[c]));
        }
        y += small;
    }
    p.end();
    return {};
}

} // namespace rd::ui
