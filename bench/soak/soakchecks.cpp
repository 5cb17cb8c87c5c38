#include "soakchecks.h"

#include "loopbackmarketplace.h"
#include "soakworkers.h"

#include "money/decimalsum.h"
#include "remit/remittancemonitor.h"
#include "db/database.h"
#include "storage/dsrrepository.h"

#include <QSet>

#include <limits>

namespace {

bool report(QTextStream &out, bool ok, const QString &what)
{
    out << (ok ? "  ok    " : "  FAIL  ") << what << '\n';
    return ok;
}

bool checkDsrs(SoakContext &context, rd::Database &db, QTextStream &out)
{
    const auto dsrs = rd::DsrRepository(db).list();
    if (!dsrs)
        return report(out, false, QStringLiteral("cannot list the DSRs: ") + dsrs.error());
    const std::map<qint64, qint64> expected = context.ledger.expectedCents();
    const std::map<qint64, SoakLedger::Report> reports = context.ledger.reports();
    int ingested = 0, mismatched = 0, unknown = 0, twice = 0;
    rd::DecimalSum bookTotal, acceptedTotal;
    QSet<QString> liveIdentities;
    for (const rd::DsrRecord &dsr : *dsrs) {
        if (dsr.status != rd::DsrRecord::Status::Ingested)
            continue;
        ++ingested;
        bookTotal.add(*rd::DecimalSum::fromString(dsr.revenue.toStdString()));
        const auto want = expected.find(dsr.id);
        if (want == expected.end()) {
            ++unknown;
            out << "        DSR " << dsr.id << " is ingested but no process reported importing it\n";
            continue;
        }
        acceptedTotal.add(*rd::DecimalSum::fromString(centsText(want->second).toStdString()));
        if (dsr.revenue != centsText(want->second)) {
            ++mismatched;
            out << "        DSR " << dsr.id << " holds " << dsr.revenue << ", its last accepted file " << centsText(want->second) << '\n';
        }
        if (dsr.retention != QLatin1String("purged")) {
            const QString identity = reports.at(dsr.id).identity();
            twice += liveIdentities.contains(identity);
            liveIdentities.insert(identity);
        }
    }
    bool ok = report(out, mismatched == 0 && unknown == 0 && int(expected.size()) == ingested,
                     QStringLiteral("ingested totals equal the accepted files exactly: %1 DSRs, %2 in the book, %3 accepted")
                         .arg(ingested).arg(QString::fromStdString(bookTotal.toString()), QString::fromStdString(acceptedTotal.toString())));
    ok &= report(out, twice == 0, QStringLiteral("no report counted twice (%1 live reports, %2 counted twice)").arg(liveIdentities.size()).arg(twice));
    return ok;
}

bool checkRemittances(SoakContext &context, rd::Database &db, const LoopbackMarketplace &marketplace, QTextStream &out)
{
    rd::RemittanceFilter all;
    all.limit = std::numeric_limits<int>::max();
    const auto rows = rd::RemittanceMonitor(db).list(all);
    if (!rows)
        return report(out, false, QStringLiteral("cannot list the remittances: ") + rows.error());
    const auto accepted = marketplace.accepted();
    int unsettled = 0, notOnce = 0, wrongValue = 0;
    rd::DecimalSum sent;
    for (const rd::RemittanceRow &row : *rows) {
        if (row.status != QLatin1String("succeeded")) {
            ++unsettled;
            out << "        remittance " << row.id << " is " << row.status << ' ' << row.errorCode << '\n';
        }
        const auto hit = accepted.find(row.idempotencyKey);
        if (hit == accepted.end() || hit->second.times != 1) {
            ++notOnce;
            out << "        key " << row.idempotencyKey << " accepted " << (hit == accepted.end() ? 0 : hit->second.times) << " times\n";
        } else if (hit->second.value != row.value) {
            ++wrongValue;
            out << "        key " << row.idempotencyKey << " accepted with " << hit->second.value << ", the book says " << row.value << '\n';
        } else {
            sent.add(*rd::DecimalSum::fromString(row.value.toStdString()));
        }
    }
    const QString usage = centsText(context.ledger.usageCents());
    const QString sentText = QString::fromStdString(sent.toString());
    bool ok = report(out, unsettled == 0, QStringLiteral("every remittance succeeded (%1 remittances)").arg(rows->size()));
    ok &= report(out, notOnce == 0 && wrongValue == 0 && int(accepted.size()) == rows->size(),
                 QStringLiteral("every key accepted exactly once, with its value (%1 keys at the marketplace)").arg(accepted.size()));
    ok &= report(out, sentText == usage, QStringLiteral("accepted values add up to the usage ingested: %1 sent, %2 ingested").arg(sentText, usage));
    return ok;
}

bool checkPackages(SoakContext &context, QTextStream &out)
{
    const QStringList packages = context.ledger.publishedPackages();
    int verified = 0;
    for (const QString &id : packages) {
        const QString zip = context.folder + QStringLiteral("/package-%1.zip").arg(id);
        const CliResult exported = runCli(context.database, {QStringLiteral("package"), QStringLiteral("export"), id, zip});
        const CliResult checked = runCli(context.database, {QStringLiteral("package"), QStringLiteral("verify"), zip});
        if (exported.exitCode == 0 && checked.exitCode == 0)
            ++verified;
        else
            out << "        package " << id << ": " << exported.err << checked.out << checked.err << '\n';
    }
    return report(out, verified == packages.size(), QStringLiteral("every published package verifies (%1 of %2)").arg(verified).arg(packages.size()));
}

} // namespace

bool checkTheBook(SoakContext &context, const LoopbackMarketplace &marketplace, QTextStream &out)
{
    out << "checks:\n";
    auto opened = rd::Database::open(context.database);
    if (!opened)
        return report(out, false, QStringLiteral("cannot open the database: ") + opened.error());
    rd::Database &db = *opened.value();
    bool ok = checkDsrs(context, db, out);
    ok &= checkRemittances(context, db, marketplace, out);
    ok &= checkPackages(context, out);
    const auto integrity = db.integrityCheck();
    ok &= report(out, integrity && *integrity == QLatin1String("ok"),
                 QStringLiteral("SQLite integrity check: ") + (integrity ? *integrity : integrity.error()));
    const QStringList failures = context.ledger.unexpectedFailures();
    for (const QString &failure : failures)
        out << "        " << failure << '\n';
    ok &= report(out, failures.isEmpty(), QStringLiteral("no unexplained process failure (%1)").arg(failures.size()));
    out.flush();
    return ok;
}
