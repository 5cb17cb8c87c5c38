// The text search's index: the corpus finds exactly what TextMatcher (and
// SQL's LIKE) finds, grows with new resources and notices a replaced
// database; the transposed sums hold exactly what the chunks hold, including
// revenues past a Decimal and usages past 48 bits.
#include "testsupport.h"

#include "index/chunkstore.h"
#include "index/searchcache.h"
#include "index/searchcorpus.h"
#include "analytics/textmatcher.h"
#include "index/transposedsums.h"
#include "import/dsrimporter.h"
#include "db/database.h"

#include <QRandomGenerator>
#include <QtTest>

#include <map>

using namespace rd;

namespace {

struct Resource
{
    std::int64_t id = 0;
    std::string fields[4]; // title, artists, ISRC, DSP id
};

bool insert(sqlite3 *db, const Resource &r)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO resources (id, title, artists, isrc, dsp_id) VALUES (?, ?, ?, ?, ?)", -1, &stmt,
                           nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_int64(stmt, 1, r.id);
    for (int f = 0; f < 4; ++f)
        sqlite3_bind_text(stmt, f + 2, r.fields[f].data(), int(r.fields[f].size()), SQLITE_TRANSIENT);
    const bool ok = sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    return ok;
}

// Text from a small alphabet, so that needles match often: both cases of
// letters, an accented letter in both cases (two UTF-8 bytes each) and, now
// and then, a control character.
std::string randomText(QRandomGenerator &random, int maxLength)
{
    static const std::vector<std::string> pieces = {"a", "A", "b", "B", "s", "S", "u", "m", "e",
                                                    "r", "1", " ", "\xc3\xa9", "\xc3\x89", "-", "z"};
    std::string text;
    const int length = random.bounded(maxLength + 1);
    for (int i = 0; i < length; ++i) {
        const int pick = random.bounded(100);
        if (pick < 3)
            text += pick == 0 ? "\t" : "\x1f";
        else
            text += pieces[std::size_t(random.bounded(int(pieces.size())))];
    }
    return text;
}

std::vector<std::int64_t> bruteForce(const std::vector<Resource> &resources, const std::string &needle)
{
    const TextMatcher matcher(needle);
    std::vector<std::int64_t> ids;
    for (const Resource &r : resources)
        if (std::any_of(std::begin(r.fields), std::end(r.fields), [&](const std::string &f) { return matcher.matches(f); }))
            ids.push_back(r.id);
    return ids;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void corpusMatchesTextMatcher_data();
    void corpusMatchesTextMatcher();
    void corpusGrowsAndNoticesAnotherDatabase();
    void cacheLeavesControlCharactersToSql();
    void transposedSumsHoldWhatTheChunksHold();
};

