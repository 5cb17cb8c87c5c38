#include "reportidentity.h"

#include "storage/dsrrepository.h"

namespace rd {

std::optional<QString> ReportIdentity::takenMeanwhile(Database &db, const DsrRecord &identity, const QString &fileName)
{
    const auto current = DsrRepository(db).findByIdentity(identity);
    if (!current)
        return current.error();
    if (!current.value())
        return std::nullopt;
    return tr("%1: DSR %2 (%3) was imported for the same report while this file waited its turn; import this file "
              "again to review it as a re-delivery")
        .arg(fileName)
        .arg(current.value()->id)
        .arg(current.value()->fileName);
}

} // namespace rd
