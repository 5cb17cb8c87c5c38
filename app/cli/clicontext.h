#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace rd {
class Database;
}

namespace rd::cli {

// What every command gets: its own arguments, the open store and the streams.
struct CliContext
{
    QStringList arguments; // after the command name
    std::shared_ptr<Database> database;
    QTextStream &out;
    QTextStream &err;
};

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

int runImport(CliContext &context);
int runList(CliContext &context);
int runShow(CliContext &context);
int runDelete(CliContext &context);
int runRates(CliContext &context);
int runBaseCurrency(CliContext &context);
int runTotals(CliContext &context);
int runPercentile(CliContext &context);
int runRights(CliContext &context);
int runLicensed(CliContext &context);
int runTimeline(CliContext &context);
int runOverclaims(CliContext &context);
int runExposure(CliContext &context);
int runPackage(CliContext &context);
int runRetention(CliContext &context);
int runLimits(CliContext &context);
int runTargets(CliContext &context);
int runStatus(CliContext &context);
int runRemit(CliContext &context);

} // namespace rd::cli
