#pragma once

#include "storage/dsrrecord.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rd {

class Database;

// Two imports of one report may both pass the "is it already here?" check
// before either writes. Called again inside the import's write transaction
// (which serializes writers), this says whether another process ingested the
// same report meanwhile, as the refusal to show; the unique index on the
// identity of ingested DSRs (schema 15) backs it.
class ReportIdentity
{
    Q_DECLARE_TR_FUNCTIONS(ReportIdentity)

public:
    static std::optional<QString> takenMeanwhile(Database &db, const DsrRecord &identity, const QString &fileName);
};

} // namespace rd
