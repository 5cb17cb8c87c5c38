#include "csvrecords.h"

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

QString quote(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    return QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace rd::csv
