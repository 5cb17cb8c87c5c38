#include "dsrfilename.h"

#include "isocodes.h"

#include <QFileInfo>
#include <QStringList>

namespace rd {
namespace {

QDate parseCompactDate(const QString &text)
{
    if (text.size() != 8)
        return {};
    for (QChar c : text)
        if (!c.isDigit())
            return {};
    return QDate::fromString(text, QStringLiteral("yyyyMMdd"));
}

} // namespace

Expected<DsrFileName> DsrFileName::parse(const QString &fileName)
{
    const QString base = QFileInfo(fileName).fileName();
    DsrFileName result;
    QString stem;
    if (base.endsWith(QLatin1String(".tsv.gz"), Qt::CaseInsensitive)) {
        stem = base.chopped(7);
        result.gzip = true;
    } else if (base.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive)) {
        stem = base.chopped(4);
    } else {
        return Expected<DsrFileName>::failure(
            tr("%1: the file name must end in .tsv or .tsv.gz").arg(base));
    }

    const QStringList parts = stem.split(QLatin1Char('_'));
    const QString expected = tr("expected <Dsp>_<Offer>[_<Society>]_<Territory>_<Currency>_<YYYYMMDD>-<YYYYMMDD>");
    if (parts.size() < 5 || parts.size() > 6 || parts.contains(QString()))
        return Expected<DsrFileName>::failure(tr("%1: the file name does not parse (%2)").arg(base, expected));

    // From the right: period, currency, territory; what is left is Dsp, Offer and an optional Society.
    const QString &period = parts.at(parts.size() - 1);
    const QStringList dates = period.split(QLatin1Char('-'));
    if (dates.size() != 2)
        return Expected<DsrFileName>::failure(
            tr("%1: the period \"%2\" is not <YYYYMMDD>-<YYYYMMDD>").arg(base, period));
    result.periodStart = parseCompactDate(dates.at(0));
    result.periodEnd = parseCompactDate(dates.at(1));
    if (!result.periodStart.isValid() || !result.periodEnd.isValid())
        return Expected<DsrFileName>::failure(
            tr("%1: the period \"%2\" does not hold two valid dates").arg(base, period));
    if (result.periodEnd < result.periodStart)
        return Expected<DsrFileName>::failure(
            tr("%1: the period \"%2\" ends before it starts").arg(base, period));

    result.currency = parts.at(parts.size() - 2);
    if (!iso::isCurrency(result.currency))
        return Expected<DsrFileName>::failure(
            tr("%1: \"%2\" is not an ISO 4217 currency code").arg(base, result.currency));
    result.territory = parts.at(parts.size() - 3);
    if (!iso::isTerritory(result.territory))
        return Expected<DsrFileName>::failure(
            tr("%1: \"%2\" is not an ISO 3166-1 alpha-2 territory code").arg(base, result.territory));

    result.dsp = parts.at(0);
    result.offer = parts.at(1);
    if (parts.size() == 6)
        result.society = parts.at(2);
    return result;
}

bool DsrFileName::sameMetadata(const DsrFileName &other) const
{
    return dsp == other.dsp && offer == other.offer && society == other.society && territory == other.territory
        && currency == other.currency && periodStart == other.periodStart && periodEnd == other.periodEnd;
}

} // namespace rd