void TestSearchIndex::corpusMatchesTextMatcher_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("maxLength");
    for (quint32 seed = 1; seed <= 6; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1, short fields").arg(seed))) << seed << 6;
    for (quint32 seed = 7; seed <= 10; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1, long fields").arg(seed))) << seed << 90; // past 32-byte blocks
}

void TestSearchIndex::corpusMatchesTextMatcher()
{
    QFETCH(quint32, seed);
    QFETCH(int, maxLength);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    std::vector<Resource> resources;
    for (int i = 0; i < 3000; ++i) {
        Resource r;
        r.id = i + 1;
        for (std::string &field : r.fields)
            field = randomText(random, maxLength);
        QVERIFY(insert(db->handle(), r));
        resources.push_back(r);
    }
    SearchCorpus corpus;
    QVERIFY(corpus.extend(db->handle()));
    QCOMPARE(corpus.resourceCount(), resources.size());
    QCOMPARE(corpus.lastId(), 3000);

    // Needles cut from the resources' own text (so most match), and random ones.
    std::vector<std::string> needles = {"s", "S", "su", "SUMMER", "\xc3\xa9", "\xc3\x89" "a", "1 1", "zz"};
    for (int i = 0; i < 60; ++i) {
        const Resource &r = resources[std::size_t(random.bounded(int(resources.size())))];
        const std::string &field = r.fields[random.bounded(4)];
        if (field.empty())
            continue;
        const auto at = std::size_t(random.bounded(int(field.size())));
        needles.push_back(field.substr(at, std::size_t(1 + random.bounded(8))));
        needles.push_back(randomText(random, 4));
    }
    for (const std::string &needle : needles) {
        if (!SearchCorpus::accepts(needle)) {
            QVERIFY(needle.find_first_of("\t\x1f") != std::string::npos);
            continue;
        }
        const auto expected = bruteForce(resources, needle);
        QCOMPARE(corpus.find(needle, 1), expected);
        QCOMPARE(corpus.find(needle, 3), expected); // split across threads
    }
}

void TestSearchIndex::corpusGrowsAndNoticesAnotherDatabase()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    QVERIFY(insert(db->handle(), Resource{1, {"Summer Nights", "Ann", "GBAAA0000001", "X1"}}));
    QVERIFY(insert(db->handle(), Resource{2, {"Winter", "Bob", "GBAAA0000002", "X2"}}));
    SearchCorpus corpus;
    QVERIFY(corpus.extend(db->handle()));
    QCOMPARE(corpus.find("summer"), std::vector<std::int64_t>{1});
    QVERIFY(corpus.describes(db->handle()));

    QVERIFY(insert(db->handle(), Resource{3, {"Indian SUMMER", "Cy", "GBAAA0000003", "X3"}}));
    QCOMPARE(corpus.find("summer"), std::vector<std::int64_t>{1}); // not read yet
    QVERIFY(corpus.extend(db->handle()));
    QCOMPARE(corpus.find("summer"), (std::vector<std::int64_t>{1, 3}));
    QCOMPARE(corpus.find("gbaaa"), (std::vector<std::int64_t>{1, 2, 3}));
    QCOMPARE(corpus.find("x2"), std::vector<std::int64_t>{2}); // the DSP id
    QCOMPARE(corpus.find("nightsann"), std::vector<std::int64_t>{}); // never across fields
    QCOMPARE(corpus.find(""), (std::vector<std::int64_t>{1, 2, 3}));

    // Another database at the same path: its last resource reads differently.
    QVERIFY(sqlite3_exec(db->handle(), "UPDATE resources SET title = 'Autumn' WHERE id = 3", nullptr, nullptr, nullptr) == SQLITE_OK);
    QVERIFY(!corpus.describes(db->handle()));

    // The cache starts over then, rather than answer from the old text.
    SearchCache::clear();
    QVERIFY(!SearchCache::find(*db, "autumn")); // not prepared: SQL answers
    QVERIFY(SearchCache::prepare(*db));
    QCOMPARE(SearchCache::find(*db, "autumn")->ids, std::vector<std::int64_t>{3});
    QVERIFY(sqlite3_exec(db->handle(), "UPDATE resources SET title = 'Spring' WHERE id = 3", nullptr, nullptr, nullptr) == SQLITE_OK);
    QVERIFY(!SearchCache::find(*db, "autumn")); // forgotten, until prepared again
    QVERIFY(SearchCache::prepare(*db));
    QCOMPARE(SearchCache::find(*db, "spring")->ids, std::vector<std::int64_t>{3});
    QVERIFY(SearchCache::find(*db, "autumn")->ids.empty());
    // A resource added after prepare() is found: the corpus catches up at the search.
    QVERIFY(insert(db->handle(), Resource{4, {"Autumn Leaves", "Dee", "GBAAA0000004", "X4"}}));
    QCOMPARE(SearchCache::find(*db, "autumn")->ids, std::vector<std::int64_t>{4});
    SearchCache::clear();
}

void TestSearchIndex::cacheLeavesControlCharactersToSql()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    QVERIFY(insert(db->handle(), Resource{1, {"a\tb", "", "", "X"}}));
    SearchCache::clear();
    QVERIFY(SearchCache::prepare(*db));
    QVERIFY(SearchCache::find(*db, "a"));
    QVERIFY(!SearchCache::find(*db, "a\tb")); // the caller scans the table instead
    SearchCache::clear();
}

