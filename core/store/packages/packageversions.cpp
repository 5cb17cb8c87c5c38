#include "packageversions.h"

#include "db/database.h"
#include "db/sqlerror.h"

#include <QDateTime>
#include "db/sqlquery.h"
#include <QVariant>

namespace rd {

Expected<QList<LedgerEntry>> PackageVersions::publishedClosings(qint64 exceptPackageId)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT l.holder, l.currency, l.closing FROM advance_ledger l JOIN packages p ON p.id = l.package_id "
                             "AND p.version = l.version WHERE p.state = 'published' AND p.id <> ? ORDER BY p.id"));
    q.addBindValue(exceptPackageId);
    if (!q.exec())
        return Expected<QList<LedgerEntry>>::failure(sqlError(q));
    QList<LedgerEntry> closings;
    while (q.next()) {
        LedgerEntry e;
        e.holder = q.value(0).toString();
        e.currency = q.value(1).toString();
        e.closing = q.value(2).toString();
        closings << e;
    }
    return closings;
}

Expected<std::optional<QDate>> PackageVersions::knownOn(qint64 packageId, int version)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT known_on FROM package_versions WHERE package_id = ? AND version = ?"));
    q.addBindValue(packageId);
    q.addBindValue(version);
    if (!q.exec())
        return Expected<std::optional<QDate>>::failure(sqlError(q));
    if (!q.next())
        return std::optional<QDate>();
    return std::optional<QDate>(QDate::fromString(q.value(0).toString(), Qt::ISODate));
}

Status PackageVersions::writeVersion(qint64 packageId, int version, const QString &builtBy, const QDate &knownOn, const QString &baseCurrency)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO package_versions (package_id, version, built_at, built_by, known_on, base_currency) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(packageId), QVariant(version), QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                              QVariant(builtBy), QVariant(knownOn.toString(Qt::ISODate)), QVariant(baseCurrency)})
        q.addBindValue(v);
    return q.exec() ? Status() : Status::failure(sqlError(q));
}

Status PackageVersions::writeSource(qint64 packageId, int version, qint64 dsrId, const QString &rate)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO package_sources (package_id, version, dsr_id, dsr_version, sha256, row_count, file_name, "
                             "territory, currency, period_start, period_end, revenue, rate) "
                             "SELECT ?, ?, id, version, sha256, row_count, file_name, territory, currency, period_start, period_end, "
                             "revenue_total, ? FROM dsrs WHERE id = ?"));
    for (const QVariant &v : {QVariant(packageId), QVariant(version), nullIfEmpty(rate), QVariant(dsrId)})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return q.numRowsAffected() == 1 ? Status() : Status::failure(tr("DSR %1 was deleted while the package was built").arg(dsrId));
}

Status PackageVersions::writeLedger(qint64 packageId, int version, const QList<LedgerEntry> &entries)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO advance_ledger (package_id, version, holder, currency, opening, advanced, recouped, closing) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const LedgerEntry &e : entries) {
        for (const QVariant &v : {QVariant(packageId), QVariant(version), QVariant(e.holder), QVariant(e.currency), QVariant(e.opening),
                                  QVariant(e.advanced), QVariant(e.recouped), QVariant(e.closing)})
            q.addBindValue(v);
        if (!q.exec())
            return Status::failure(sqlError(q));
    }
    return {};
}

PackageVersions::LineWriter::LineWriter(Database &database, qint64 packageId, int version)
    : m_db(database)
    , m_insert(database.handle(), "INSERT INTO package_lines (package_id, version, line_no, holder, territory, resource_id, isrc, dsp_id, "
                                  "title, currency, share, revenue, adjustment, recouped, net, base_net, base_revenue, base_adjustment, "
                                  "base_recouped, overclaimed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_packageId(packageId)
    , m_version(version)
{
}

Status PackageVersions::LineWriter::insert(const ResidualLine &line)
{
    if (!m_insert.valid())
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    const std::string texts[] = {line.holder.toStdString(), line.territory.toStdString(), line.isrc.toStdString(), line.dspId.toStdString(),
                                 line.title.toStdString(), line.currency.toStdString(), line.share.toStdString(),
                                 line.revenue.toStdString(), line.adjustment.toStdString(), line.recouped.toStdString(),
                                 line.net.toStdString(), line.baseNet.toStdString(), line.baseRevenue.toStdString(),
                                 line.baseAdjustment.toStdString(), line.baseRecouped.toStdString()};
    m_insert.bind(1, m_packageId);
    m_insert.bind(2, m_version);
    m_insert.bind(3, line.lineNo);
    sqlite3_bind_text(m_insert.get(), 4, texts[0].data(), int(texts[0].size()), SQLITE_TRANSIENT); // "" is the unallocated line
    m_insert.bindText(5, texts[1]);
    m_insert.bind(6, line.resourceId);
    for (int i = 2; i < 15; ++i)
        if (i >= 11 && texts[i].empty()) // no base amount without a rate
            m_insert.bindNull(i + 5);
        else
            sqlite3_bind_text(m_insert.get(), i + 5, texts[i].data(), int(texts[i].size()), SQLITE_TRANSIENT);
    m_insert.bind(20, line.overclaimed ? 1 : 0);
    const int rc = m_insert.step();
    m_insert.reset();
    return rc == SQLITE_DONE ? Status() : Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
}

} // namespace rd
