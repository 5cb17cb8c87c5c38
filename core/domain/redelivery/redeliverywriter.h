#pragma once

#include "formats/dsrrow.h"
#include "redelivery/rowdiff.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace rd {

class RowHistory;

class Database;

// What a re-delivery brings besides its rows.
struct Delivery
{
    QString path, fileName, sha256;
    DsrTotals totals; // of the delivered file
    std::vector<ValidationIssue> issues;
    QString revenueBasis = QStringLiteral("reported");
    QString messageId;
};

// Applies a diff to a DSR as its next version, inside the caller's
// transaction: only the changed rows are written (deleted, rewritten or
// added), each with the values it had before in usage_row_changes; the DSR's
// per-resource aggregates are then rebuilt from its rows, its report replaced
// by the delivery's, and the version recorded with its totals and deltas.
class RedeliveryWriter
{
    Q_DECLARE_TR_FUNCTIONS(RedeliveryWriter)

public:
    explicit RedeliveryWriter(Database &database) : m_db(database) {}
    // The new version number on success. baseVersion is the version the diff was
    // made against: if another process applied a version meanwhile, nothing is
    // written and the error says so (compare and set, inside the caller's write transaction).
    Expected<int> apply(qint64 dsrId, int baseVersion, const RowDiff &diff, const Delivery &delivery);
    // How many usage rows the last apply() wrote or deleted (for the benchmark).
    qint64 rowsTouched() const { return m_rowsTouched; }

private:
    // Each returns the error, empty when done.
    QString recordAndRemove(RowHistory &history, qint64 dsrId, int version, const RowDiff &diff, qint64 nextId);
    QString writeChangedRows(RowHistory &history, qint64 dsrId, int version, const RowDiff &diff, qint64 firstNewId);
    QString finishVersion(qint64 dsrId, int version, const RowDiff &diff, const Delivery &delivery);

    Database &m_db;
    qint64 m_rowsTouched = 0;
};

} // namespace rd