void TestSearchIndex::transposedSumsHoldWhatTheChunksHold()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    // Three DSRs sharing resources; one revenue past a Decimal (±1.7e18 in a
    // resource's sum), one usage count past 48 bits, and a negative revenue.
    const QByteArray header = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n";
    QByteArray first = header, second = header, third = header;
    for (int i = 0; i < 700; ++i) {
        const QByteArray row = "R" + QByteArray::number(i) + "\tTitle " + QByteArray::number(i) + "\tx\t\t";
        first += row + QByteArray::number(i + 1) + "\t0." + QByteArray::number(i * 7 + 1) + "\n";
        if (i % 3 == 0)
            second += row + QByteArray::number(2 * i) + "\t-" + QByteArray::number(i) + ".5\n";
        if (i % 5 == 0)
            third += row + "1\t" + QByteArray::number(i) + "\n";
    }
    for (int i = 0; i < 3; ++i)
        third += "BIG\tBig\tx\t\t100000000000000\t1500000000000000000.25\n"; // 3e14 usages (> 2^47), 4.5e18 revenue
    const char *names[] = {"Gen_A_ES_EUR_20200101-20200131.tsv", "Gen_A_ES_EUR_20200201-20200229.tsv",
                           "Gen_A_ES_EUR_20200301-20200331.tsv"};
    const QByteArray *texts[] = {&first, &second, &third};
    for (int i = 0; i < 3; ++i)
        QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QString::fromLatin1(names[i]), *texts[i])).ok());

    const auto sums = TransposedSums::build(*db);
    QVERIFY(sums);
    QCOMPARE(sums->dsrs().size(), std::size_t(3));
    // Every chunk entry, read through the transposed sums.
    std::map<std::pair<std::int64_t, int>, ResourceSums> fromChunks;
    ChunkStore chunks(*db);
    std::size_t total = 0;
    for (std::size_t slot = 0; slot < sums->dsrs().size(); ++slot) {
        const TransposedSums::Dsr &dsr = sums->dsrs()[slot];
        QCOMPARE(sums->slotOf(dsr.id, dsr.sha256), int(slot));
        QCOMPARE(sums->slotOf(dsr.id, QStringLiteral("another version")), -1);
        std::vector<ResourceSums> read;
        QVERIFY(chunks.readAll(dsr.id, read));
        for (const ResourceSums &s : read)
            fromChunks[{s.resourceId, int(slot)}] = s;
        total += read.size();
    }
    QCOMPARE(sums->sumCount(), total);
    std::size_t seen = 0, wide = 0, large = 0;
    std::int64_t lastResource = -1;
    for (const auto &entry : fromChunks) {
        const auto &key = entry.first;
        if (key.first == lastResource)
            continue;
        lastResource = key.first;
        int lastSlot = -1;
        sums->visit(key.first, [&](std::uint32_t p, std::uint16_t slot, std::int64_t usages, Decimal::Mantissa revenue) {
            QVERIFY(int(slot) > lastSlot); // in slot order
            lastSlot = slot;
            const auto found = fromChunks.find({key.first, int(slot)});
            QVERIFY(found != fromChunks.end());
            QCOMPARE(usages, found->second.usages);
            const DecimalSum stored = sums->isWide(p) ? sums->wide(p) : DecimalSum::fromRaw(DecimalSum::Accumulator(revenue));
            QCOMPARE(stored.toString(), found->second.revenue.toString());
            wide += sums->isWide(p);
            large += usages >= (std::int64_t(1) << 47);
            ++seen;
        });
    }
    QCOMPARE(seen, total);
    QVERIFY(wide >= 1); // the chunk with the big revenue is wide: all of its entries are kept aside
    QCOMPARE(large, std::size_t(1));
    sums->visit(1'000'000, [&](auto...) { QFAIL("no such resource"); });
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
