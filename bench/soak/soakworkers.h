#pragma once

#include "soakledger.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>
#include <QStringList>

#include <atomic>

// Where the soak runs and until when; shared by every worker.
struct SoakContext
{
    QString database;
    QString folder; // the files the workers write
    QDeadlineTimer deadline;
    SoakLedger ledger;
    std::atomic_int nextReport{0};
    std::atomic_int nextFile{0};
};

struct CliResult
{
    int exitCode = -1;
    QByteArray out, err;
};

CliResult runCli(const QString &database, const QStringList &arguments, int timeoutMs = 30 * 60 * 1000);

// Each worker loops until the deadline, as one more user of the database.
// Importers start royaltydesk-cli processes; `twins` also starts pairs of
// processes that import two files of one report at the same moment.
void importWorker(SoakContext &context, bool twins);
void redeliveryWorker(SoakContext &context);
void retentionWorker(SoakContext &context);
void packageWorker(SoakContext &context);
void usageWorker(SoakContext &context);
void senderWorker(SoakContext &context);
// Reads on its own connection, as the GUI's views do: the dashboard and the remittance monitor.
void readerWorker(SoakContext &context);
