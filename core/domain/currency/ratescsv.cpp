#include "ratescsv.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

namespace rd {
namespace {

constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
constexpr qsizetype kMaxLineBytes = 1024;

} // namespace

Expected<RatesFile> RatesCsv::read(const QString &path, const QString &base)
{
    using Result = Expected<RatesFile>;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(tr("%1: cannot open: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return Result::failure(tr("%1: larger than %2 MB; not an exchange-rate table").arg(name).arg(kMaxFileBytes >> 20));

    RatesFile contents;
    QList<StoredRate> &rates = contents.rates;
    QHash<QString, QString> seen; // currency|date → rate, to catch contradictions
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        QByteArray raw = file.readLine(kMaxLineBytes + 2);
        ++lineNumber;
        auto fail = [&](const QString &field, const QString &message) {
            return Result::failure(tr("%1:%2: %3: %4").arg(name).arg(lineNumber).arg(field, message));
        };
        if (raw.size() > kMaxLineBytes && !raw.endsWith('\n'))
            return fail(tr("line"), tr("longer than %1 bytes").arg(kMaxLineBytes));
        if (lineNumber == 1 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        if (raw.trimmed().isEmpty())
            continue;
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString line = utf8.decode(raw);
        if (utf8.hasError())
            return fail(tr("line"), tr("not valid UTF-8"));
        const QStringList fields = line.split(QLatin1Char(','));
        if (lineNumber == 1 && fields.size() == 3 && fields[0].trimmed().compare(QLatin1String("date"), Qt::CaseInsensitive) == 0)
            continue; // header
        if (fields.size() != 3)
            return fail(tr("line"), tr("expected 3 fields (date,currency,rate), found %1").arg(fields.size()));

        StoredRate rate;
        rate.date = QDate::fromString(fields[0].trimmed(), Qt::ISODate);
        if (!rate.date.isValid() || fields[0].trimmed().size() != 10)
            return fail(QStringLiteral("date"), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(fields[0].trimmed()));
        rate.currency = fields[1].trimmed().toUpper();
        rate.rate = fields[2].trimmed();
        rate.source = name;
        if (ExchangeRates::isBaseAtOne(base, rate)) {
            ++contents.baseCurrencyLines;
            continue;
        }
        if (const auto problem = ExchangeRates::validate(base, rate))
            return fail(problem->field, problem->message);
        const QString key = rate.currency + QLatin1Char('|') + rate.date.toString(Qt::ISODate);
        Decimal value;
        Decimal::parse(rate.rate.toStdString(), value);
        rate.rate = QString::fromStdString(value.toString());
        if (const auto earlier = seen.constFind(key); earlier != seen.constEnd() && *earlier != rate.rate)
            return fail(QStringLiteral("rate"), tr("%1 on %2 was already quoted as %3 earlier in the file")
                                                    .arg(rate.currency, rate.date.toString(Qt::ISODate), *earlier));
        seen.insert(key, rate.rate);
        rates << rate;
    }
    if (rates.isEmpty())
        return Result::failure(tr("%1: no exchange rates found").arg(name));
    return contents;
}

} // namespace rd
