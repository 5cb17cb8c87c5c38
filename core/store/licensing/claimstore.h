#pragma once

#include "licensing/claim.h"
#include "db/sqlitestatement.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace rd {

class Database;

// Adds claims inside the caller's transaction: a licensing CSV's (importId)
// or a DDEX report's LI01 shares (claim.dsrId).
class ClaimInserter
{
public:
    explicit ClaimInserter(Database &database);
    bool insert(const Claim &claim, qint64 importId = 0);

private:
    SqliteStatement m_insert;
};

// Owner of `rights_claims` and `rights_imports`. Stores and reads rights claims: a licensing CSV is imported
// in one transaction; the claims of one track come back through the
// (isrc, territory, right_type) index.
class ClaimStore
{
    Q_DECLARE_TR_FUNCTIONS(ClaimStore)

public:
    explicit ClaimStore(Database &database) : m_db(database) {}

    struct Imported
    {
        qint64 importId = 0;
        int claims = 0;
    };
    // Refuses a file already imported (same SHA-256).
    Expected<Imported> importFile(const ClaimsFile &file);

    // The track's claims; with a territory, those of that territory and the worldwide (WW) ones.
    Expected<QList<Claim>> forTrack(const QString &isrc, const std::optional<QString> &territory = std::nullopt,
                                    const std::optional<QString> &rightType = std::nullopt);
    // Every claim of one right type in a territory (or WW), by ISRC: one
    // query for a whole DSR instead of one per track.
    Expected<QHash<QString, QList<Claim>>> forTerritory(const QString &territory, const QString &rightType);
    // Every claim, a track at a time (in ISRC order); visit returns false to stop.
    Status forEachTrack(const std::function<bool(const QString &isrc, const QList<Claim> &claims)> &visit);

private:
    Database &m_db;
};

} // namespace rd
