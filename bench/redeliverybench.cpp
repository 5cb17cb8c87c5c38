// Re-delivery benchmark: a synthetic DSR of N rows (10M by default) and a
// re-delivery of it with 1% of its rows changed (usages changed, rows deleted,
// rows added). Times a fresh import of the re-delivery (the reference), then,
// on a database holding the first delivery, the diff alone (import --dry-run)
// and the diff applied (import --replace), with the rows each wrote.
#include "peakrss.h"
#include "syntheticdsr.h"

#include "import/dsrimporter.h"
#include "db/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <zlib.h>

#include <memory>
#include <string>

namespace {

// Copies the delivery with every `every`-th data row edited: cycling through
// a changed usage count, a deleted row and a row added after it.
bool writeRedelivery(const QString &from, const QString &to, int every, qint64 &edits)
{
    gzFile in = gzopen(QFile::encodeName(from).constData(), "rb");
    gzFile out = gzopen(QFile::encodeName(to).constData(), "wb1");
    if (!in || !out)
        return false;
    gzbuffer(in, 1 << 20);
    gzbuffer(out, 1 << 20);
    std::vector<char> line(1 << 20);
    qint64 row = 0;
    edits = 0;
    while (gzgets(in, line.data(), int(line.size()))) {
        std::string text(line.data());
        if (row++ > 0 && row % every == 0) {
            ++edits;
            switch ((row / every) % 3) {
            case 0: { // usages + 1 (the fifth column)
                std::size_t tab = 0;
                for (int i = 0; i < 4 && tab != std::string::npos; ++i)
                    tab = text.find('\t', tab + 1);
                if (tab != std::string::npos)
                    text.insert(tab + 1, "1");
                break;
            }
            case 1: text.clear(); break; // deleted
            case 2: text += "BenchNewRow" + std::to_string(row) + "\tAdded\tSomeone\t\t1\t0.01\r\n"; break;
            }
        }
        gzputs(out, text.c_str());
    }
    return gzclose(in) == Z_OK && gzclose(out) == Z_OK;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Royalty Desk re-delivery benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows in the DSR."), QStringLiteral("N"), QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("resources"), QStringLiteral("Distinct resources."), QStringLiteral("N"), QStringLiteral("2000000")});
    parser.addOption({QStringLiteral("every"), QStringLiteral("Edit one data row in N (100: 1%)."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Working folder."), QStringLiteral("DIR"),
                      QDir::currentPath() + QLatin1String("/bench-redelivery")});
    parser.process(app);
    rd::bench::SyntheticSpec spec;
    spec.rows = parser.value(QStringLiteral("rows")).toULongLong();
    spec.resources = std::min<std::uint64_t>(spec.rows, parser.value(QStringLiteral("resources")).toULongLong());
    spec.gzipLevel = 1;
    const int every = std::max(2, parser.value(QStringLiteral("every")).toInt());
    const QString dir = parser.value(QStringLiteral("dir"));
    const QString name = QStringLiteral("Bench_Premium_ES_EUR_20200101-20200131.tsv.gz");
    QDir().mkpath(dir + QLatin1String("/v1"));
    QDir().mkpath(dir + QLatin1String("/v2"));
    const QString v1 = dir + QLatin1String("/v1/") + name, v2 = dir + QLatin1String("/v2/") + name;
    qint64 edits = 0;
    if (!QFileInfo::exists(v1)) {
        out << "generating " << spec.rows << " rows…" << Qt::endl;
        if (!rd::bench::writeSyntheticDsr(spec, v1, QString()))
            return 1;
    }
    if (!writeRedelivery(v1, v2, every, edits))
        return 1;
    out << "re-delivery: " << edits << " of " << spec.rows << " rows edited (one in " << every << ")" << Qt::endl;

    auto openFresh = [&](const QString &file) {
        QFile::remove(file);
        QFile::remove(file + QLatin1String("-wal"));
        QFile::remove(file + QLatin1String("-shm"));
        return rd::Database::open(file);
    };
    auto seconds = [](const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e9; };

    // Reference: the re-delivery imported fresh.
    double freshSeconds = 0;
    {
        auto db = openFresh(dir + QLatin1String("/fresh.sqlite"));
        QElapsedTimer t;
        t.start();
        const auto r = rd::DsrImporter(*db.value()).importFile(v2);
        freshSeconds = seconds(t);
        if (!r.ok()) {
            out << r.error << Qt::endl;
            return 1;
        }
        out << QStringLiteral("fresh import of the re-delivery: %1 s (%2 rows/s), %3 rows written")
                   .arg(freshSeconds, 0, 'f', 2).arg(qRound64(r.rowsPerSecond())).arg(r.totals.rows) << Qt::endl;
    }
    auto db = openFresh(dir + QLatin1String("/redelivery.sqlite"));
    {
        const auto r = rd::DsrImporter(*db.value()).importFile(v1);
        if (!r.ok()) {
            out << r.error << Qt::endl;
            return 1;
        }
    }
    rd::ImportOptions dryRun;
    dryRun.dryRun = true;
    QElapsedTimer t;
    t.start();
    const auto reviewed = rd::DsrImporter(*db.value()).importFile(v2, dryRun);
    const double diffSeconds = seconds(t);
    if (reviewed.outcome != rd::ImportResult::Outcome::DryRun || !reviewed.diff) {
        out << reviewed.error << Qt::endl;
        return 1;
    }
    const rd::DiffSummary &d = *reviewed.diff;
    out << QStringLiteral("diff (dry run): %1 s — created %2, updated %3, deleted %4, unchanged %5  (target: <= fresh import, %6)")
               .arg(diffSeconds, 0, 'f', 2).arg(d.created).arg(d.updated).arg(d.deleted).arg(d.unchanged)
               .arg(diffSeconds <= freshSeconds ? QStringLiteral("PASS") : QStringLiteral("FAIL")) << Qt::endl;
    rd::ImportOptions replace;
    replace.replace = true;
    t.restart();
    const auto applied = rd::DsrImporter(*db.value()).importFile(v2, replace);
    const double applySeconds = seconds(t);
    if (!applied.ok()) {
        out << applied.error << Qt::endl;
        return 1;
    }
    out << QStringLiteral("diff applied (--replace): %1 s, version %2; usage rows written or deleted: %3 of %4")
               .arg(applySeconds, 0, 'f', 2).arg(applied.version).arg(d.created + d.updated + d.deleted).arg(applied.totals.rows)
        << Qt::endl;
    out << "peak RSS: " << peakRssMb() << " MB" << Qt::endl;
    return 0;
}
