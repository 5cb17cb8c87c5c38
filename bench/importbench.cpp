// Import benchmark: Royalty Desk's import of a synthetic 10M-row gzip DSR
// against the sqlite3 shell's .import of the same rows uncompressed into a
// bare table, measured in the same run. Prints rows/s, the ratio and peak RSS.
#include "syntheticdsr.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

extern char **environ;

namespace {

struct RunStats
{
    double seconds = 0;
    long peakRssKb = 0;
    int exitCode = -1;
};

// Runs a program, feeding stdinPath and capturing stdout into stdoutPath;
// returns its wall time and peak RSS (from wait4, so only that process counts).
RunStats runMeasured(const QStringList &argv, const QString &stdinPath, const QString &stdoutPath)
{
    std::vector<QByteArray> storage;
    std::vector<char *> args;
    for (const QString &a : argv)
        storage.push_back(a.toLocal8Bit());
    for (auto &a : storage)
        args.push_back(a.data());
    args.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (!stdinPath.isEmpty())
        posix_spawn_file_actions_addopen(&actions, 0, QFile::encodeName(stdinPath).constData(), O_RDONLY, 0);
    if (!stdoutPath.isEmpty())
        posix_spawn_file_actions_addopen(&actions, 1, QFile::encodeName(stdoutPath).constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    RunStats stats;
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return stats;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    stats.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    stats.peakRssKb = usage.ru_maxrss;
    stats.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return stats;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

// The synthetic DSR, gzipped and plain, generated unless a previous run left it; false on a write error.
bool ensureSyntheticFiles(QTextStream &out, const rd::bench::SyntheticSpec &spec, const QString &gzipPath, const QString &plainPath)
{
    if (!QFileInfo::exists(gzipPath) || !QFileInfo::exists(plainPath)) {
        out << "generating " << spec.rows << " rows, " << spec.resources << " resources…" << Qt::endl;
        QElapsedTimer t;
        t.start();
        if (!rd::bench::writeSyntheticDsr(spec, gzipPath, plainPath)) {
            out << "cannot write the synthetic DSR\n";
            return false;
        }
        out << "  generated in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    const double gzipMb = QFileInfo(gzipPath).size() / 1e6, plainMb = QFileInfo(plainPath).size() / 1e6;
    out << "synthetic DSR: " << spec.rows << " rows, " << spec.resources << " resources\n"
        << "  " << gzipPath << "  " << QString::number(gzipMb, 'f', 1) << " MB gzip, "
        << QString::number(plainMb, 'f', 1) << " MB uncompressed" << Qt::endl;

    return true;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Royalty Desk import benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows in the synthetic DSR."), QStringLiteral("N"), QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("resources"), QStringLiteral("Distinct resources."), QStringLiteral("N"), QStringLiteral("2000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Working folder (keeps the generated files)."), QStringLiteral("DIR"),
                      QDir::currentPath() + QLatin1String("/bench-data")});
    parser.addOption({QStringLiteral("cli"), QStringLiteral("The royaltydesk-cli to measure."), QStringLiteral("PATH"),
                      QStringLiteral(RD_CLI_PATH)});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Rounds of both measurements; medians are compared."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);

    rd::bench::SyntheticSpec spec;
    spec.rows = parser.value(QStringLiteral("rows")).toULongLong();
    spec.resources = std::min<std::uint64_t>(spec.rows, parser.value(QStringLiteral("resources")).toULongLong());
    const QString dir = parser.value(QStringLiteral("dir"));
    QDir().mkpath(dir);
    // The file name must parse as a DSR name: the row/resource counts go in a folder-safe suffix.
    const QString gzipPath = QStringLiteral("%1/%2r%3u/Bench_Synthetic_GB_GBP_20200101-20200131.tsv.gz")
                                 .arg(dir).arg(spec.rows).arg(spec.resources);
    const QString plainPath = QString(gzipPath).chopped(3);
    QDir().mkpath(QFileInfo(gzipPath).absolutePath());

    if (!ensureSyntheticFiles(out, spec, gzipPath, plainPath))
        return 1;
    // Baseline: sqlite3 .import of the uncompressed file into a bare table.
    const QString baselineDb = dir + QLatin1String("/baseline.sqlite");
    const QString script = dir + QLatin1String("/baseline.sql");
    {
        QFile f(script);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral(".mode tabs\n.import '%1' usage\n").arg(plainPath).toUtf8());
    }
    // Royalty Desk: the real CLI, gzip input, fresh database.
    const QString ourDb = dir + QLatin1String("/royaltydesk.sqlite");
    const QString ourOutput = dir + QLatin1String("/import.json");

    // This machine is shared: single runs of either side vary by ±15%, so the
    // rounds alternate the two and the medians are compared.
    const int rounds = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    std::vector<RunStats> baselines, ourRuns;
    QJsonObject result;
    const double rows = static_cast<double>(spec.rows);
    for (int round = 1; round <= rounds; ++round) {
        removeDatabase(baselineDb);
        baselines.push_back(runMeasured({QStringLiteral("sqlite3"), baselineDb}, script, QString()));
        removeDatabase(baselineDb);
        removeDatabase(ourDb);
        ourRuns.push_back(runMeasured({parser.value(QStringLiteral("cli")), QStringLiteral("--db"), ourDb,
                                       QStringLiteral("import"), QStringLiteral("--json"), gzipPath},
                                      QString(), ourOutput));
        QFile outputFile(ourOutput);
        outputFile.open(QIODevice::ReadOnly);
        result = QJsonDocument::fromJson(outputFile.readAll()).array().at(0).toObject();
        removeDatabase(ourDb);
        const RunStats &b = baselines.back(), &o = ourRuns.back();
        out << "round " << round << ": sqlite3 " << QString::number(b.seconds, 'f', 2) << " s (exit " << b.exitCode
            << "), royaltydesk " << QString::number(o.seconds, 'f', 2) << " s (exit " << o.exitCode << "), ratio "
            << QString::number(b.seconds / o.seconds, 'f', 2) << "x" << Qt::endl;
    }
    auto median = [](std::vector<RunStats> runs) {
        std::sort(runs.begin(), runs.end(), [](const RunStats &a, const RunStats &b) { return a.seconds < b.seconds; });
        return runs[runs.size() / 2];
    };
    const RunStats baseline = median(baselines), ours = median(ourRuns);
    long peakRssKb = 0;
    bool allSucceeded = true;
    for (const RunStats &run : ourRuns) {
        peakRssKb = std::max(peakRssKb, run.peakRssKb);
        allSucceeded = allSucceeded && run.exitCode == 0;
    }

    const double baselineRate = rows / baseline.seconds, ourRate = rows / ours.seconds;
    const double ratio = ourRate / baselineRate;
    out << "median of " << rounds << " rounds:\n"
        << "sqlite3 .import (plain):   " << QString::number(baseline.seconds, 'f', 2) << " s  "
        << qRound64(baselineRate) << " rows/s  peak RSS " << baseline.peakRssKb / 1024 << " MB\n"
        << "royaltydesk import (gzip): " << QString::number(ours.seconds, 'f', 2) << " s  " << qRound64(ourRate)
        << " rows/s  peak RSS " << peakRssKb / 1024 << " MB (highest of all rounds)\n"
        << "  imported rows " << result.value(QStringLiteral("rows")).toInteger() << ", revenue "
        << result.value(QStringLiteral("revenue")).toString() << ", warnings "
        << result.value(QStringLiteral("warnings")).toInteger() << "\n"
        << "ratio: " << QString::number(ratio, 'f', 2) << "x  (target >= 1.5x)  "
        << (ratio >= 1.5 ? "PASS" : "FAIL") << "\n"
        << "peak RSS: " << peakRssKb / 1024 << " MB  (target <= 256 MB)  "
        << (peakRssKb <= 256 * 1024 ? "PASS" : "FAIL") << Qt::endl;
    return allSucceeded ? 0 : 1;
}
