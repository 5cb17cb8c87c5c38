#include "searchcache.h"

#include "analytics/searchcorpus.h"
#include "analytics/transposedsums.h"

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

// Forgets what was read from another database, or from one that has since
// been replaced at the same path. Needs the mutex.
void forgetOtherDatabase(sqlite3 *db)
{
    const QString path = QString::fromUtf8(sqlite3_db_filename(db, "main"));
    if (path == cachedDatabase && (!corpus || corpus->describes(db)))
        return;
    cachedDatabase = path;
    corpus.reset();
    sums.reset();
}

// The corpus of db, up to date; null when it cannot be read or reading was canceled. Needs the mutex.
SearchCorpus *upToDateCorpus(sqlite3 *db, const std::atomic_bool *canceled)
{
    forgetOtherDatabase(db);
    if (!corpus)
        corpus = std::make_unique<SearchCorpus>();
    if (!corpus->extend(db, canceled)) {
        corpus.reset();
        return nullptr;
    }
    return corpus.get();
}

bool sameDsrs(const std::vector<TransposedSums::Dsr> &a, const std::vector<TransposedSums::Dsr> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const auto &x, const auto &y) { return x.id == y.id && x.sha256 == y.sha256; });
}

} // namespace

std::optional<SearchCache::Found> SearchCache::find(sqlite3 *db, std::string_view needle)
{
    if (!SearchCorpus::accepts(needle))
        return std::nullopt;
    QMutexLocker lock(&mutex);
    forgetOtherDatabase(db);
    if (!corpus)
        return std::nullopt; // not prepared: reading it here would take longer than a scan of the table
    SearchCorpus *current = upToDateCorpus(db, nullptr); // the resources imported since: a small step
    if (!current)
        return std::nullopt;
    return Found{current->find(needle, int(std::max(1u, std::thread::hardware_concurrency()))), sums};
}

bool SearchCache::prepare(sqlite3 *db, const std::atomic_bool *canceled)
{
    {
        QMutexLocker lock(&mutex);
        if (!upToDateCorpus(db, canceled))
            return false;
    }
    QMutexLocker building(&buildMutex);
    std::vector<TransposedSums::Dsr> dsrs;
    if (!TransposedSums::listDsrs(db, dsrs))
        return false;
    {
        QMutexLocker lock(&mutex);
        forgetOtherDatabase(db);
        if (sums && sameDsrs(sums->dsrs(), dsrs))
            return true;
        sums.reset(); // before reading the new ones: never both in memory
    }
    std::shared_ptr<const TransposedSums> built = TransposedSums::build(db, canceled);
    if (!built)
        return false;
    QMutexLocker lock(&mutex);
    forgetOtherDatabase(db);
    if (QString::fromUtf8(sqlite3_db_filename(db, "main")) == cachedDatabase)
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
