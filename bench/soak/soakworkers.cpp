#include "soakworkers.h"

#include "analytics/analyticsengine.h"
#include "remit/remittancemonitor.h"
#include "db/database.h"

#include <QDateTime>
#include <QHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <memory>

namespace {

const char *const kTerritories[] = {"AT", "AU", "BE", "BR", "CA", "CH", "CL", "CO", "CZ", "DE", "DK", "ES", "FI", "FR",
                                    "GB", "GR", "HU", "IE", "IN", "IT", "JP", "KR", "MX", "NL", "NO", "NZ", "PE", "PL",
                                    "PT", "RO", "SE", "SG", "SK", "TR", "TW", "UA", "US", "UY", "ZA", "AR"};
constexpr int kTerritoryCount = int(std::size(kTerritories));
constexpr int kRowsPerReport = 2000;

struct WrittenReport
{
    QString path;
    qint64 cents = 0;
};

// One row per recording, the catalogue recurring from report to report; `salt`
// changes the amounts, so a second file of one report is a correction.
WrittenReport writeReport(SoakContext &context, const SoakLedger::Report &report, int salt)
{
    const QString folder = context.folder + QStringLiteral("/files/%1").arg(context.nextFile++);
    QDir().mkpath(folder);
    WrittenReport written;
    written.path = folder + QStringLiteral("/Spotify_SpotifyPremium_%1_EUR_%2-%3.tsv")
                                .arg(report.territory, QString(report.periodStart()).remove(QLatin1Char('-')),
                                     QString(report.periodEnd()).remove(QLatin1Char('-')));
    // The amounts differ from report to report too.
    const qint64 seed = qint64(qHash(report.identity()) % 100000) * 31 + salt * 104729;
    QByteArray text = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n";
    text.reserve(kRowsPerReport * 64);
    for (int i = 0; i < kRowsPerReport; ++i) {
        const qint64 cents = 1 + (qint64(i) * 7919 + seed) % 5000;
        written.cents += cents;
        // The first title names the report and the file, so no two files share a SHA-256.
        const QByteArray title = i == 0 ? QByteArray("Title 0 of " + written.path.toUtf8()) : QByteArray("Title " + QByteArray::number(i));
        text += "rec" + QByteArray::number(i) + '\t' + title + "\tArtist " + QByteArray::number(i % 97)
                + "\tGBSOK" + QByteArray::number(1000000 + i) + '\t' + QByteArray::number(1 + (i + salt) % 40) + '\t'
                + centsText(cents).toUtf8() + '\n';
    }
    QFile file(written.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        context.ledger.unexpected(QStringLiteral("cannot write %1").arg(written.path));
    return written;
}

SoakLedger::Report nextReport(SoakContext &context)
{
    const int n = context.nextReport++;
    return {QString::fromLatin1(kTerritories[n % kTerritoryCount]), n / kTerritoryCount};
}

QProcess *startCli(const QString &database, const QStringList &arguments)
{
    auto *process = new QProcess;
    process->start(QStringLiteral(RD_CLI_PATH), QStringList{QStringLiteral("--db"), database} + arguments);
    return process;
}

CliResult finish(QProcess *process, int timeoutMs)
{
    std::unique_ptr<QProcess> owned(process);
    CliResult result;
    if (!process->waitForFinished(timeoutMs)) {
        process->kill();
        process->waitForFinished();
        result.err = "timed out: " + process->readAllStandardError();
        return result;
    }
    result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    return result;
}

// Books what an import or re-delivery process reported: committed, refused for a reason the
// concurrency allows (another process got there first), or a failure the soak reports.
void classifyImport(SoakContext &context, const QString &kind, const CliResult &run, const SoakLedger::Report &report, qint64 cents)
{
    const QJsonObject result = QJsonDocument::fromJson(run.out).array().at(0).toObject();
    if (run.exitCode == 0 && result.value(QStringLiteral("outcome")).toString() == QLatin1String("imported")) {
        context.ledger.ingested(result.value(QStringLiteral("id")).toInteger(), report, cents);
        context.ledger.operation(kind);
        return;
    }
    const QString why = QString::fromUtf8(run.err + run.out);
    for (const char *allowed : {"the same report", "re-delivery of DSR", "while this re-delivery was diffed against",
                                "changed during the review"}) {
        if (why.contains(QLatin1String(allowed))) {
            context.ledger.refused(kind);
            return;
        }
    }
    context.ledger.unexpected(kind + QStringLiteral(" of %1 (exit %2): %3").arg(report.identity()).arg(run.exitCode).arg(why.trimmed()));
}

void pause(int ms) { QThread::msleep(ulong(ms)); }

} // namespace

CliResult runCli(const QString &database, const QStringList &arguments, int timeoutMs)
{
    return finish(startCli(database, arguments), timeoutMs);
}

void importWorker(SoakContext &context, bool twins)
{
    for (int round = 0; !context.deadline.hasExpired(); ++round) {
        const SoakLedger::Report report = nextReport(context);
        if (twins && round % 3 == 0) {
            // Two files of one report, imported by two processes started together: one counts.
            const WrittenReport first = writeReport(context, report, 1), second = writeReport(context, report, 2);
            QProcess *a = startCli(context.database, {QStringLiteral("import"), QStringLiteral("--json"), first.path});
            QProcess *b = startCli(context.database, {QStringLiteral("import"), QStringLiteral("--json"), second.path});
            const CliResult ra = finish(a, 30 * 60 * 1000), rb = finish(b, 30 * 60 * 1000);
            classifyImport(context, QStringLiteral("import (same report twice)"), ra, report, first.cents);
            classifyImport(context, QStringLiteral("import (same report twice)"), rb, report, second.cents);
            continue;
        }
        const WrittenReport file = writeReport(context, report, 0);
        classifyImport(context, QStringLiteral("import"), runCli(context.database, {QStringLiteral("import"), QStringLiteral("--json"), file.path}),
                       report, file.cents);
    }
}

void redeliveryWorker(SoakContext &context)
{
    while (!context.deadline.hasExpired()) {
        const auto picked = context.ledger.randomDsr();
        if (!picked) {
            pause(200);
            continue;
        }
        const WrittenReport file = writeReport(context, picked->second, 3 + QRandomGenerator::global()->bounded(1000000));
        classifyImport(context, QStringLiteral("re-delivery"),
                       runCli(context.database, {QStringLiteral("import"), QStringLiteral("--replace"), QStringLiteral("--json"), file.path}),
                       picked->second, file.cents);
    }
}

void retentionWorker(SoakContext &context)
{
    while (!context.deadline.hasExpired()) {
        pause(8000);
        // Three days on, everything is past the one-day window: what no published package keeps is purged.
        const QString now = QDateTime::currentDateTimeUtc().date().addDays(3).toString(Qt::ISODate);
        const CliResult run = runCli(context.database, {QStringLiteral("retention"), QStringLiteral("sweep"), QStringLiteral("--now"), now});
        if (run.exitCode == 0)
            context.ledger.operation(QStringLiteral("retention sweep"));
        else
            context.ledger.unexpected(QStringLiteral("retention sweep: ") + QString::fromUtf8(run.err));
    }
}

void packageWorker(SoakContext &context)
{
    for (int n = 0; !context.deadline.hasExpired(); ++n) {
        const auto picked = context.ledger.randomDsr();
        if (!picked) {
            pause(200);
            continue;
        }
        const SoakLedger::Report &report = picked->second;
        const CliResult created = runCli(context.database, {QStringLiteral("package"), QStringLiteral("create"), QStringLiteral("--name"),
                                                            QStringLiteral("Soak %1").arg(n), QStringLiteral("--territory"), report.territory,
                                                            QStringLiteral("--period-start"), report.periodStart(),
                                                            QStringLiteral("--period-end"), report.periodEnd()});
        const QString id = QString::fromUtf8(created.out.trimmed());
        if (created.exitCode != 0 || id.isEmpty()) {
            context.ledger.unexpected(QStringLiteral("package create: ") + QString::fromUtf8(created.err));
            continue;
        }
        bool done = true;
        for (const QString &step : {QStringLiteral("build"), QStringLiteral("publish")}) {
            const CliResult run = runCli(context.database, {QStringLiteral("package"), step, id});
            if (run.exitCode == 0) {
                context.ledger.operation(QStringLiteral("package ") + step);
                continue;
            }
            // A retention sweep may purge the source first: the package then cannot be built or published.
            const QString why = QString::fromUtf8(run.err);
            if (why.contains(QLatin1String("purged")) || why.contains(QLatin1String("No ingested DSR")))
                context.ledger.refused(QStringLiteral("package ") + step);
            else
                context.ledger.unexpected(QStringLiteral("package %1 %2: %3").arg(step, id, why.trimmed()));
            done = false;
            break;
        }
        if (done)
            context.ledger.published(id);
    }
}

void usageWorker(SoakContext &context)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime lastHour = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC).addSecs(-3600);
    while (!context.deadline.hasExpired()) {
        QByteArray text = "timestamp,marketplace,account,product,metric,value\n";
        qint64 cents = 0;
        for (int i = 0; i < 3; ++i) {
            const qint64 value = 1 + QRandomGenerator::global()->bounded(100000);
            cents += value;
            text += lastHour.addSecs(QRandomGenerator::global()->bounded(3600)).toString(Qt::ISODate).toUtf8() + ",soak,account-"
                    + QByteArray::number(QRandomGenerator::global()->bounded(3)) + ",product-" + QByteArray::number(i % 2) + ",EUR,"
                    + centsText(value).toUtf8() + '\n';
        }
        const QString path = context.folder + QStringLiteral("/usage-%1.csv").arg(context.nextFile++);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            context.ledger.unexpected(QStringLiteral("cannot write %1").arg(path));
        file.close();
        const CliResult run = runCli(context.database, {QStringLiteral("remit"), QStringLiteral("ingest"), path});
        if (run.exitCode == 0) {
            context.ledger.usageAdded(cents);
            context.ledger.operation(QStringLiteral("remit ingest"));
        } else {
            context.ledger.unexpected(QStringLiteral("remit ingest: ") + QString::fromUtf8(run.err));
        }
        pause(250);
    }
}

