#include "claimstore.h"

#include "db/database.h"
#include "db/transaction.h"
#include "db/sqlerror.h"
#include "db/sqlitestatement.h"
#include "util/processidentity.h"

#include <QDateTime>
#include "db/sqlquery.h"
#include <QVariant>

namespace rd {
namespace {

const char *const kColumns = "c.id, c.isrc, c.territory, c.right_type, c.rights_holder, c.share, c.valid_from, c.valid_to, "
                             "c.known_from, c.known_to, c.source, c.line, c.dsr_id, i.file_name";
const char *const kFrom = "FROM rights_claims c LEFT JOIN rights_imports i ON i.id = c.import_id";

std::optional<QDate> optionalDate(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Claim claimFrom(const SqlQuery &q)
{
    Claim c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.isrc = q.value(i++).toString();
    c.territory = q.value(i++).toString();
    c.rightType = q.value(i++).toString();
    c.rightsHolder = q.value(i++).toString();
    Decimal::parse(q.value(i++).toString().toStdString(), c.share);
    c.validFrom = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    c.validTo = optionalDate(q.value(i++));
    c.knownFrom = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    c.knownTo = optionalDate(q.value(i++));
    c.source = q.value(i++).toString();
    c.line = q.value(i++).toLongLong();
    c.dsrId = q.value(i++).toLongLong();
    c.fileName = q.value(i++).toString();
    c.origin = c.dsrId != 0 ? QStringLiteral("ddex") : QStringLiteral("csv");
    return c;
}

} // namespace

ClaimInserter::ClaimInserter(Database &database)
    : m_insert(database.handle(), "INSERT INTO rights_claims (isrc, territory, right_type, rights_holder, share, valid_from, valid_to, "
                   "known_from, known_to, source, import_id, dsr_id, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
{
}

bool ClaimInserter::insert(const Claim &c, qint64 importId)
{
    if (!m_insert.valid())
        return false;
    const std::string texts[] = {c.isrc.toStdString(), c.territory.toStdString(), c.rightType.toStdString(),
                                 c.rightsHolder.toStdString(), c.share.toString(), c.validFrom.toString(Qt::ISODate).toStdString(),
                                 c.validTo ? c.validTo->toString(Qt::ISODate).toStdString() : std::string(),
                                 c.knownFrom.toString(Qt::ISODate).toStdString(),
                                 c.knownTo ? c.knownTo->toString(Qt::ISODate).toStdString() : std::string(),
                                 c.source.toStdString()};
    for (int i = 0; i < 10; ++i) {
        const bool optional = i == 6 || i == 8 || i == 9;
        if (optional && texts[i].empty())
            sqlite3_bind_null(m_insert.get(), i + 1);
        else
            sqlite3_bind_text(m_insert.get(), i + 1, texts[i].data(), int(texts[i].size()), SQLITE_TRANSIENT);
    }
    if (importId != 0)
        m_insert.bind(11, importId);
    else
        m_insert.bindNull(11);
    if (c.dsrId != 0)
        m_insert.bind(12, c.dsrId);
    else
        m_insert.bindNull(12);
    m_insert.bind(13, c.line);
    const int rc = m_insert.step();
    m_insert.reset();
    return rc == SQLITE_DONE;
}

Expected<ClaimStore::Imported> ClaimStore::importFile(const ClaimsFile &file)
{
    using Result = Expected<Imported>;
    sqlite3 *db = m_db.handle();
    // The check that guards the insert runs inside its transaction: two processes importing one
    // file at once cannot both pass it.
    Transaction transaction(db);
    if (!transaction)
        return Result::failure(transaction.error());
    {
        SqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id, imported_at FROM rights_imports WHERE sha256 = ?"));
        q.addBindValue(file.sha256);
        if (q.exec() && q.next())
            return Result::failure(tr("%1 was already imported (rights import %2, %3); identical content is not imported twice")
                                       .arg(file.fileName).arg(q.value(0).toLongLong()).arg(q.value(1).toString()));
    }
    auto rollback = [&](const QString &error) {
        return Result::failure(tr("Cannot store the claims of %1: %2").arg(file.fileName, error));
    };
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO rights_imports (path, file_name, sha256, imported_at, imported_by, claim_count) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(file.path);
    q.addBindValue(file.fileName);
    q.addBindValue(file.sha256);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(process::currentIdentity());
    q.addBindValue(qint64(file.claims.size()));
    if (!q.exec())
        return rollback(sqlError(q));
    const qint64 importId = q.lastInsertId().toLongLong();
    ClaimInserter inserter(m_db);
    for (const Claim &c : file.claims)
        if (!inserter.insert(c, importId))
            return rollback(QString::fromUtf8(sqlite3_errmsg(db)));
    if (!transaction.commit())
        return rollback(transaction.error());
    return Imported{importId, int(file.claims.size())};
}

Expected<QList<Claim>> ClaimStore::forTrack(const QString &isrc, const std::optional<QString> &territory,
                                            const std::optional<QString> &rightType)
{
    using Result = Expected<QList<Claim>>;
    QString sql = QStringLiteral("SELECT %1 %2 WHERE c.isrc = ?").arg(QLatin1String(kColumns), QLatin1String(kFrom));
    if (territory)
        sql += QStringLiteral(" AND c.territory IN (?, 'WW')");
    if (rightType)
        sql += QStringLiteral(" AND c.right_type = ?");
    sql += QStringLiteral(" ORDER BY c.territory, c.right_type, c.valid_from, c.id");
    SqlQuery q(m_db);
    q.prepare(sql);
    q.addBindValue(isrc);
    if (territory)
        q.addBindValue(*territory);
    if (rightType)
        q.addBindValue(*rightType);
    if (!q.exec())
        return Result::failure(sqlError(q));
    QList<Claim> claims;
    while (q.next())
        claims << claimFrom(q);
    return claims;
}

Expected<QHash<QString, QList<Claim>>> ClaimStore::forTerritory(const QString &territory, const QString &rightType)
{
    using Result = Expected<QHash<QString, QList<Claim>>>;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE c.territory IN (?, 'WW') AND c.right_type = ? ORDER BY c.isrc, c.territory, c.valid_from, c.id")
                  .arg(QLatin1String(kColumns), QLatin1String(kFrom)));
    q.addBindValue(territory);
    q.addBindValue(rightType);
    if (!q.exec())
        return Result::failure(sqlError(q));
    QHash<QString, QList<Claim>> byTrack;
    while (q.next()) {
        Claim c = claimFrom(q);
        byTrack[c.isrc] << std::move(c);
    }
    return byTrack;
}

Status ClaimStore::forEachTrack(const std::function<bool(const QString &, const QList<Claim> &)> &visit)
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 %2 ORDER BY c.isrc, c.territory, c.right_type, c.valid_from, c.id")
                    .arg(QLatin1String(kColumns), QLatin1String(kFrom))))
        return Status::failure(sqlError(q));
    QString current;
    QList<Claim> claims;
    while (q.next()) {
        Claim c = claimFrom(q);
        if (c.isrc != current && !claims.isEmpty()) {
            if (!visit(current, claims))
                return Status();
            claims.clear();
        }
        current = c.isrc;
        claims << std::move(c);
    }
    if (!claims.isEmpty())
        visit(current, claims);
    return Status();
}

} // namespace rd
