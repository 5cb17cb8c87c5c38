#include "trackindex.h"

#include "db/database.h"
#include "db/transaction.h"
#include "db/sqlerror.h"
#include "db/sqlitestatement.h"
#include "util/cancelflag.h"

#include <QRegularExpression>
#include "db/sqlquery.h"
#include <QVariant>

namespace rd {
namespace {

qint64 stateValue(sqlite3 *db, const char *key)
{
    SqliteStatement q(db, "SELECT value FROM track_index_state WHERE key = ?");
    sqlite3_bind_text(q.get(), 1, key, -1, SQLITE_STATIC);
    return q.step() == SQLITE_ROW ? sqlite3_column_int64(q.get(), 0) : 0;
}

bool setState(sqlite3 *db, const char *key, qint64 value)
{
    SqliteStatement q(db, "INSERT OR REPLACE INTO track_index_state (key, value) VALUES (?, ?)");
    sqlite3_bind_text(q.get(), 1, key, -1, SQLITE_STATIC);
    q.bind(2, value);
    return q.step() == SQLITE_DONE;
}

} // namespace

Expected<qint64> TrackIndex::refresh(const std::atomic_bool *canceled)
{
    using Result = Expected<qint64>;
    sqlite3 *db = m_db.handle();
    const qint64 lastResource = stateValue(db, "resource"), lastClaim = stateValue(db, "claim");
    {
        SqliteStatement newest(db, "SELECT (SELECT coalesce(max(id), 0) FROM resources), (SELECT coalesce(max(id), 0) FROM rights_claims)");
        if (newest.step() == SQLITE_ROW && sqlite3_column_int64(newest.get(), 0) == lastResource
            && sqlite3_column_int64(newest.get(), 1) == lastClaim)
            return qint64(0); // up to date
    }
    Transaction transaction(db);
    if (!transaction)
        return Result::failure(transaction.error());
    auto fail = [&] { return Result::failure(tr("Cannot index the tracks: %1").arg(transaction.error())); };
    SqliteStatement addTrack(db, "INSERT OR IGNORE INTO tracks (isrc, title, artists) VALUES (?, ?, ?)");
    SqliteStatement addText(db, "INSERT INTO tracks_fts (rowid, isrc, title, artists) VALUES (?, ?, ?, ?)");
    SqliteStatement trackOf(db, "SELECT id FROM tracks WHERE isrc = ?");
    SqliteStatement link(db, "INSERT OR IGNORE INTO track_resources (track_id, resource_id) VALUES (?, ?)");
    SqliteStatement resources(db, "SELECT id, isrc, title, artists FROM resources WHERE id > ? AND isrc IS NOT NULL ORDER BY isrc");
    SqliteStatement claims(db, "SELECT DISTINCT isrc FROM rights_claims WHERE id > ?");
    for (const SqliteStatement *s : {&addTrack, &addText, &trackOf, &link, &resources, &claims})
        if (!s->valid())
            return fail();
    qint64 added = 0;
    // A new ISRC becomes a track (and a searchable text); returns its id.
    auto track = [&](std::string_view isrc, std::string_view title, std::string_view artists) -> qint64 {
        addTrack.bindText(1, isrc);
        addTrack.bindText(2, title);
        addTrack.bindText(3, artists);
        const bool ok = addTrack.step() == SQLITE_DONE;
        addTrack.reset();
        if (!ok)
            return 0;
        if (sqlite3_changes(db) == 1) {
            const qint64 id = sqlite3_last_insert_rowid(db);
            addText.bind(1, id);
            addText.bindText(2, isrc);
            addText.bindText(3, title);
            addText.bindText(4, artists);
            const bool indexed = addText.step() == SQLITE_DONE;
            addText.reset();
            ++added;
            return indexed ? id : 0;
        }
        trackOf.bindText(1, isrc);
        const qint64 id = trackOf.step() == SQLITE_ROW ? sqlite3_column_int64(trackOf.get(), 0) : 0;
        trackOf.reset();
        return id;
    };
    // Sorted by ISRC, so one lookup serves all of a track's new resources.
    resources.bind(1, lastResource);
    std::string currentIsrc;
    qint64 currentTrack = 0, scanned = 0;
    while (resources.step() == SQLITE_ROW) {
        if (++scanned % 4096 == 0 && isCanceled(canceled))
            return Result::failure(tr("Canceled"));
        const std::string_view isrc = resources.text(1);
        if (isrc != currentIsrc) {
            currentIsrc = isrc;
            currentTrack = track(isrc, resources.text(2), resources.text(3));
            if (currentTrack == 0)
                return fail();
        }
        link.bind(1, currentTrack);
        link.bind(2, sqlite3_column_int64(resources.get(), 0));
        const bool linked = link.step() == SQLITE_DONE;
        link.reset();
        if (!linked)
            return fail();
    }
    claims.bind(1, lastClaim);
    while (claims.step() == SQLITE_ROW)
        if (track(claims.text(0), {}, {}) == 0)
            return fail();
    SqliteStatement newest(db, "SELECT (SELECT coalesce(max(id), 0) FROM resources), (SELECT coalesce(max(id), 0) FROM rights_claims)");
    if (newest.step() != SQLITE_ROW || !setState(db, "resource", sqlite3_column_int64(newest.get(), 0))
        || !setState(db, "claim", sqlite3_column_int64(newest.get(), 1)))
        return fail();
    if (!transaction.commit())
        return fail();
    return added;
}

Expected<QList<Track>> TrackIndex::search(const QString &text, int limit)
{
    using Result = Expected<QList<Track>>;
    // Each word typed as a prefix token; quotes keep FTS5 syntax out of the user's text.
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    for (auto it = words.globalMatch(text); it.hasNext();)
        terms << QStringLiteral("\"%1\"*").arg(it.next().captured(0));
    if (terms.isEmpty())
        return QList<Track>();
    // Ranking scores every match: worth it once the words are specific, not for the
    // first keystrokes, whose prefixes match a large part of the catalogue (a
    // 4-letter prefix still matched 10% of 475k tracks in the benchmark).
    constexpr qsizetype kRankFrom = 5;
    qsizetype typed = 0;
    for (const QString &term : terms)
        typed += term.size() - 3; // the quotes and the star
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.id, t.isrc, t.title, t.artists FROM tracks_fts f JOIN tracks t ON t.id = f.rowid "
                             "WHERE tracks_fts MATCH ? %1 LIMIT ?").arg(typed >= kRankFrom ? QStringLiteral("ORDER BY rank") : QString()));
    q.addBindValue(terms.join(QLatin1Char(' ')));
    q.addBindValue(limit);
    if (!q.exec())
        return Result::failure(sqlError(q));
    QList<Track> tracks;
    while (q.next())
        tracks << Track{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return tracks;
}

Expected<std::optional<Track>> TrackIndex::find(const QString &isrc)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, isrc, title, artists FROM tracks WHERE isrc = ?"));
    q.addBindValue(isrc);
    if (!q.exec())
        return Expected<std::optional<Track>>::failure(sqlError(q));
    if (!q.next())
        return std::optional<Track>();
    return std::optional<Track>(Track{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
}

Expected<QStringList> TrackIndex::isrcs(int limit)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT isrc FROM resources WHERE isrc IS NOT NULL LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Expected<QStringList>::failure(sqlError(q));
    QStringList found;
    while (q.next())
        found << q.value(0).toString();
    return found;
}

Expected<QList<qint64>> TrackIndex::resourcesOf(qint64 trackId)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT resource_id FROM track_resources WHERE track_id = ?"));
    q.addBindValue(trackId);
    if (!q.exec())
        return Expected<QList<qint64>>::failure(sqlError(q));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace rd
