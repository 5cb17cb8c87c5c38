#pragma once

#include "formats/dsrrow.h"
#include "money/decimalsum.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

class Database;

// What a re-delivery changes, row by row and in total: computed by the row
// diff, offered in an import result, recorded with the version it made.
struct DiffSummary
{
    qint64 created = 0, updated = 0, deleted = 0, unchanged = 0;
    qint64 usagesDelta = 0;
    DecimalSum revenueDelta;
    bool empty() const { return created == 0 && updated == 0 && deleted == 0; }
};

// One version of a DSR: the first import or a re-delivery applied over it.
struct DsrVersion
{
    qint64 dsrId = 0;
    int version = 1;
    QString path, fileName, sha256;
    QDateTime appliedAt;
    QString appliedBy;
    qint64 rows = 0, usages = 0;
    QString revenue; // exact decimal text
    qint64 created = 0, updated = 0, deleted = 0, usagesDelta = 0;
    QString revenueDelta;
};

// The history of DSRs across re-deliveries (dsr_versions).
class DsrVersions
{
    Q_DECLARE_TR_FUNCTIONS(DsrVersions)

public:
    explicit DsrVersions(Database &database) : m_db(database) {}

    // Records version 1 from the DSR's row as it was just ingested (inside the import's transaction).
    Status recordFirst(qint64 dsrId);
    // Records a re-delivery's version, with what it changed (inside the re-delivery's transaction).
    Status recordApplied(qint64 dsrId, int version, const QString &path, const QString &fileName, const QString &sha256,
                         const DsrTotals &totals, const DiffSummary &changes);
    Expected<QList<DsrVersion>> list(qint64 dsrId);
    // The version known at the end of the given day (UTC): nullopt before the first import.
    Expected<std::optional<DsrVersion>> asOf(qint64 dsrId, const QDate &day);

private:
    Database &m_db;
};

} // namespace rd
