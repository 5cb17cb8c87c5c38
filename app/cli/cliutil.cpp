#include "cliutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd::cli {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("rd::cli", text, disambiguation, n);
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// Parses the command's own options; on a usage error prints it and returns false.
bool parseCommand(CliContext &context, QCommandLineParser &parser, const QString &command, const char *usage,
                  int minPositional, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{command} + context.arguments)) {
        context.err << parser.errorText() << '\n';
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        context.err << tr("Usage: royaltydesk-cli %1").arg(QLatin1String(usage)) << '\n';
        return false;
    }
    return true;
}

int fail(CliContext &context, const QString &error)
{
    context.err << tr("error: %1").arg(error) << '\n';
    return Failure;
}

CliContext withArguments(const CliContext &context, const QStringList &args)
{
    CliContext sub = context;
    sub.arguments = args;
    return sub;
}

bool parseDate(CliContext &context, const QString &text, const QString &what, QDate &date)
{
    date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return true;
    context.err << tr("%1: \"%2\" is not a date (YYYY-MM-DD)").arg(what, text) << '\n';
    return false;
}

} // namespace rd::cli
