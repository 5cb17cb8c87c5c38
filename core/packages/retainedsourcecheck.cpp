#include "retainedsourcecheck.h"

#include "money/decimalsum.h"
#include "packages/packagestore.h"
#include "redelivery/versionrows.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <tuple>

namespace rd {

Expected<QStringList> RetainedSourceCheck::run(Database &database, qint64 packageId, int version)
{
    using Result = Expected<QStringList>;
    using Key = std::tuple<QString, QString, qint64>; // territory, currency, resource
    QStringList problems;
    const auto missing = PackageStore(database).missingSources(packageId, version);
    if (!missing)
        return Result::failure(missing.error());
    if (!missing->isEmpty())
        return QStringList{missing.value()};

    std::map<Key, DecimalSum> fromRows;
    QSqlQuery sources(database.connection());
    sources.prepare(QStringLiteral("SELECT dsr_id, dsr_version, row_count, territory, currency FROM package_sources "
                                   "WHERE package_id = ? AND version = ? ORDER BY dsr_id"));
    sources.addBindValue(packageId);
    sources.addBindValue(version);
    if (!sources.exec())
        return Result::failure(sqlError(sources));
    while (sources.next()) {
        const qint64 dsrId = sources.value(0).toLongLong();
        const auto rows = VersionRows::read(database, dsrId, sources.value(1).toInt());
        if (!rows)
            return Result::failure(rows.error());
        if (qint64(rows->size()) != sources.value(2).toLongLong())
            problems << tr("DSR %1 version %2: %3 rows kept, %4 when the package was built")
                            .arg(dsrId)
                            .arg(sources.value(1).toInt())
                            .arg(rows->size())
                            .arg(sources.value(2).toLongLong());
        for (const VersionRow &row : rows.value())
            if (!row.revenue.isEmpty())
                if (const auto amount = DecimalSum::fromString(row.revenue.toStdString()))
                    fromRows[{sources.value(3).toString(), sources.value(4).toString(), row.resourceId}].add(*amount);
    }
    const auto lines = PackageStore(database).lines(packageId, version);
    if (!lines)
        return Result::failure(lines.error());
    std::map<Key, DecimalSum> fromLines;
    for (const ResidualLine &line : lines.value())
        if (const auto amount = DecimalSum::fromString(line.revenue.toStdString()))
            fromLines[{line.territory, line.currency, line.resourceId}].add(*amount);
    auto describe = [](const Key &key) { return QStringLiteral("%1 %2 resource %3").arg(std::get<0>(key), std::get<1>(key)).arg(std::get<2>(key)); };
    for (const auto &[key, sum] : fromRows) {
        const auto line = fromLines.find(key);
        const DecimalSum lineSum = line == fromLines.end() ? DecimalSum() : line->second;
        if (lineSum.raw() != sum.raw())
            problems << tr("%1: the kept rows sum to %2, the lines to %3")
                            .arg(describe(key), QString::fromStdString(sum.toString()), QString::fromStdString(lineSum.toString()));
    }
    for (const auto &[key, sum] : fromLines)
        if (!fromRows.count(key) && sum.raw() != 0)
            problems << tr("%1: lines of %2 without kept rows").arg(describe(key), QString::fromStdString(sum.toString()));
    return problems;
}

} // namespace rd
