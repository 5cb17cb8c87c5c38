#include "residualbuilder.h"

#include "index/chunkstore.h"
#include "analytics/dsrselection.h"
#include "journal/statusjournal.h"
#include "licensing/claimstore.h"
#include "licensing/licensing.h"
#include "index/resourcetext.h"
#include "packages/packagestore.h"
#include "packages/packageversions.h"
#include "rows/versionrows.h"
#include "db/database.h"
#include "db/transaction.h"
#include "util/processidentity.h"

#include <QDateTime>

#include <map>
#include <tuple>

namespace rd {
namespace {

using Wide = DecimalSum::Accumulator;
using Integer = ExactAmount::Integer;

// 100% as a Decimal mantissa: 100 × 10^20.
const Wide kHundredPercent = [] {
    Wide unit = 1;
    for (int i = 0; i < Decimal::kScale; ++i)
        unit *= 10;
    return Wide(100) * unit;
}();

Wide truncDiv(const Wide &a, const Wide &b) { return a / b; } // toward zero, as C++ integer division

QString wideText(const Wide &v) { return QString::fromStdString(DecimalSum::fromRaw(v).toString()); }
QString shareText(const Wide &v) { return wideText(v); }

struct LineKey
{
    QString currency, holder, territory;
    qint64 resourceId;
    bool operator<(const LineKey &o) const
    {
        // Holders by name, the unallocated line (empty name) after them.
        const bool unallocated = holder.isEmpty(), otherUnallocated = o.holder.isEmpty();
        return std::tie(currency, unallocated, holder, territory, resourceId)
             < std::tie(o.currency, otherUnallocated, o.holder, o.territory, o.resourceId);
    }
};

struct LineSums
{
    QString isrc, dspId, title;
    QString share; // percent; "varies" when DSRs differ
    bool overclaimed = false;
    Wide revenue = 0, adjustment = 0, recouped = 0;
    ExactAmount base;
    bool baseKnown = true;
};

struct ResourceInfo
{
    QString isrc, dspId, title;
};

// Splits total over weights with telescoping floors: the parts sum to total exactly.
std::vector<Wide> splitByWeights(const Wide &total, const std::vector<Wide> &weights)
{
    std::vector<Wide> parts(weights.size(), Wide(0));
    if (weights.empty())
        return parts;
    Wide sum = 0;
    for (const Wide &w : weights)
        sum += w;
    const bool equal = sum == 0; // no revenue to weigh by: equal parts
    const Wide denominator = equal ? Wide(weights.size()) : sum;
    const bool negative = total < 0;
    const Wide magnitude = negative ? Wide(-total) : total;
    Wide running = 0, handedOut = 0;
    const Integer wideMagnitude(magnitude), wideDenominator(denominator);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        running += equal ? Wide(1) : weights[i];
        // The product can pass 256 bits (large revenues at 20 decimals); the quotient never passes the magnitude.
        const Wide upTo(Integer(wideMagnitude * Integer(running) / wideDenominator));
        parts[i] = negative ? Wide(-(upTo - handedOut)) : Wide(upTo - handedOut);
        handedOut = upTo;
    }
    return parts;
}

Wide absolute(const Wide &v) { return v < 0 ? Wide(-v) : v; }

struct Recoupment
{
    Wide opening = 0, advanced = 0, recouped = 0;
};

struct Computation
{
    std::map<LineKey, LineSums> lines;
    std::map<std::pair<QString, QString>, Recoupment> recoupments; // (holder, currency)
    std::map<QString, Wide> partitionRevenue, adjustmentTotals;
};

// Visits a DSR's revenue per resource; false when it cannot be read.
using RevenueReader = std::function<bool(const SelectedDsr &, const std::function<void(qint64 resourceId, const Wide &revenue)> &)>;

// One resource's revenue in one DSR, split among the holders the claims name on the
// DSR's last day; the unallocated rest (if any) goes to the line without a holder.
void allocateResource(std::map<LineKey, LineSums> &lines, const SelectedDsr &dsr, qint64 id, const ResourceInfo &info,
                      const Wide &revenue, const QHash<QString, QList<Claim>> &territoryClaims, const QDate &knownOn)
{
    std::map<QString, Wide> shares;
    Wide total = 0;
    if (!info.isrc.isEmpty()) {
        const auto claims = territoryClaims.find(info.isrc);
        const QList<Claim> none;
        for (const Claim &c : licensing::licensedShare(claims == territoryClaims.end() ? none : claims.value(), dsr.territory,
                                                       QStringLiteral("recording"), dsr.periodEnd, knownOn).claims) {
            shares[c.rightsHolder] += Wide(c.share.mantissa());
            total += Wide(c.share.mantissa());
        }
    }
    const bool over = total > kHundredPercent;
    const Wide divisor = over ? total : kHundredPercent;
    Wide allocated = 0;
    auto add = [&](const QString &holder, const Wide &amount, const Wide &share) {
        LineSums &line = lines[LineKey{dsr.currency, holder, dsr.territory, id}];
        const QString shareValue = shareText(share);
        if (line.share.isEmpty())
            line.share = shareValue;
        else if (line.share != shareValue)
            line.share = QStringLiteral("varies");
        line.isrc = info.isrc;
        line.dspId = info.dspId;
        line.title = info.title;
        line.overclaimed = line.overclaimed || over;
        line.revenue += amount;
        if (const auto base = dsr.amount(DecimalSum::fromRaw(amount)))
            line.base += *base;
        else
            line.baseKnown = false;
    };
    for (const auto &[holder, share] : shares) {
        const Wide amount = truncDiv(revenue * share, divisor);
        allocated += amount;
        add(holder, amount, share);
    }
    // The unallocated rest; nothing to show when the claims took it all.
    if (revenue - allocated != 0 || total < kHundredPercent)
        add(QString(), revenue - allocated, over ? Wide(0) : Wide(kHundredPercent - total));
}

// Step 1: revenue split by the claims, per DSR and resource.
Status splitRevenue(Database &database, const QList<SelectedDsr> &dsrs, const QDate &knownOn, const RevenueReader &revenueOf, Computation &c)
{
    ResourceTextReader resourceTexts(database);
    std::map<qint64, ResourceInfo> resources;
    std::map<QString, QHash<QString, QList<Claim>>> claimsOf; // territory → ISRC → claims there or WW
    ClaimStore claimStore(database);
    for (const SelectedDsr &dsr : dsrs) {
        c.partitionRevenue[dsr.currency] += dsr.revenue.raw();
        auto loaded = claimsOf.find(dsr.territory); // the territory's claims, loaded once
        if (loaded == claimsOf.end()) {
            auto claims = claimStore.forTerritory(dsr.territory, QStringLiteral("recording"));
            if (!claims)
                return Status::failure(claims.error());
            loaded = claimsOf.emplace(dsr.territory, std::move(claims.value())).first;
        }
        const bool read = revenueOf(dsr, [&](qint64 id, const Wide &revenue) {
            auto info = resources.find(id);
            if (info == resources.end()) {
                ResourceInfo r;
                if (const auto text = resourceTexts.read(id))
                    r = ResourceInfo{text->isrc, text->dspId, text->title};
                info = resources.emplace(id, r).first;
            }
            allocateResource(c.lines, dsr, id, info->second, revenue, loaded->second, knownOn);
        });
        if (!read)
            return Status::failure(ResidualBuilder::tr("Cannot read the resource totals of DSR %1").arg(dsr.id));
    }
    return {};
}

// Step 2: adjustments, allocated over their scope's lines pro rata to revenue.
Status applyAdjustments(const Package &package, Computation &c)
{
    for (qsizetype a = 0; a < package.adjustments.size(); ++a) {
        const Adjustment &adj = package.adjustments[a];
        std::map<QString, std::vector<LineSums *>> scope; // per currency
        for (auto &[key, line] : c.lines) {
            const bool inScope = adj.scope == Adjustment::Scope::Package
                                 || (adj.scope == Adjustment::Scope::Territory && key.territory == adj.scopeValue)
                                 || (adj.scope == Adjustment::Scope::Resource && (line.isrc == adj.scopeValue || line.dspId == adj.scopeValue));
            if (inScope && (adj.kind == Adjustment::Kind::Percent || key.currency == adj.currency))
                scope[key.currency].push_back(&line);
        }
        if (scope.empty())
            return Status::failure(ResidualBuilder::tr("Adjustment %1 (%2) applies to no line of the package").arg(a + 1).arg(adj.reason));
        for (auto &[currency, scoped] : scope) {
            Wide amount;
            if (adj.kind == Adjustment::Kind::Amount) {
                amount = Wide(adj.value.mantissa());
            } else {
                Wide sum = 0;
                for (const LineSums *l : scoped)
                    sum += l->revenue;
                const Integer numerator = Integer(sum.str()) * Integer(DecimalSum::Accumulator(adj.value.mantissa()).str());
                amount = Wide(roundHalfEven(numerator, Integer(kHundredPercent.str())).str());
            }
            std::vector<Wide> weights;
            for (const LineSums *l : scoped)
                weights.push_back(absolute(l->revenue));
            const std::vector<Wide> parts = splitByWeights(amount, weights);
            for (std::size_t i = 0; i < scoped.size(); ++i)
                scoped[i]->adjustment += parts[i];
            c.adjustmentTotals[currency] += amount;
        }
    }
    return {};
}

// Step 3: advances, this package's and the balances carried in (openings), recouped line by line.
void recoupAdvances(const Package &package, const std::map<std::pair<QString, QString>, Wide> &openings, Computation &c)
{
    for (const Advance &adv : package.advances)
        c.recoupments[{adv.holder, adv.currency}].advanced += Wide(adv.amount.mantissa());
    for (const auto &[key, opening] : openings)
        c.recoupments[key].opening = opening;
    for (auto &[key, r] : c.recoupments) {
        Wide available = r.opening + r.advanced;
        for (auto &[lineKey, line] : c.lines) {
            if (available <= 0)
                break;
            if (lineKey.holder != key.first || lineKey.currency != key.second)
                continue;
            const Wide payable = line.revenue + line.adjustment;
            const Wide take = payable <= 0 ? Wide(0) : (payable < available ? payable : available);
            line.recouped += take;
            r.recouped += take;
            available -= take;
        }
    }
}

// Steps 1 to 4 of a build: the lines, adjustments and recoupments from the
// DSRs' per-resource revenue (as revenueOf reads it) and the advance balances
// carried in, checked against the sum invariant.
Expected<Computation> compute(Database &database, const Package &package, const QList<SelectedDsr> &dsrs, const QDate &knownOn,
                              const RevenueReader &revenueOf, const std::map<std::pair<QString, QString>, Wide> &openings)
{
    using Result = Expected<Computation>;
    Computation c;
    if (const Status split = splitRevenue(database, dsrs, knownOn, revenueOf, c); !split.ok())
        return Result::failure(split.error());
    if (const Status adjusted = applyAdjustments(package, c); !adjusted.ok())
        return Result::failure(adjusted.error());
    recoupAdvances(package, openings, c);

    // 4. The invariant, checked before anything is stored.
    std::map<QString, Wide> lineTotals;
    for (const auto &[key, line] : c.lines)
        lineTotals[key.currency] += line.revenue + line.adjustment;
    for (const auto &[currency, revenue] : c.partitionRevenue)
        if (lineTotals[currency] != revenue + c.adjustmentTotals[currency])
            return Result::failure(ResidualBuilder::tr("The lines do not add up to the partition in %1: %2 against %3; nothing was stored")
                                       .arg(currency, wideText(lineTotals[currency]), wideText(revenue + c.adjustmentTotals[currency])));
    return c;
}

// Refused when some DSRs of the partition have had their rows purged: a build needs them.
Status refuseIfPurged(Database &database, qint64 packageId, const AnalyticsFilter &filter)
{
    const auto purged = DsrSelector::select(database, filter, DsrSelector::Rows::Purged);
    if (!purged)
        return Status::failure(purged.error());
    if (purged->dsrs.isEmpty())
        return {};
    QStringList ids;
    for (const SelectedDsr &dsr : purged->dsrs)
        ids << QString::number(dsr.id);
    return Status::failure(ResidualBuilder::tr("Package %1 cannot be built: the rows of DSR(s) %2 in its partition were purged by the "
                                               "retention sweep. Delete the purged DSR(s) and import them again, or narrow the partition.")
                               .arg(packageId)
                               .arg(ids.join(QLatin1String(", "))));
}

// The DSRs a package's partition selects; refused when some of them were purged or when there are none.
Expected<DsrSelection> sourcesOf(Database &database, qint64 packageId, const Package &package)
{
    using Result = Expected<DsrSelection>;
    const AnalyticsFilter filter = ResidualBuilder::filterOf(package.partition);
    if (const Status held = refuseIfPurged(database, packageId, filter); !held)
        return Result::failure(held.error());
    const auto selection = DsrSelector::select(database, filter);
    if (selection && selection->dsrs.isEmpty())
        return Result::failure(ResidualBuilder::tr("No ingested DSR falls in the partition of package %1").arg(packageId));
    return selection;
}

// The balances carried from each holder's last published package (later packages replace earlier ones).
Expected<std::map<std::pair<QString, QString>, Wide>> carriedBalances(Database &database, qint64 packageId)
{
    using Balances = std::map<std::pair<QString, QString>, Wide>;
    const auto closings = PackageVersions(database).publishedClosings(packageId);
    if (!closings)
        return Expected<Balances>::failure(closings.error());
    Balances openings;
    for (const LedgerEntry &e : closings.value()) {
        Decimal closing;
        Decimal::parse(e.closing.toStdString(), closing);
        openings[{e.holder, e.currency}] = Wide(closing.mantissa());
    }
    return openings;
}

// The version's row in package_versions and its frozen sources.
Status storeVersion(Database &database, qint64 packageId, int version, const QDate &knownOn, const DsrSelection &selection)
{
    PackageVersions versions(database);
    if (const Status s = versions.writeVersion(packageId, version, process::osUser(), knownOn, selection.displayCurrency); !s.ok())
        return s;
    for (const SelectedDsr &dsr : selection.dsrs)
        if (const Status s = versions.writeSource(packageId, version, dsr.id, dsr.rate ? QString::fromStdString(dsr.rate->rate.toString()) : QString());
            !s.ok())
            return s;
    return {};
}

// A computed line as stored and shown; the base-currency amounts are the line's own
// conversion (its DSRs' rates, weighted by revenue) applied to each amount.
ResidualLine residualLineOf(int lineNo, const LineKey &key, const LineSums &line)
{
    const Wide net = line.revenue + line.adjustment - line.recouped;
    auto inBase = [&line](const Wide &amount) -> QString {
        if (!line.baseKnown || line.revenue == 0)
            return {};
        Integer numerator(amount), denominator(line.revenue);
        if (denominator < 0) { // a positive denominator: Boost's rational refuses a negative one here
            numerator = -numerator;
            denominator = -denominator;
        }
        return QString::fromStdString(ExactAmount(line.base.value() * ExactAmount::Fraction(numerator, denominator)).toString(10));
    };
    ResidualLine stored;
    stored.lineNo = lineNo;
    stored.holder = key.holder;
    stored.territory = key.territory;
    stored.resourceId = key.resourceId;
    stored.isrc = line.isrc;
    stored.dspId = line.dspId;
    stored.title = line.title;
    stored.currency = key.currency;
    stored.share = line.share;
    stored.revenue = wideText(line.revenue);
    stored.adjustment = wideText(line.adjustment);
    stored.recouped = wideText(line.recouped);
    stored.net = wideText(net);
    stored.baseNet = inBase(net);
    stored.baseRevenue = inBase(line.revenue);
    stored.baseAdjustment = inBase(line.adjustment);
    stored.baseRecouped = inBase(line.recouped);
    stored.overclaimed = line.overclaimed;
    return stored;
}

// The residual lines, numbered from 1.
Status storeLines(Database &database, qint64 packageId, int version, const std::map<LineKey, LineSums> &lines)
{
    PackageVersions::LineWriter writer(database, packageId, version);
    int lineNo = 0;
    for (const auto &[key, line] : lines)
        if (const Status s = writer.insert(residualLineOf(++lineNo, key, line)); !s.ok())
            return s;
    return {};
}

// Each holder's advance ledger for the version.
Status storeLedger(Database &database, qint64 packageId, int version, const std::map<std::pair<QString, QString>, Recoupment> &recoupments)
{
    QList<LedgerEntry> entries;
    for (const auto &[key, r] : recoupments)
        entries << LedgerEntry{key.first, key.second, wideText(r.opening), wideText(r.advanced), wideText(r.recouped),
                               wideText(r.opening + r.advanced - r.recouped)};
    return PackageVersions(database).writeLedger(packageId, version, entries);
}

} // namespace

