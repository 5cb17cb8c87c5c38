// Residual package benchmark: two synthetic DSRs (GB, DE) of --rows rows each
// and 1M claims over their tracks; then the package workflow timed on the GB
// partition: build, export (zip with every source row and the statement PDF),
// verify, open for offline review, publish with a verified local copy, and a
// retention sweep that purges DE and retains GB. Prints ms, rows/s, MB/s and
// peak RSS.
#include "peakrss.h"
#include "syntheticdsr.h"

#include "copies/packagecopies.h"
#include "import/dsrimporter.h"
#include "licensing/claimscsv.h"
#include "licensing/claimstore.h"
#include "packages/packagearchive.h"
#include "packages/packagestore.h"
#include "packages/packagezip.h"
#include "packages/residualbuilder.h"
#include "pdf/statementpdf.h"
#include "retention/retentionsweep.h"
#include "index/trackindex.h"
#include "db/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTextStream>


namespace {

} // namespace

// Two synthetic DSRs (GB and DE, January 2020) of `rows` rows each, generated once and imported.
bool importMarkets(QTextStream &out, rd::Database &db, const QString &dir, std::uint64_t rows)
{
    QElapsedTimer t;
    for (const char *market : {"GB_GBP", "DE_EUR"}) {
        const QString dsr = dir + QStringLiteral("/Bench_Premium_%1_20200101-20200131.tsv.gz").arg(QLatin1String(market));
        rd::bench::SyntheticSpec spec;
        spec.rows = rows;
        spec.resources = std::max<std::uint64_t>(400'000, rows / 20);
        spec.gzipLevel = 1;
        spec.seed += market[0];
        if (!QFileInfo::exists(dsr) && !rd::bench::writeSyntheticDsr(spec, dsr, QString()))
            return false;
        t.start();
        const auto imported = rd::DsrImporter(db).importFile(dsr);
        if (!imported.ok()) {
            out << imported.error << Qt::endl;
            return false;
        }
        out << market << ": " << imported.totals.rows << " rows imported in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    return true;
}

// Claims over the DSRs' tracks: holders, overlaps, WW and territory claims.
bool importClaims(rd::Database &db, const QString &dir, int count)
{
    const auto known = rd::TrackIndex(db).isrcs(200000);
    if (!known || known->isEmpty())
        return false;
    const std::vector<QString> isrcs(known->cbegin(), known->cend());
    const QString csv = dir + QLatin1String("/claims.csv");
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        QTextStream w(&file);
        w << "isrc,territory,rights_holder,share,valid_from\n";
        QRandomGenerator rng(11);
        const int claims = count;
        const char *territories[] = {"GB", "DE", "WW"};
        for (int i = 0; i < claims; ++i)
            w << isrcs[std::size_t(rng.bounded(int(isrcs.size())))] << ',' << territories[rng.bounded(3)] << ",Holder " << rng.bounded(2000) << ','
              << (5 * (1 + rng.bounded(10))) << ",2018-01-01\n";
    }
    const auto claims = rd::ClaimsCsv::read(csv, QDate(2018, 1, 1));
    if (!claims || !rd::ClaimStore(db).importFile(claims.value()))
        return false;

    return true;
}

// The GB package of January 2020 with a 2.5% fee and an advance.
qint64 createPackage(rd::Database &db)
{
    rd::PackageStore store(db);
    const qint64 id = store.create(QStringLiteral("bench GB"), {{QStringLiteral("GB")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();
    rd::Adjustment fee;
    fee.kind = rd::Adjustment::Kind::Percent;
    rd::Decimal::parse("-2.5", fee.value);
    fee.reason = QStringLiteral("administration fee");
    store.addAdjustment(id, fee);
    rd::Decimal advance;
    rd::Decimal::parse("1000", advance);
    store.addAdvance(id, rd::Advance{0, QStringLiteral("Holder 7"), advance, QStringLiteral("GBP")});

    return id;
}

// Build, export, verify, open for review, publish with its copy, and the retention sweep, each timed.
int measurePackageLife(QTextStream &out, rd::Database &db, qint64 id, std::uint64_t rows, const QString &dir)
{
    rd::PackageStore store(db);
    QElapsedTimer t;
    t.start();
    const auto version = rd::ResidualBuilder::build(db, id);
    if (!version) {
        out << version.error() << Qt::endl;
        return 1;
    }
    const qint64 buildMs = t.elapsed();
    const int lines = int(store.lines(id, version.value()).value().size());
    out << QStringLiteral("build            %1 ms (%2 lines from %3 rows), peak RSS %4 MB").arg(buildMs).arg(lines).arg(rows).arg(peakRssMb()) << Qt::endl;

    const QString zip = dir + QLatin1String("/package.zip");
    t.start();
    const rd::Status exported = rd::PackageZip::write(db, id, zip, &rd::ui::StatementPdf::render);
    if (!exported.ok()) {
        out << exported.error() << Qt::endl;
        return 1;
    }
    const qint64 exportMs = std::max<qint64>(1, t.elapsed());
    const double zipMb = double(QFileInfo(zip).size()) / 1e6;
    out << QStringLiteral("export           %1 ms, %2 source rows/s, zip %3 MB, peak RSS %4 MB")
               .arg(exportMs).arg(qint64(double(rows) * 1000 / double(exportMs))).arg(zipMb, 0, 'f', 1).arg(peakRssMb())
        << Qt::endl;

    t.start();
    const auto verification = rd::PackageZip::verify(zip);
    const qint64 verifyMs = std::max<qint64>(1, t.elapsed());
    out << QStringLiteral("verify           %1 ms (%2 MB/s of zip), %3, peak RSS %4 MB")
               .arg(verifyMs).arg(zipMb * 1000 / double(verifyMs), 0, 'f', 1).arg(verification.ok ? QStringLiteral("ok") : verification.errors.join(QStringLiteral("; ")))
               .arg(peakRssMb())
        << Qt::endl;

    t.start();
    const rd::PackageArchive archive = rd::PackageArchive::open(zip);
    out << QStringLiteral("review open      %1 ms (%2 lines, %3 of %4 source rows loaded), peak RSS %5 MB")
               .arg(t.elapsed()).arg(archive.lines.rowCount()).arg(archive.sourceRows.rowCount()).arg(archive.sourceRowsTotal).arg(peakRssMb())
        << Qt::endl;

    t.start();
    const rd::Status published = rd::PackageCopies(db, &rd::ui::StatementPdf::render).publish(id);
    out << QStringLiteral("publish + copy   %1 ms (export, local copy, read back, SHA-256) %2")
               .arg(t.elapsed()).arg(published.ok() ? QStringLiteral("ok") : published.error())
        << Qt::endl;

    t.start();
    const auto swept = rd::RetentionSweep::run(db, QDate::currentDate().addDays(365), false);
    if (!swept) {
        out << swept.error() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("retention sweep  %1 ms (%2 DSR purged, %3 retained), peak RSS %4 MB")
               .arg(t.elapsed()).arg(swept->purged.size()).arg(swept->retained.size()).arg(peakRssMb())
        << Qt::endl;
    return 0;
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv); // the statement PDF is painted offscreen
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Royalty Desk residual package benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Usage rows per DSR."), QStringLiteral("N"), QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("claims"), QStringLiteral("Claims."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Working folder."), QStringLiteral("DIR"), QDir::currentPath() + QLatin1String("/bench-packages")});
    parser.addOption({QStringLiteral("review"), QStringLiteral("Only time opening this zip for offline review."), QStringLiteral("ZIP")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("review"))) {
        QElapsedTimer t;
        t.start();
        const rd::PackageArchive archive = rd::PackageArchive::open(parser.value(QStringLiteral("review")));
        out << QStringLiteral("review open      %1 ms (%2 lines, %3 of %4 source rows loaded), %5, peak RSS %6 MB")
                   .arg(t.elapsed()).arg(archive.lines.rowCount()).arg(archive.sourceRows.rowCount()).arg(archive.sourceRowsTotal)
                   .arg(archive.verification.ok ? QStringLiteral("verified") : archive.verification.errors.join(QStringLiteral("; ")))
                   .arg(peakRssMb())
            << Qt::endl;
        return 0;
    }
    const QString dir = parser.value(QStringLiteral("dir"));
    QDir().mkpath(dir);
    const std::uint64_t rows = parser.value(QStringLiteral("rows")).toULongLong();

    const QString dbPath = dir + QLatin1String("/packages.sqlite");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(dbPath + QLatin1String(suffix));
    QDir(dir + QLatin1String("/archive")).removeRecursively();
    auto opened = rd::Database::open(dbPath);
    if (!opened)
        return 1;
    rd::Database &db = *opened.value();
    if (!importMarkets(out, db, dir, rows))
        return 1;
    if (!importClaims(db, dir, parser.value(QStringLiteral("claims")).toInt()))
        return 1;
    const qint64 id = createPackage(db);
    return measurePackageLife(out, db, id, rows, dir);
}
