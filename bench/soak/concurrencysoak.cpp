// The concurrency soak: for a set time, royaltydesk-cli processes import,
// re-deliver, sweep retention, build and publish packages, ingest usage and
// send remittances to a loopback marketplace that fails at random, all on one
// database, while reader threads run the dashboard and the remittance monitor
// on their own connections. Then it checks that the book adds up exactly.
//
//   royaltydesk-bench-concurrency [--seconds N] [--dir DIR] [--failure-rate R]
#include "loopbackmarketplace.h"
#include "soakchecks.h"
#include "soakworkers.h"

#include "../peakrss.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>
#include <thread>
#include <vector>

namespace {

bool prepare(SoakContext &context, quint16 port, QTextStream &out)
{
    const QList<QStringList> setup = {
        {QStringLiteral("retention"), QStringLiteral("window"), QStringLiteral("1")},
        {QStringLiteral("remit"), QStringLiteral("marketplace"), QStringLiteral("add"), QStringLiteral("soak"), QStringLiteral("--url"),
         QStringLiteral("http://127.0.0.1:%1/").arg(port), QStringLiteral("--window-hours"), QStringLiteral("6"),
         QStringLiteral("--max-attempts"), QStringLiteral("40"), QStringLiteral("--backoff-ms"), QStringLiteral("20")},
    };
    for (const QStringList &arguments : setup) {
        const CliResult run = runCli(context.database, arguments);
        if (run.exitCode != 0) {
            out << "setup failed: " << arguments.join(QLatin1Char(' ')) << ": " << run.err << Qt::endl;
            return false;
        }
    }
    return true;
}

void printCounts(QTextStream &out, const char *title, const std::map<QString, int> &counts)
{
    out << title << '\n';
    for (const auto &[kind, count] : counts)
        out << "  " << kind << ": " << count << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long the workers run."), QStringLiteral("N"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where the database and files go (default: a temporary folder)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("failure-rate"), QStringLiteral("Share of marketplace requests answered 500/503."), QStringLiteral("R"),
                      QStringLiteral("0.3")});
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir temporary;
    SoakContext context;
    context.folder = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    context.database = context.folder + QStringLiteral("/soak.sqlite");
    LoopbackMarketplace marketplace(parser.value(QStringLiteral("failure-rate")).toDouble());
    if (!prepare(context, marketplace.startListening(), out))
        return 1;

    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    out << "soak: " << seconds << " s on " << context.database << Qt::endl;
    QElapsedTimer wall;
    wall.start();
    context.deadline = QDeadlineTimer(qint64(seconds) * 1000);
    std::vector<std::thread> workers;
    const std::vector<std::function<void()>> jobs = {
        [&] { importWorker(context, true); },  [&] { importWorker(context, false); }, [&] { redeliveryWorker(context); },
        [&] { retentionWorker(context); },     [&] { packageWorker(context); },       [&] { usageWorker(context); },
        [&] { senderWorker(context); },        [&] { readerWorker(context); },        [&] { readerWorker(context); },
    };
    for (const auto &job : jobs)
        workers.emplace_back(job);
    for (std::thread &worker : workers)
        worker.join();
    const qint64 workMs = wall.elapsed();

    // What is still owed goes out now, through the same failing marketplace.
    const CliResult drain = runCli(context.database, {QStringLiteral("remit"), QStringLiteral("run"), QStringLiteral("--until-idle")});
    if (drain.exitCode != 0)
        context.ledger.unexpected(QStringLiteral("final remit run: ") + QString::fromUtf8(drain.err));

    printCounts(out, "operations done:", context.ledger.operations());
    printCounts(out, "conflicts refused (another process got there first):", context.ledger.refusals());
    out << "marketplace: " << marketplace.requests() << " requests, " << marketplace.failuresAnswered()
        << " answered 500/503 (each one a retry)\n"
        << "readers: " << context.ledger.readerQueries() << " queries, worst latency " << context.ledger.worstReaderLatencyMs() << " ms\n"
        << "workers ran " << workMs << " ms; peak RSS of the soak process " << peakRssMb() << " MB" << Qt::endl;

    const bool passed = checkTheBook(context, marketplace, out);
    out << (passed ? "SOAK PASSED" : "SOAK FAILED") << Qt::endl;
    return passed ? 0 : 1;
}
