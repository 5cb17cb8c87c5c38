#include "casefileexport.h"

#include "licensing/licensingmodels.h"
#include "pdf/pdftable.h"
#include "util/csvrecords.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <set>

namespace rd::ui {
namespace {

QString dateText(const std::optional<QDate> &d) { return d ? d->toString(Qt::ISODate) : QString(); }

// Every claim of the timeline once (bands share them).
QList<Claim> allClaims(const TimelineData &data)
{
    QList<Claim> claims;
    std::set<qint64> seen;
    for (const TimelineBand &band : data.bands)
        for (const Claim &c : band.claims)
            if (seen.insert(c.id).second)
                claims << c;
    std::sort(claims.begin(), claims.end(), [](const Claim &a, const Claim &b) {
        return a.validFrom != b.validFrom ? a.validFrom < b.validFrom : a.id < b.id;
    });
    return claims;
}

} // namespace

QString CaseFileExport::csvPathFor(const QString &pdfPath)
{
    const QFileInfo info(pdfPath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1String(".csv");
}

QList<CaseFileExport::Exposed> CaseFileExport::exposedUsage(const TimelineData &data)
{
    QList<Exposed> out;
    for (const TimelineUsage &u : data.usage) {
        QStringList states;
        bool coveredFully = false;
        for (const TimelineBand &band : data.bands) {
            if (band.lane.territory != u.territory || band.lane.rightType != QLatin1String("recording"))
                continue;
            const bool overlaps = band.from <= u.periodEnd && (!band.to || *band.to >= u.periodStart);
            if (!overlaps)
                continue;
            if (band.state() == TimelineBand::State::Full && band.from <= u.periodStart && (!band.to || *band.to >= u.periodEnd))
                coveredFully = true;
            else if (band.state() != TimelineBand::State::Full)
                states << TimelineModel::stateName(band.state()) + QStringLiteral(" (%1%)").arg(QString::fromStdString(band.share.toString()));
        }
        bool startsLicensed = false; // a period before the lane's first band is unlicensed
        for (const TimelineBand &band : data.bands)
            if (band.lane.territory == u.territory && band.lane.rightType == QLatin1String("recording") && band.from <= u.periodStart)
                startsLicensed = true;
        if (!startsLicensed)
            states.prepend(TimelineModel::stateName(TimelineBand::State::Unlicensed) + QStringLiteral(" (0%)"));
        states.removeDuplicates();
        if (!coveredFully && !states.isEmpty())
            out << Exposed{&u, states};
    }
    return out;
}

bool CaseFileExport::write(const TimelineData &data, const QImage &timeline, const QString &pdfPath, QString &error)
{
    const QList<Claim> claims = allClaims(data);
    const QList<Exposed> exposed = exposedUsage(data);
    // The CSV first: the same facts, one section per table.
    QSaveFile csv(csvPathFor(pdfPath));
    if (!csv.open(QIODevice::WriteOnly)) {
        error = tr("Cannot write %1: %2").arg(csv.fileName(), csv.errorString());
        return false;
    }
    QStringList lines{QStringLiteral("section,isrc,territory,right_type,from,to,share,rights_holder,known_from,known_to,source,dsr,usages,revenue,currency")};
    for (const Claim &c : claims)
        lines << QStringList{QStringLiteral("claim"), data.track.isrc, c.territory, c.rightType, c.validFrom.toString(Qt::ISODate),
                             dateText(c.validTo), QString::fromStdString(c.share.toString()), csv::quoteForSpreadsheet(c.rightsHolder),
                             c.knownFrom.toString(Qt::ISODate), dateText(c.knownTo), csv::quoteForSpreadsheet(ClaimsModel::sourceText(c)), QString(),
                             QString(), QString(), QString()}.join(QLatin1Char(','));
    for (const LicensingEvent &e : data.events)
        lines << QStringList{QStringLiteral("event"), data.track.isrc, e.territory, e.rightType, e.date.toString(Qt::ISODate), QString(),
                             QString::fromStdString(e.share.toString()), QString(), QString(), QString(), QString(), QString(), QString(),
                             QString(), QString()}.join(QLatin1Char(','));
    for (const Exposed &x : exposed)
        lines << QStringList{QStringLiteral("usage"), data.track.isrc, x.usage->territory, QStringLiteral("recording"),
                             x.usage->periodStart.toString(Qt::ISODate), x.usage->periodEnd.toString(Qt::ISODate), QString(), QString(),
                             QString(), QString(), csv::quoteForSpreadsheet(x.states.join(QLatin1String("; "))), QString::number(x.usage->dsrId),
                             QString::number(x.usage->usages), QString::fromStdString(x.usage->revenue.toString()), x.usage->currency}
                     .join(QLatin1Char(','));
    csv.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (!csv.commit()) {
        error = tr("Cannot write %1: %2").arg(csv.fileName(), csv.errorString());
        return false;
    }

    QPdfWriter writer(pdfPath);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(150);
    writer.setTitle(tr("Case file %1").arg(data.track.isrc));
    writer.setCreator(QStringLiteral("Royalty Desk"));
    QPainter p;
    if (!p.begin(&writer)) {
        error = tr("Cannot write %1").arg(pdfPath);
        return false;
    }
    QFont font = p.font();
    font.setPointSizeF(8.5);
    p.setFont(font);
    double y = 0;
    PdfTable table(p, writer, y);
    QFont title = font;
    title.setPointSizeF(14);
    title.setBold(true);
    p.setFont(title);
    p.drawText(QPointF(0, p.fontMetrics().ascent()), tr("Case file: %1 %2").arg(data.track.isrc, data.track.title));
    y += p.fontMetrics().height() * 1.4;
    p.setFont(font);
    p.drawText(QPointF(0, y + p.fontMetrics().ascent()),
               tr("%1 — claims as known on %2 — generated %3 by Royalty Desk")
                   .arg(data.track.artists, data.knownOn.toString(Qt::ISODate),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    y += p.fontMetrics().height() * 2;
    if (!timeline.isNull()) {
        const double w = writer.width();
        const double h = w * timeline.height() / timeline.width();
        p.drawImage(QRectF(0, y, w, h), timeline);
        y += h + p.fontMetrics().height();
    }
    const QList<double> claimWidths{0.16, 0.06, 0.06, 0.08, 0.08, 0.08, 0.08, 0.08, 0.32};
    table.heading(tr("Claims (%n)", nullptr, int(claims.size())));
    table.row({tr("Rights holder"), tr("Share"), tr("Territory"), tr("Type"), tr("Valid from"), tr("Valid to"), tr("Known from"),
               tr("Withdrawn"), tr("Source")},
              claimWidths, true);
    for (const Claim &c : claims)
        table.row({c.rightsHolder, QString::fromStdString(c.share.toString()) + QStringLiteral("%"), c.territory, c.rightType,
                   c.validFrom.toString(Qt::ISODate), c.validTo ? c.validTo->toString(Qt::ISODate) : tr("open"),
                   c.knownFrom.toString(Qt::ISODate), dateText(c.knownTo), ClaimsModel::sourceText(c)},
                  claimWidths);
    table.gap();
    const QList<double> eventWidths{0.15, 0.15, 0.15, 0.2};
    table.heading(tr("Licensing events (%n)", nullptr, int(data.events.size())));
    table.row({tr("Date"), tr("Territory"), tr("Type"), tr("Licensed share from then on")}, eventWidths, true);
    for (const LicensingEvent &e : data.events)
        table.row({e.date.toString(Qt::ISODate), e.territory, e.rightType, QString::fromStdString(e.share.toString()) + QStringLiteral("%")},
                  eventWidths);
    table.gap();
    const QList<double> usageWidths{0.08, 0.08, 0.18, 0.1, 0.16, 0.4};
    table.heading(tr("Usage in periods not fully licensed (%n)", nullptr, int(exposed.size())));
    table.row({tr("DSR"), tr("Territory"), tr("Period"), tr("Usages"), tr("Revenue"), tr("Licensing during the period")}, usageWidths, true);
    for (const Exposed &x : exposed)
        table.row({QString::number(x.usage->dsrId), x.usage->territory,
                   x.usage->periodStart.toString(Qt::ISODate) + QStringLiteral(" – ") + x.usage->periodEnd.toString(Qt::ISODate),
                   QString::number(x.usage->usages), QString::fromStdString(x.usage->revenue.toString()) + QLatin1Char(' ') + x.usage->currency,
                   x.states.join(QLatin1String("; "))},
                  usageWidths);
    p.end();
    return true;
}

} // namespace rd::ui
