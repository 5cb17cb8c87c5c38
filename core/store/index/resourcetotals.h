#pragma once

#include "money/decimal.h"
#include "money/decimalsum.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace rd {

class Database;

// Sums one DSR's rows per resource while it is imported, and stores them as
// compact chunks (dsr_resource_chunks) plus the DSR's top list by revenue
// (dsr_top_resources). The analytics read these, never the usage rows.
//
// Resources this import creates have consecutive ids, so their sums sit in a
// plain array indexed by id; resources known from earlier imports go into a
// hash table. A sum that outgrows a Decimal moves into a wide side table.
class ResourceTotals
{
    Q_DECLARE_TR_FUNCTIONS(ResourceTotals)

public:
    // Resources kept per DSR, by revenue, for the analytics' top lists.
    static constexpr int kTopListSize = 2000;

    // firstNewId: the id the import gives its first new resource.
    ResourceTotals(sqlite3 *db, qint64 dsrId, std::int64_t firstNewId);

    // A missing usage or revenue is passed as zero.
    bool add(std::int64_t resourceId, std::int64_t usages, const Decimal &revenue);
    // Writes the chunks and the top list; call before committing.
    bool finish();

    QString errorString() const { return m_error; }

    // Rebuilds the totals of every ingested DSR from its rows (schema upgrade).
    static bool rebuildAll(sqlite3 *db, QString &error);
    // Rebuilds the DSRs whose stored sums do not add up to their total (sums
    // that passed a Decimal's range were stored wrapped before schema 11).
    static bool repairWrappedSums(sqlite3 *db, QString &error);
    // Writes every DSR's top list as one blob (schema 14), from its rows.
    static bool writeTopBlobs(sqlite3 *db, QString &error);
    // Replaces one DSR's totals with sums of its current rows (after a re-delivery).
    static bool rebuildDsr(Database &database, qint64 dsrId, QString &error);
    static bool rebuildDsr(sqlite3 *db, qint64 dsrId, QString &error);

private:
    struct Sums
    {
        std::int64_t usages = 0;
        Decimal::Mantissa revenue = 0;
    };
    struct KnownSlot
    {
        std::int64_t resourceId = 0; // 0: empty
        Sums sums;
    };

    Sums &knownSums(std::int64_t resourceId);
    void growKnown();
    bool fail(const QString &message);

    sqlite3 *m_db;
    qint64 m_dsrId;
    std::int64_t m_firstNewId;
    // Sums of new resources in blocks indexed by resourceId - m_firstNewId:
    // blocks grow without the copy (and twice the memory) of a growing vector,
    // and columns avoid the padding of a 16-byte aligned struct.
    struct NewBlock
    {
        static constexpr std::size_t kSize = 1 << 16;
        Decimal::Mantissa revenue[kSize] = {};
        std::int64_t usages[kSize] = {};
        std::uint64_t seen[kSize / 64] = {};
    };
    std::vector<std::unique_ptr<NewBlock>> m_new;
    std::vector<KnownSlot> m_known; // open addressing, power-of-two size
    std::size_t m_knownCount = 0;
    std::unordered_map<std::int64_t, DecimalSum> m_wide; // revenue carried out of a Decimal
    QString m_error;
};

} // namespace rd
