#include "retainedsourcecheck.h"

#include "packages/packagestore.h"
#include "packages/residualbuilder.h"
#include "db/database.h"
#include "db/sqlerror.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace rd {

Expected<QStringList> RetainedSourceCheck::run(Database &database, qint64 packageId, int version)
{
    using Result = Expected<QStringList>;
    QStringList problems;
    const auto missing = PackageStore(database).missingSources(packageId, version);
    if (!missing)
        return Result::failure(missing.error());
    if (!missing->isEmpty())
        return QStringList{missing.value()};

    // Every line, computed again from the kept rows (read once), against the stored one.
    const auto stored = PackageStore(database).lines(packageId, version);
    if (!stored)
        return Result::failure(stored.error());
    const auto again = ResidualBuilder::recompute(database, packageId, version);
    if (!again)
        return Result::failure(again.error());
    QSqlQuery sources(database.connection());
    sources.prepare(QStringLiteral("SELECT dsr_id, dsr_version, row_count FROM package_sources WHERE package_id = ? AND version = ? ORDER BY dsr_id"));
    sources.addBindValue(packageId);
    sources.addBindValue(version);
    if (!sources.exec())
        return Result::failure(sqlError(sources));
    while (sources.next()) {
        const auto kept = again->rowsKept.find(sources.value(0).toLongLong());
        const qint64 rows = kept == again->rowsKept.end() ? 0 : kept->second;
        if (rows != sources.value(2).toLongLong())
            problems << tr("DSR %1 version %2: %3 rows kept, %4 when the package was built")
                            .arg(sources.value(0).toLongLong())
                            .arg(sources.value(1).toInt())
                            .arg(rows)
                            .arg(sources.value(2).toLongLong());
    }
    const QList<ResidualLine> &lines = again->lines;
    if (lines.size() != stored->size())
        problems << tr("%1 lines recompute from the kept rows, %2 are stored").arg(lines.size()).arg(stored->size());
    for (qsizetype i = 0; i < std::min(lines.size(), stored->size()); ++i) {
        const ResidualLine &a = lines.at(i), &b = stored->at(i);
        const QStringList left{a.holder, a.territory, QString::number(a.resourceId), a.currency, a.share, a.revenue, a.adjustment, a.recouped, a.net};
        const QStringList right{b.holder, b.territory, QString::number(b.resourceId), b.currency, b.share, b.revenue, b.adjustment, b.recouped, b.net};
        if (left != right)
            problems << tr("line %1: recomputes as %2, stored as %3").arg(b.lineNo).arg(left.join(QLatin1Char('|')), right.join(QLatin1Char('|')));
    }
    return problems;
}

} // namespace rd
