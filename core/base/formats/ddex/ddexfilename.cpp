#include "ddexfilename.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace rd {

bool DdexFileName::looksLikeDdex(const QString &fileName)
{
    return QFileInfo(fileName).fileName().startsWith(QLatin1String("DSR_"));
}

std::optional<std::pair<QDate, QDate>> DdexFileName::parsePeriod(const QString &period)
{
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression half(QStringLiteral("^(\\d{4})-H([12])$"));
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression range(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})--(\\d{4}-\\d{2}-\\d{2})$"));
    auto months = [](int y, int firstMonth, int count) -> std::optional<std::pair<QDate, QDate>> {
        const QDate start(y, firstMonth, 1);
        if (!start.isValid())
            return std::nullopt;
        return std::make_pair(start, start.addMonths(count).addDays(-1));
    };
    QRegularExpressionMatch m;
    if ((m = year.match(period)).hasMatch())
        return months(m.captured(1).toInt(), 1, 12);
    if ((m = month.match(period)).hasMatch())
        return months(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if ((m = quarter.match(period)).hasMatch())
        return months(m.captured(1).toInt(), 3 * m.captured(2).toInt() - 2, 3);
    if ((m = half.match(period)).hasMatch())
        return months(m.captured(1).toInt(), 6 * m.captured(2).toInt() - 5, 6);
    if (day.match(period).hasMatch()) {
        const QDate d = QDate::fromString(period, Qt::ISODate);
        if (d.isValid())
            return std::make_pair(d, d);
        return std::nullopt;
    }
    if ((m = range.match(period)).hasMatch()) {
        const QDate a = QDate::fromString(m.captured(1), Qt::ISODate), b = QDate::fromString(m.captured(2), Qt::ISODate);
        if (a.isValid() && b.isValid() && a <= b)
            return std::make_pair(a, b);
    }
    return std::nullopt;
}

Expected<DdexFileName> DdexFileName::parse(const QString &fileName)
{
    using Result = Expected<DdexFileName>;
    const QString base = QFileInfo(fileName).fileName();
    const QString form = tr("expected DSR_<Recipient>_<Sender>_<Service>_<Period>_<Territory>_<x>of<y>_<Created>.tsv[.gz]");
    DdexFileName name;
    QString stem = base;
    if (stem.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive)) {
        stem.chop(3);
        name.gzip = true;
    }
    if (!stem.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive))
        return Result::failure(tr("%1: the file name must end in .tsv or .tsv.gz").arg(base));
    stem.chop(4);
    const QStringList parts = stem.split(QLatin1Char('_'));
    if (parts.size() != 8 || parts[0] != QLatin1String("DSR"))
        return Result::failure(tr("%1: not a DDEX DSR file name (%2)").arg(base, form));
    name.recipient = parts[1];
    name.sender = parts[2];
    name.service = parts[3];
    name.period = parts[4];
    name.territory = parts[5];
    if (name.recipient.isEmpty() || name.sender.isEmpty() || name.service.isEmpty())
        return Result::failure(tr("%1: the recipient, sender and service must not be empty (%2)").arg(base, form));
    const auto period = parsePeriod(name.period);
    if (!period)
        return Result::failure(tr("%1: \"%2\" is not a period (yyyy, yyyy-mm, yyyy-Qn, yyyy-Hn, yyyy-mm-dd or "
                                  "yyyy-mm-dd--yyyy-mm-dd)").arg(base, name.period));
    name.periodStart = period->first;
    name.periodEnd = period->second;
    static const QRegularExpression territory(QStringLiteral("^([A-Z]{2}|Worldwide|)$"));
    if (!territory.match(name.territory).hasMatch())
        return Result::failure(tr("%1: \"%2\" is not a territory code").arg(base, name.territory));
    static const QRegularExpression xOfY(QStringLiteral("^(\\d+)of(\\d+)$"));
    const auto m = xOfY.match(parts[6]);
    if (!m.hasMatch())
        return Result::failure(tr("%1: \"%2\" is not a file number like 1of3").arg(base, parts[6]));
    name.part = m.captured(1).toInt();
    name.parts = m.captured(2).toInt();
    if (name.part < 1 || name.parts < 1 || name.part > name.parts)
        return Result::failure(tr("%1: file %2 of %3 cannot exist").arg(base).arg(name.part).arg(name.parts));
    name.created = QDateTime::fromString(parts[7], QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!name.created.isValid())
        return Result::failure(tr("%1: \"%2\" is not a creation time like 20200703T075930").arg(base, parts[7]));
    name.created.setTimeSpec(Qt::UTC);
    return name;
}

QString DdexFileName::reportKey() const
{
    return QStringList{recipient, sender, service, period, territory, QString::number(parts),
                       created.toString(QStringLiteral("yyyyMMdd'T'HHmmss"))}
        .join(QLatin1Char('_'));
}

} // namespace rd
