#include "csvrecords.h"

#include "money/decimal.h"

namespace rd::csv {

std::optional<QStringList> readRecord(QStringView text, qsizetype &pos, bool trimUnquoted)
{
    QStringList fields;
    QString field;
    bool quoted = false, wasQuoted = false;
    auto finish = [&] {
        fields << (wasQuoted || !trimUnquoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    for (; pos < text.size(); ++pos) {
        const QChar c = text[pos];
        if (quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (pos + 1 < text.size() && text[pos + 1] == QLatin1Char('"'))
                field += text[++pos];
            else
                quoted = false;
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            field.clear();
        } else if (c == QLatin1Char(',')) {
            finish();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && pos + 1 < text.size() && text[pos + 1] == QLatin1Char('\n'))
                ++pos;
            ++pos;
            break;
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    finish();
    return fields;
}

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty() || !QStringView(u"=+-@\t\r").contains(text.front()))
        return false;
    if (text == QLatin1String("-") || text == QLatin1String("+")) // a lone sign is a placeholder, not a formula
        return false;
    const QByteArray utf8 = text.toUtf8();
    Decimal number;
    const auto parsed = Decimal::parse(std::string_view(utf8.constData(), std::size_t(utf8.size())), number);
    return parsed != Decimal::ParseResult::Exact && parsed != Decimal::ParseResult::Rounded && parsed != Decimal::ParseResult::OutOfRange;
}

QString neutralized(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString quoteForSpreadsheet(const QString &field)
{
    return quote(neutralized(field));
}

QString quote(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    return QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace rd::csv
