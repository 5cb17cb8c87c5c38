#include "amounttext.h"

#include "money/decimalsum.h"

namespace rd {

QString formatAmount(const QString &exactDecimal, int decimals, const QLocale &locale)
{
    const auto value = DecimalSum::fromString(exactDecimal.toStdString());
    if (!value)
        return exactDecimal;
    const QString rounded = QString::fromStdString(value->toString(decimals));
    const bool negative = rounded.startsWith(QLatin1Char('-'));
    const QString digits = negative ? rounded.mid(1) : rounded;
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    const QString integer = point < 0 ? digits : digits.left(point);
    QString grouped;
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0 && !(locale.numberOptions() & QLocale::OmitGroupSeparator))
            grouped += locale.groupSeparator();
        grouped += integer.at(i);
    }
    QString out = negative ? locale.negativeSign() + grouped : grouped;
    if (point >= 0)
        out += locale.decimalPoint() + digits.mid(point + 1);
    return out;
}

QString formatSum(const DecimalSum &sum, int decimals, const QLocale &locale)
{
    return formatAmount(QString::fromStdString(sum.toString()), decimals, locale);
}

QString formatCount(qint64 count, const QLocale &locale)
{
    return locale.toString(count);
}

QString formatMoney(const QString &exactDecimal, const QString &currency, int decimals, const QLocale &locale)
{
    return currency.isEmpty() ? formatAmount(exactDecimal, decimals, locale)
                              : formatAmount(exactDecimal, decimals, locale) + QChar(0x00a0) + currency;
}

} // namespace rd
