#pragma once

#include "clicontext.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonValue>

namespace rd::cli {

// Translates in the CLI's context, "rd::cli".
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);
void printJson(QTextStream &out, const QJsonValue &value);
// Parses the command's own options; on a usage error prints it and returns false.
bool parseCommand(CliContext &context, QCommandLineParser &parser, const QString &command, const char *usage,
                  int minPositional, int maxPositional);

// Prints "error: …" and returns Failure.
int fail(CliContext &context, const QString &error);
// The context with a subcommand's own arguments.
CliContext withArguments(const CliContext &context, const QStringList &args);

// A YYYY-MM-DD date; on error prints what was wrong (what names the option) and returns false.
bool parseDate(CliContext &context, const QString &text, const QString &what, QDate &date);

} // namespace rd::cli
