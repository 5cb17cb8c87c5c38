#include "toplistcache.h"

#include "db/database.h"

#include "index/resourcechunk.h"
#include "index/resourcetotals.h"
#include "db/sqlitestatement.h"

#include <QHash>
#include <QMutex>

namespace rd {
namespace {

constexpr int kCachedLists = 400; // ≈ 45 MB at 2,000 entries a list

struct Key
{
    QString database;
    qint64 dsrId;
    QString sha256;
    friend bool operator==(const Key &a, const Key &b)
    {
        return a.dsrId == b.dsrId && a.sha256 == b.sha256 && a.database == b.database;
    }
};

size_t qHash(const Key &key, size_t seed = 0) { return qHashMulti(seed, key.database, key.dsrId, key.sha256); }

struct Slot
{
    std::shared_ptr<const TopList> list;
    quint64 lastUse = 0;
};

QMutex mutex;
QHash<Key, Slot> cache;
quint64 useCounter = 0;

std::shared_ptr<const TopList> read(sqlite3 *db, qint64 dsrId)
{
    // The blob when there is one: binary, in rank order.
    SqliteStatement blob(db, "SELECT data FROM dsr_top_blobs WHERE dsr_id = ?");
    if (blob.valid()) {
        blob.bind(1, dsrId);
        if (blob.step() == SQLITE_ROW) {
            const auto bytes = blob.blob(0);
            const auto view = resourcechunk::View::parse(bytes.data(), bytes.size());
            if (!view)
                return nullptr;
            auto list = std::make_shared<TopList>();
            list->entries.reserve(view->size());
            for (std::size_t i = 0; i < view->size(); ++i) {
                const DecimalSum revenue = view->revenue(i);
                list->entries.push_back({view->id(i), view->usages(i), revenue, revenue.approximateMantissa()});
            }
            list->truncated = list->entries.size() >= std::size_t(ResourceTotals::kTopListSize);
            return list;
        }
    }
    SqliteStatement q(db, "SELECT resource_id, usages, revenue FROM dsr_top_resources WHERE dsr_id = ? ORDER BY rank");
    if (!q.valid())
        return nullptr;
    q.bind(1, dsrId);
    auto list = std::make_shared<TopList>();
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const auto revenue = DecimalSum::fromString(q.text(2));
        if (!revenue)
            return nullptr;
        list->entries.push_back({sqlite3_column_int64(q.get(), 0), sqlite3_column_int64(q.get(), 1), *revenue,
                                 revenue->approximateMantissa()});
    }
    if (rc != SQLITE_DONE)
        return nullptr;
    list->truncated = list->entries.size() >= std::size_t(ResourceTotals::kTopListSize);
    return list;
}

} // namespace

std::shared_ptr<const TopList> TopListCache::get(Database &database, qint64 dsrId, const QString &sha256)
{
    sqlite3 *db = database.handle();
    const Key key{QString::fromUtf8(sqlite3_db_filename(db, "main")), dsrId, sha256};
    {
        QMutexLocker lock(&mutex);
        const auto found = cache.find(key);
        if (found != cache.end()) {
            found->lastUse = ++useCounter;
            return found->list;
        }
    }
    auto list = read(db, dsrId); // outside the lock: other threads keep going
    // Without a SHA-256 (a DSR still importing) the id alone cannot name the content.
    if (!list || sha256.isEmpty())
        return list;
    QMutexLocker lock(&mutex);
    if (cache.size() >= kCachedLists) {
        auto oldest = cache.begin();
        for (auto it = cache.begin(); it != cache.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        cache.erase(oldest);
    }
    cache.insert(key, Slot{list, ++useCounter});
    return list;
}

} // namespace rd