AnalyticsFilter ResidualBuilder::filterOf(const Partition &partition)
{
    AnalyticsFilter filter;
    filter.territories = partition.territories;
    filter.periodFrom = partition.periodStart;
    filter.periodTo = partition.periodEnd;
    filter.dsps = partition.dsps;
    filter.offers = partition.offers;
    return filter;
}

Expected<ResidualBuilder::Recomputed> ResidualBuilder::recompute(Database &database, qint64 packageId, int version)
{
    using Result = Expected<Recomputed>;
    PackageStore store(database);
    const auto found = store.existing(packageId);
    if (!found)
        return Result::failure(found.error());
    const auto known = PackageVersions(database).knownOn(packageId, version);
    if (!known)
        return Result::failure(known.error());
    if (!known.value())
        return Result::failure(tr("Package %1 has no version %2").arg(packageId).arg(version));
    const QDate knownOn = *known.value();
    // The frozen sources, and which version of each DSR.
    const auto sources = store.sources(packageId, version);
    if (!sources)
        return Result::failure(sources.error());
    QList<SelectedDsr> dsrs;
    std::map<qint64, int> dsrVersions;
    for (const PackageSource &source : sources.value()) {
        SelectedDsr dsr;
        dsr.id = source.dsrId;
        dsrVersions[dsr.id] = source.dsrVersion;
        dsr.territory = source.territory;
        dsr.currency = source.currency;
        dsr.periodStart = QDate::fromString(source.periodStart, Qt::ISODate);
        dsr.periodEnd = QDate::fromString(source.periodEnd, Qt::ISODate);
        dsr.revenue = DecimalSum::fromString(source.revenue.toStdString()).value_or(DecimalSum());
        dsrs << dsr;
    }
    std::map<std::pair<QString, QString>, Wide> openings;
    const auto ledger = store.ledger(packageId, version);
    if (!ledger)
        return Result::failure(ledger.error());
    for (const LedgerEntry &e : ledger.value())
        if (const auto opening = DecimalSum::fromString(e.opening.toStdString()); opening && opening->raw() != 0)
            openings[{e.holder, e.currency}] = opening->raw();
    // The kept rows of each DSR at that version, summed per resource.
    Recomputed out;
    QString readError;
    const RevenueReader fromRows = [&](const SelectedDsr &dsr, const std::function<void(qint64, const Wide &)> &visit) {
        const auto rows = VersionRows::read(database, dsr.id, dsrVersions[dsr.id]);
        if (!rows) {
            readError = rows.error();
            return false;
        }
        out.rowsKept[dsr.id] = qint64(rows->size());
        std::map<qint64, Wide> perResource;
        for (const VersionRow &row : rows.value()) {
            Wide &sum = perResource[row.resourceId];
            if (const auto revenue = DecimalSum::fromString(row.revenue.toStdString()); revenue && !row.revenue.isEmpty())
                sum += revenue->raw();
        }
        for (const auto &[resourceId, revenue] : perResource)
            visit(resourceId, revenue);
        return true;
    };
    const auto computed = compute(database, *found, dsrs, knownOn, fromRows, openings);
    if (!computed)
        return Result::failure(readError.isEmpty() ? computed.error() : readError);
    int lineNo = 0;
    for (const auto &[key, line] : computed->lines)
        out.lines << residualLineOf(++lineNo, key, line);
    return out;
}

