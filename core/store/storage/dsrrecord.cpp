#include "dsrrecord.h"

namespace rd {

QString DsrRecord::statusName(Status status)
{
    switch (status) {
    case Status::Importing: return QStringLiteral("importing");
    case Status::Ingested: return QStringLiteral("ingested");
    case Status::Failed: return QStringLiteral("failed");
    }
    return QString();
}

DsrRecord::Status DsrRecord::statusFromName(const QString &name)
{
    if (name == QLatin1String("ingested"))
        return Status::Ingested;
    if (name == QLatin1String("failed"))
        return Status::Failed;
    return Status::Importing;
}

} // namespace rd
