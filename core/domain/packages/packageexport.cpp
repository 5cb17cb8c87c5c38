#include "packageexport.h"

#include "index/resourcetext.h"
#include "money/decimalsum.h"
#include "packages/packagestore.h"
#include "packages/packagetotals.h"
#include "rows/versionrows.h"
#include "db/database.h"
#include "util/csvrecords.h"

#include <QHash>
#include <QJsonArray>

#include <array>
#include <map>

namespace rd {
namespace {

QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

QString scopeName(Adjustment::Scope scope)
{
    switch (scope) {
    case Adjustment::Scope::Package: return QStringLiteral("package");
    case Adjustment::Scope::Territory: return QStringLiteral("territory");
    case Adjustment::Scope::Resource: return QStringLiteral("resource");
    }
    return {};
}

QJsonArray sourcesJson(const QList<PackageSource> &sources)
{
    QJsonArray out;
    for (const PackageSource &s : sources)
        out.append(QJsonObject{{QStringLiteral("dsr_id"), s.dsrId}, {QStringLiteral("dsr_version"), s.dsrVersion},
                               {QStringLiteral("sha256"), s.sha256}, {QStringLiteral("rows"), s.rows},
                               {QStringLiteral("file_name"), s.fileName}, {QStringLiteral("territory"), s.territory},
                               {QStringLiteral("currency"), s.currency}, {QStringLiteral("period_start"), s.periodStart},
                               {QStringLiteral("period_end"), s.periodEnd}, {QStringLiteral("revenue"), s.revenue},
                               {QStringLiteral("rate"), orNull(s.rate)}});
    return out;
}

QJsonArray adjustmentsJson(const QList<Adjustment> &adjustments)
{
    QJsonArray out;
    for (const Adjustment &a : adjustments)
        out.append(QJsonObject{{QStringLiteral("kind"), a.kind == Adjustment::Kind::Percent ? QStringLiteral("percent") : QStringLiteral("amount")},
                               {QStringLiteral("value"), QString::fromStdString(a.value.toString())},
                               {QStringLiteral("currency"), orNull(a.currency)},
                               {QStringLiteral("scope"), scopeName(a.scope)},
                               {QStringLiteral("scope_value"), orNull(a.scopeValue)},
                               {QStringLiteral("reason"), a.reason}});
    return out;
}

QJsonObject totalsJson(const QList<ResidualLine> &lines)
{
    QJsonObject out;
    for (const CurrencyTotals &t : totalsByCurrency(lines))
        out.insert(t.currency, QJsonObject{{QStringLiteral("revenue"), QString::fromStdString(t.revenue.toString())},
                                           {QStringLiteral("adjustment"), QString::fromStdString(t.adjustment.toString())},
                                           {QStringLiteral("recouped"), QString::fromStdString(t.recouped.toString())},
                                           {QStringLiteral("net"), QString::fromStdString(t.net.toString())}});
    return out;
}

} // namespace

Expected<PackageExport> PackageExport::read(Database &database, qint64 packageId)
{
    using Result = Expected<PackageExport>;
    PackageStore store(database);
    const auto found = store.existing(packageId);
    if (!found)
        return Result::failure(found.error());
    PackageExport out;
    out.package = *found;
    const int version = out.package.version;
    if (version == 0)
        return Result::failure(tr("Package %1 is not built yet: build it first").arg(packageId));
    const auto missing = store.missingSources(packageId, version);
    if (!missing)
        return Result::failure(missing.error());
    if (!missing->isEmpty())
        return Result::failure(tr("Package %1 cannot be exported: %2").arg(packageId).arg(missing.value()));
    const auto lines = store.lines(packageId, version);
    const auto ledger = store.ledger(packageId, version);
    const auto audit = store.audit(packageId);
    const auto built = store.builtVersion(packageId, version);
    const auto sources = store.sources(packageId, version);
    if (!lines || !ledger || !audit || !built || !sources)
        return Result::failure(!lines ? lines.error() : !ledger ? ledger.error() : !audit ? audit.error() : !built ? built.error() : sources.error());
    out.lines = *lines;
    out.ledger = *ledger;
    out.audit = *audit;
    out.sources = *sources;
    out.builtAt = built->builtAt;
    out.builtBy = built->builtBy;
    out.knownOn = built->knownOn;
    out.baseCurrency = built->baseCurrency;
    return out;
}

QJsonObject PackageExport::manifest() const
{
    QJsonArray advances, ledgerJson;
    for (const Advance &a : package.advances)
        advances.append(QJsonObject{{QStringLiteral("holder"), a.holder}, {QStringLiteral("amount"), QString::fromStdString(a.amount.toString())},
                                    {QStringLiteral("currency"), a.currency}});
    for (const LedgerEntry &e : ledger)
        ledgerJson.append(QJsonObject{{QStringLiteral("holder"), e.holder}, {QStringLiteral("currency"), e.currency},
                                      {QStringLiteral("opening"), e.opening}, {QStringLiteral("advanced"), e.advanced},
                                      {QStringLiteral("recouped"), e.recouped}, {QStringLiteral("closing"), e.closing}});
    QJsonObject timestamps{{QStringLiteral("created_at"), package.createdAt.toString(Qt::ISODate)}, {QStringLiteral("built_at"), builtAt}};
    QString retraction;
    for (const AuditEntry &e : audit) {
        if (e.action == QLatin1String("publish"))
            timestamps.insert(QStringLiteral("published_at"), e.at.toString(Qt::ISODate));
        if (e.action == QLatin1String("retract")) {
            timestamps.insert(QStringLiteral("retracted_at"), e.at.toString(Qt::ISODate));
            retraction = e.reason;
        }
    }
    QJsonObject manifest{
        {QStringLiteral("format_version"), PackageZip::kFormatVersion},
        {QStringLiteral("app_version"), QStringLiteral(RD_VERSION)},
        {QStringLiteral("package"), QJsonObject{{QStringLiteral("id"), package.id}, {QStringLiteral("name"), package.name},
                                                {QStringLiteral("version"), package.version},
                                                {QStringLiteral("state"), Package::stateName(package.state)}}},
        {QStringLiteral("partition"), QJsonObject{{QStringLiteral("territories"), QJsonArray::fromStringList(package.partition.territories)},
                                                  {QStringLiteral("period_start"), package.partition.periodStart.toString(Qt::ISODate)},
                                                  {QStringLiteral("period_end"), package.partition.periodEnd.toString(Qt::ISODate)},
                                                  {QStringLiteral("dsps"), QJsonArray::fromStringList(package.partition.dsps)},
                                                  {QStringLiteral("offers"), QJsonArray::fromStringList(package.partition.offers)}}},
        {QStringLiteral("sources"), sourcesJson(sources)},
        {QStringLiteral("adjustments"), adjustmentsJson(package.adjustments)},
        {QStringLiteral("advances"), advances},
        {QStringLiteral("advance_ledger"), ledgerJson},
        {QStringLiteral("totals"), totalsJson(lines)},
        {QStringLiteral("base_currency"), baseCurrency},
        {QStringLiteral("claims_known_on"), knownOn},
        {QStringLiteral("built_by"), builtBy},
        {QStringLiteral("timestamps"), timestamps},
    };
    if (!retraction.isEmpty())
        manifest.insert(QStringLiteral("retraction_reason"), retraction);
    return manifest;
}

QByteArray PackageExport::linesCsv() const
{
    QByteArray out = "line,holder,territory,resource_id,isrc,dsp_id,title,currency,share,revenue,adjustment,recouped,net,"
                     "base_revenue,base_adjustment,base_recouped,base_net,overclaimed\n";
    for (const ResidualLine &l : lines)
        out += QStringList{QString::number(l.lineNo), csv::quote(l.holder), l.territory, QString::number(l.resourceId), csv::quote(l.isrc),
                           csv::quote(l.dspId), csv::quote(l.title), l.currency, l.share, l.revenue, l.adjustment, l.recouped, l.net,
                           l.baseRevenue, l.baseAdjustment, l.baseRecouped, l.baseNet,
                           l.overclaimed ? QStringLiteral("1") : QStringLiteral("0")}
                   .join(QLatin1Char(','))
                   .toUtf8()
               + '\n';
    return out;
}

StatementData PackageExport::statement() const
{
    std::map<std::pair<QString, QString>, std::array<DecimalSum, 4>> byHolder; // revenue, adjustment, recouped, net
    for (const ResidualLine &l : lines) {
        std::array<DecimalSum, 4> &t = byHolder[{l.holder, l.currency}];
        const QString values[] = {l.revenue, l.adjustment, l.recouped, l.net};
        for (std::size_t i = 0; i < 4; ++i)
            t[i].add(*DecimalSum::fromString(values[i].toStdString()));
    }
    StatementData data{package.name, Package::stateName(package.state), builtAt, baseCurrency, package.id, package.version, {}};
    for (const auto &[key, t] : byHolder)
        data.rows << StatementData::Row{key.first, key.second, QString::fromStdString(t[0].toString()), QString::fromStdString(t[1].toString()),
                                        QString::fromStdString(t[2].toString()), QString::fromStdString(t[3].toString()), QString()};
    return data;
}

bool PackageExport::writeSourceRows(Database &database, const std::function<void(const QByteArray &)> &write, QString &error) const
{
    write("dsr_id,dsr_version,row_id,dsp_id,title,artists,isrc,usages,revenue\n");
    ResourceTextReader resource(database);
    QHash<qint64, QByteArray> resourceFields; // "dsp_id,title,artists,isrc", quoted, once per resource
    for (const PackageSource &s : sources) {
        const auto rows = VersionRows::read(database, s.dsrId, s.dsrVersion);
        if (!rows) {
            error = rows.error();
            return false;
        }
        const QByteArray dsrFields = QByteArray::number(s.dsrId) + ',' + QByteArray::number(s.dsrVersion) + ',';
        QByteArray chunk;
        for (const VersionRow &r : rows.value()) {
            auto fields = resourceFields.find(r.resourceId);
            if (fields == resourceFields.end()) {
                QStringList meta{QString(), QString(), QString(), QString()};
                if (const auto text = resource.read(r.resourceId))
                    meta = QStringList{csv::quote(text->dspId), csv::quote(text->title), csv::quote(text->artists), csv::quote(text->isrc)};
                if (resource.failed()) {
                    error = tr("Cannot read the resources of DSR %1").arg(s.dsrId);
                    return false;
                }
                fields = resourceFields.insert(r.resourceId, meta.join(QLatin1Char(',')).toUtf8());
            }
            chunk += dsrFields;
            chunk += QByteArray::number(r.rowId);
            chunk += ',';
            chunk += fields.value();
            chunk += ',';
            if (r.usages)
                chunk += QByteArray::number(*r.usages);
            chunk += ',';
            chunk += r.revenue.toLatin1();
            chunk += '\n';
            if (chunk.size() > (1 << 20)) {
                write(chunk);
                chunk.clear();
            }
        }
        write(chunk);
    }
    return true;
}

} // namespace rd