Expected<int> ResidualBuilder::build(Database &database, qint64 packageId, const QDate &knownOn)
{
    using Result = Expected<int>;
    PackageStore store(database);
    const auto found = store.existing(packageId);
    if (!found)
        return Result::failure(found.error());
    const Package &package = *found;
    if (package.state == Package::State::Published || package.state == Package::State::Retracted)
        return Result::failure(tr("Package %1 is %2: a published package is never rebuilt").arg(packageId).arg(Package::stateName(package.state)));
    const auto selection = sourcesOf(database, packageId, package);
    if (!selection)
        return Result::failure(selection.error());
    const auto openings = carriedBalances(database, packageId);
    if (!openings)
        return Result::failure(openings.error());
    ChunkStore chunks(database);
    const RevenueReader fromChunks = [&chunks](const SelectedDsr &dsr, const std::function<void(qint64, const Wide &)> &visit) {
        return chunks.scan(dsr.id, [&](const ChunkStore::View &chunk) {
            for (std::size_t i = 0; i < chunk.size(); ++i)
                visit(chunk.id(i), chunk.revenue(i).raw());
        });
    };
    const auto computed = compute(database, package, selection->dsrs, knownOn, fromChunks, *openings);
    if (!computed)
        return Result::failure(computed.error());

    // 5. Stored as the next version, in one write transaction that first checks that nothing the
    //    computation relied on changed meanwhile: the package's version and state, and its sources' rows.
    const int version = package.version + 1;
    Transaction transaction(database);
    if (!transaction)
        return Result::failure(transaction.error());
    auto refuse = [&](const QString &error) { // the transaction rolls back as it goes out of scope
        return Result::failure(tr("Cannot store package %1: %2").arg(packageId).arg(error));
    };
    const auto now = store.existing(packageId);
    if (!now)
        return refuse(now.error());
    if (now->version != package.version || now->state != package.state)
        return refuse(tr("another build or a publish changed it meanwhile (now version %1, %2); build it again")
                          .arg(now->version).arg(Package::stateName(now->state)));
    if (const Status held = refuseIfPurged(database, packageId, filterOf(package.partition)); !held)
        return Result::failure(held.error());
    Status stored = storeVersion(database, packageId, version, knownOn, *selection);
    if (stored.ok())
        stored = storeLines(database, packageId, version, computed->lines);
    if (stored.ok())
        stored = storeLedger(database, packageId, version, computed->recoupments);
    if (!stored.ok())
        return refuse(stored.error());
    QStringList totals;
    for (const auto &[currency, revenue] : computed->partitionRevenue) {
        const auto adjusted = computed->adjustmentTotals.find(currency);
        totals << QStringLiteral("%1 %2").arg(currency, wideText(revenue + (adjusted == computed->adjustmentTotals.end() ? Wide(0) : adjusted->second)));
    }
    const int lineCount = int(computed->lines.size());
    const Status built = store.markBuilt(packageId, version,
                                         tr("version %1: %n line(s) from %2 DSR(s); %3", nullptr, lineCount)
                                             .arg(version).arg(selection->dsrs.size()).arg(totals.join(QLatin1String(", "))));
    if (!built)
        return refuse(built.error());
    if (!transaction.commit())
        return refuse(transaction.error());
    StatusJournal journal(database);
    journal.details(DataSetDetails{PackageStore::correlationId(packageId), QString::number(packageId), QString::number(version),
                                   QStringLiteral("package"), lineCount, QDateTime::currentDateTimeUtc()});
    journal.stage(PackageStore::correlationId(packageId), QStringLiteral("BUILT"), QStringLiteral("SUCCESS"),
                  tr("version %1: %n line(s)", nullptr, lineCount).arg(version));
    return version;
}

} // namespace rd
