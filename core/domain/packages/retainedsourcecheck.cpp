#include "retainedsourcecheck.h"

#include "packages/packagestore.h"
#include "packages/residualbuilder.h"

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
    const auto sources = PackageStore(database).sources(packageId, version);
    if (!sources)
        return Result::failure(sources.error());
    for (const PackageSource &source : sources.value()) {
        const auto kept = again->rowsKept.find(source.dsrId);
        const qint64 rows = kept == again->rowsKept.end() ? 0 : kept->second;
        if (rows != source.rows)
            problems << tr("DSR %1 version %2: %3 rows kept, %4 when the package was built")
                            .arg(source.dsrId)
                            .arg(source.dsrVersion)
                            .arg(rows)
                            .arg(source.rows);
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
