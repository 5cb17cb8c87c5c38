#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>

namespace rd {

class Database;

struct Track
{
    qint64 id = 0;
    QString isrc, title, artists;
};

// The tracks (ISRCs) of the resources and the claims, searchable as you type
// through SQLite FTS5, with the resources behind each ISRC. Imports do not
// pay for it: refresh() indexes what was added since it last ran (resources
// and claims with higher ids), so the first refresh of a large catalogue
// takes a while and later ones are quick.
class TrackIndex
{
    Q_DECLARE_TR_FUNCTIONS(TrackIndex)

public:
    explicit TrackIndex(Database &database) : m_db(database) {}

    // The number of tracks added.
    Expected<qint64> refresh(const std::atomic_bool *canceled = nullptr);
    // Tracks whose ISRC, title or artists have words starting with each word
    // typed ("summ", "GBAHT09"), best first.
    Expected<QList<Track>> search(const QString &text, int limit = 50);
    Expected<std::optional<Track>> find(const QString &isrc);
    // Up to limit distinct ISRCs that the book's recordings carry (for samples and benchmarks).
    Expected<QStringList> isrcs(int limit);
    // The resources with the track's ISRC.
    Expected<QList<qint64>> resourcesOf(qint64 trackId);

private:
    Database &m_db;
};

} // namespace rd
