#include "searchcache.h"

#include "db/database.h"

#include "index/searchcorpus.h"
#include "index/transposedsums.h"

#include <QMutex>
#include <QString>

#include <thread>

#include <sqlite3.h>

namespace rd {
namespace {

// One database at a time: the application works on one, and on 100M rows
// the corpus and the sums take about a gigabyte and a half.
QMutex mutex;
QString cachedDatabase;
std::unique_ptr<SearchCorpus> corpus;
std::shared_ptr<const TransposedSums> sums;
QMutex buildMutex; // one build of the sums at a time

QString databasePath(sqlite3 *db) { return QString::fromUtf8(sqlite3_db_filename(db, "main")); }

// Forgets what was read from another database, or from one that has since
// been replaced at the same path. Needs the mutex.
void forgetOtherDatabase(sqlite3 *db)
{
    const QString path = databasePath(db);
    if (path == cachedDatabase && (!corpus || corpus->describes(db)))
        return;
    cachedDatabase = path;
    corpus.reset();
    sums.reset();
}

// Appends the resources stored since the corpus last read; forgets the
// corpus when that fails. Needs the mutex and a corpus.
bool catchUp(sqlite3 *db, const std::atomic_bool *canceled)
{
    if (corpus->extend(db, canceled))
        return true;
    corpus.reset();
    return false;
}

bool sameDsrs(const std::vector<TransposedSums::Dsr> &a, const std::vector<TransposedSums::Dsr> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const auto &x, const auto &y) { return x.id == y.id && x.sha256 == y.sha256; });
}

} // namespace

std::optional<SearchCache::Found> SearchCache::find(Database &database, std::string_view needle)
{
    sqlite3 *db = database.handle();
    if (!SearchCorpus::accepts(needle))
        return std::nullopt;
    QMutexLocker lock(&mutex);
    forgetOtherDatabase(db);
    if (!corpus)
        return std::nullopt; // not prepared: reading it here would take longer than a scan of the table
    if (!catchUp(db, nullptr)) // the resources imported since prepare(): a small step
        return std::nullopt;
    return Found{corpus->find(needle, int(std::max(1u, std::thread::hardware_concurrency()))), sums};
}

bool SearchCache::prepare(Database &database, const std::atomic_bool *canceled)
{
    sqlite3 *db = database.handle();
    const QString path = databasePath(db);
    {
        QMutexLocker lock(&mutex);
        forgetOtherDatabase(db);
        if (!corpus)
            corpus = std::make_unique<SearchCorpus>();
        if (!catchUp(db, canceled))
            return false;
    }
    QMutexLocker building(&buildMutex);
    std::vector<TransposedSums::Dsr> dsrs;
    if (!TransposedSums::listDsrs(db, dsrs))
        return false;
    {
        QMutexLocker lock(&mutex);
        if (cachedDatabase != path)
            return false; // another database was prepared meanwhile
        if (sums && sameDsrs(sums->dsrs(), dsrs))
            return true;
        sums.reset(); // before reading the new ones: never both in memory
    }
    std::shared_ptr<const TransposedSums> built = TransposedSums::build(database, canceled);
    if (!built)
        return false;
    QMutexLocker lock(&mutex);
    if (cachedDatabase == path)
        sums = std::move(built);
    return true;
}

SearchCache::Footprint SearchCache::footprint()
{
    QMutexLocker lock(&mutex);
    return Footprint{corpus ? corpus->bytes() : 0, sums ? sums->bytes() : 0};
}

void SearchCache::clear()
{
    QMutexLocker lock(&mutex);
    corpus.reset();
    sums.reset();
    cachedDatabase.clear();
}

} // namespace rd