void senderWorker(SoakContext &context)
{
    while (!context.deadline.hasExpired()) {
        const CliResult run = runCli(context.database, {QStringLiteral("remit"), QStringLiteral("run"), QStringLiteral("--until-idle")});
        if (run.exitCode == 0)
            context.ledger.operation(QStringLiteral("remit run"));
        else if (run.err.contains("Another sender is running")) // two senders never run at once: the second refuses
            context.ledger.refused(QStringLiteral("remit run"));
        else
            context.ledger.unexpected(QStringLiteral("remit run: ") + QString::fromUtf8(run.err));
        pause(300);
    }
}

void readerWorker(SoakContext &context)
{
    auto opened = rd::Database::open(context.database);
    if (!opened) {
        context.ledger.unexpected(QStringLiteral("reader: ") + opened.error());
        return;
    }
    rd::Database &db = *opened.value();
    while (!context.deadline.hasExpired()) {
        QElapsedTimer timer;
        timer.start();
        const auto dashboard = rd::AnalyticsEngine(db).dashboard(rd::AnalyticsFilter());
        context.ledger.readerLatency(timer.restart());
        if (!dashboard)
            context.ledger.unexpected(QStringLiteral("dashboard: ") + dashboard.error());
        const auto monitor = rd::RemittanceMonitor(db).snapshot(QDateTime::currentDateTimeUtc(), 24);
        context.ledger.readerLatency(timer.elapsed());
        if (!monitor)
            context.ledger.unexpected(QStringLiteral("remittance monitor: ") + monitor.error());
        pause(50);
    }
}
