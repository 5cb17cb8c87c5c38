// Re-deliveries: the diff against the stored version (a property test over
// random edits: applying it gives the new file, and every earlier version can
// still be rebuilt), the as-of history, and DDEX re-deliveries.
#include "db/sqlquery.h"
#include "testsupport.h"

#include "analytics/analyticsengine.h"
#include "index/chunkstore.h"
#include "import/anyimporter.h"
#include "import/dsrimporter.h"
#include "rows/versionrows.h"
#include "db/database.h"
#include "storage/dsrrepository.h"
#include "storage/dsrversions.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

#include <map>

using namespace rd;

namespace {

struct Row
{
    QString dspId, title, isrc, usages, revenue; // usages/revenue empty = missing
    QString text() const { return QStringList{dspId, title, isrc, usages, revenue}.join(u'|'); }
};

QByteArray tsv(const QList<Row> &rows)
{
    QByteArray out = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n";
    for (const Row &r : rows)
        out += (r.dspId + u'\t' + r.title + u"\tArtist\t" + r.isrc + u'\t' + r.usages + u'\t' + r.revenue + u'\n').toUtf8();
    return out;
}

Row randomRow(QRandomGenerator &rng, int catalogue)
{
    const int id = int(rng.bounded(catalogue));
    Row r;
    r.dspId = QStringLiteral("D%1").arg(id);
    r.isrc = QStringLiteral("QZABC%1").arg(id, 7, 10, QLatin1Char('0'));
    r.title = QStringLiteral("Title %1").arg(rng.bounded(3));
    r.usages = rng.bounded(10) == 0 ? QString() : QString::number(rng.bounded(1000));
    r.revenue = rng.bounded(10) == 0 ? QString() : QStringLiteral("%1.%2").arg(rng.bounded(100)).arg(rng.bounded(100));
    return r;
}

// A delivery after random edits: rows deleted, added, changed (values, title) and moved.
QList<Row> edited(QList<Row> rows, QRandomGenerator &rng, int catalogue)
{
    const int edits = 1 + int(rng.bounded(12));
    for (int e = 0; e < edits; ++e) {
        const int at = rows.isEmpty() ? 0 : int(rng.bounded(rows.size()));
        switch (rng.bounded(5)) {
        case 0:
            if (!rows.isEmpty())
                rows.removeAt(at);
            break;
        case 1: rows.insert(at, randomRow(rng, catalogue)); break;
        case 2:
            if (!rows.isEmpty())
                rows[at].usages = QString::number(rng.bounded(1000));
            break;
        case 3:
            if (!rows.isEmpty())
                rows[at].title = QStringLiteral("Retitled %1").arg(rng.bounded(1000));
            break;
        case 4:
            if (rows.size() > 1)
                rows.move(at, int(rng.bounded(rows.size())));
            break;
        }
    }
    return rows;
}

// The stored rows (or a rebuilt version's) as sorted texts, to compare as multisets.
QStringList storedTexts(Database &db, const std::vector<VersionRow> &rows)
{
    QStringList out;
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT dsp_id, coalesce(title, ''), coalesce(isrc, '') FROM resources WHERE id = ?"));
    for (const VersionRow &r : rows) {
        q.addBindValue(r.resourceId);
        q.exec();
        q.next();
        Row row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                r.usages ? QString::number(*r.usages) : QString(), r.revenue};
        out << row.text();
    }
    out.sort();
    return out;
}

QStringList texts(const QList<Row> &rows)
{
    QStringList out;
    for (const Row &r : rows) {
        Row canonical = r;
        if (!canonical.revenue.isEmpty()) { // stored canonical: no trailing zeros
            Decimal d;
            Decimal::parse(canonical.revenue.toStdString(), d);
            canonical.revenue = QString::fromStdString(d.toString());
        }
        out << canonical.text();
    }
    out.sort();
    return out;
}

const QString kName = QStringLiteral("Gen_Offer_ES_EUR_20200101-20200131.tsv");

QString writeVersion(const QTemporaryDir &dir, int version, const QList<Row> &rows)
{
    QDir().mkpath(dir.filePath(QString::number(version)));
    return test::writeFile(dir, QStringLiteral("%1/%2").arg(version).arg(kName), tsv(rows));
}

} // namespace

class TestRedelivery : public QObject
{
    Q_OBJECT

private slots:
    void diffAppliedGivesTheNewVersion_data();
    void diffAppliedGivesTheNewVersion();
    void largeDiffScansInTwoHalves();
    void asOfHistory();
    void ddexRedelivery();
};

void TestRedelivery::diffAppliedGivesTheNewVersion_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 25; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestRedelivery::diffAppliedGivesTheNewVersion()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const int catalogue = 40; // small: keys repeat, so rows are matched as multisets
    QList<Row> rows;
    for (int i = 0; i < 60; ++i)
        rows << randomRow(rng, catalogue);
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const auto first = DsrImporter(*db).importFile(writeVersion(dir, 1, rows));
    QVERIFY2(first.ok(), qPrintable(first.error));
    const qint64 id = first.dsrId;
    std::vector<QList<Row>> history{rows};
    for (int version = 2; version <= 4; ++version) {
        const QList<Row> next = edited(history.back(), rng, catalogue);
        const QString path = writeVersion(dir, version, next);
        const int stored = test::scalar(*db, "SELECT count(*) FROM usage_rows").toInt();

        ImportOptions dryRun;
        dryRun.dryRun = true;
        const auto reviewed = DsrImporter(*db).importFile(path, dryRun);
        if (texts(next) == texts(history.back()) && tsv(next) == tsv(history.back())) {
            QCOMPARE(reviewed.outcome, ImportResult::Outcome::Duplicate);
            continue;
        }
        QCOMPARE(reviewed.outcome, ImportResult::Outcome::DryRun);
        QVERIFY(reviewed.diff);
        QCOMPARE(test::scalar(*db, "SELECT count(*) FROM usage_rows").toInt(), stored); // nothing written
        QCOMPARE(DsrImporter(*db).importFile(path).outcome, ImportResult::Outcome::Redelivery); // not unasked

        ImportOptions replace;
        replace.replace = true;
        const auto applied = DsrImporter(*db).importFile(path, replace);
        QVERIFY2(applied.ok(), qPrintable(applied.error));
        QCOMPARE(applied.dsrId, id);
        QCOMPARE(applied.version, version);
        const DiffSummary &d = *applied.diff;
        // The minimal multiset diff, per row key (dsp_id and ISRC): equal rows pair, then the rest of the key pairs as updates.
        std::map<QString, std::pair<QStringList, QStringList>> byKey; // key → (old texts, new texts)
        for (const Row &r : history.back())
            byKey[r.dspId + u'|' + r.isrc].first << texts({r});
        for (const Row &r : next)
            byKey[r.dspId + u'|' + r.isrc].second << texts({r});
        qint64 unchanged = 0, updated = 0, created = 0, deleted = 0;
        for (auto &[key, sides] : byKey) {
            QStringList remaining = sides.first;
            qint64 same = 0;
            for (const QString &t : sides.second)
                if (remaining.removeOne(t))
                    ++same;
            const qint64 paired = std::min(sides.first.size(), sides.second.size());
            unchanged += same;
            updated += paired - same;
            created += sides.second.size() - paired;
            deleted += sides.first.size() - paired;
        }
        QCOMPARE(d.unchanged, unchanged);
        QCOMPARE(d.updated, updated);
        QCOMPARE(d.created, created);
        QCOMPARE(d.deleted, deleted);
        // Applying it gives the new file's rows…
        const auto now = VersionRows::read(*db, id, version);
        QVERIFY(now);
        QCOMPARE(storedTexts(*db, now.value()), texts(next));
        // …and only the changed rows were written: the rows this version placed are the created and updated ones.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM usage_row_lines WHERE version = %1").arg(version)).toLongLong(),
                 d.created + d.updated);
        // Every earlier version can still be rebuilt.
        for (int earlier = 1; earlier < version; ++earlier) {
            const auto then = VersionRows::read(*db, id, earlier);
            QVERIFY(then);
            QCOMPARE(storedTexts(*db, then.value()), texts(history[std::size_t(earlier - 1)]));
        }
        // The DSR's totals and its per-resource aggregates follow the new version.
        qint64 usages = 0;
        DecimalSum revenue;
        std::map<QString, qint64> usagesByResource;
        for (const Row &r : next) {
            usages += r.usages.toLongLong();
            Decimal value;
            if (!r.revenue.isEmpty() && Decimal::parse(r.revenue.toStdString(), value) == Decimal::ParseResult::Exact)
                revenue.add(value);
            usagesByResource[r.dspId + u'|' + r.title] += r.usages.toLongLong();
        }
        const auto record = DsrRepository(*db).find(id);
        QCOMPARE(record.value()->rows, qint64(next.size()));
        QCOMPARE(record.value()->usages, usages);
        QCOMPARE(record.value()->revenue, QString::fromStdString(revenue.toString()));
        QCOMPARE(record.value()->version, version);
        std::vector<ResourceSums> sums;
        QVERIFY(ChunkStore(*db).readAll(id, sums));
        std::map<QString, qint64> aggregated;
        SqlQuery q(*db);
        q.prepare(QStringLiteral("SELECT dsp_id || '|' || coalesce(title, '') FROM resources WHERE id = ?"));
        for (const ResourceSums &s : sums) {
            q.addBindValue(qint64(s.resourceId));
            q.exec();
            q.next();
            aggregated[q.value(0).toString()] += s.usages;
        }
        std::erase_if(aggregated, [](const auto &e) { return e.second == 0; });
        std::erase_if(usagesByResource, [](const auto &e) { return e.second == 0; });
        QCOMPARE(aggregated, usagesByResource);
        history.push_back(next);
    }
}

void TestRedelivery::largeDiffScansInTwoHalves()
{
    // Above 100,000 stored rows the stored side is read by two connections at once.
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    QList<Row> rows;
    for (int i = 0; i < 150000; ++i)
        rows << Row{QStringLiteral("D%1").arg(i % 40000), QStringLiteral("T"), QString(), QString::number(i % 97), QStringLiteral("1.5")};
    QVERIFY(DsrImporter(*db).importFile(writeVersion(dir, 1, rows)).ok());
    QList<Row> next = rows;
    next[10].usages = QStringLiteral("5000");           // low half
    next[140000].revenue = QStringLiteral("2");         // high half
    next.removeAt(75000);
    next << Row{QStringLiteral("NEW"), QStringLiteral("T"), QString(), QStringLiteral("1"), QStringLiteral("1")};
    ImportOptions replace;
    replace.replace = true;
    const auto applied = DsrImporter(*db).importFile(writeVersion(dir, 2, next), replace);
    QVERIFY2(applied.ok(), qPrintable(applied.error));
    QCOMPARE(applied.diff->unchanged, 149997);
    QCOMPARE(applied.diff->updated, 2);
    QCOMPARE(applied.diff->deleted, 1);
    QCOMPARE(applied.diff->created, 1);
    QCOMPARE(storedTexts(*db, VersionRows::read(*db, applied.dsrId, 2).value()), texts(next));
}

void TestRedelivery::asOfHistory()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    QList<Row> v1{{"A", "Song", "QZABC0000001", "10", "1.00"}, {"B", "Other", "QZABC0000002", "5", "2.50"}};
    QList<Row> v2 = v1;
    v2[0].usages = QStringLiteral("12");
    v2 << Row{"C", "New", "QZABC0000003", "1", "0.25"};
    const qint64 id = DsrImporter(*db).importFile(writeVersion(dir, 1, v1)).dsrId;
    ImportOptions replace;
    replace.replace = true;
    QCOMPARE(DsrImporter(*db).importFile(writeVersion(dir, 2, v2), replace).version, 2);
    // Say the first arrived in March and the correction in May.
    SqlQuery q(*db);
    QVERIFY(q.exec(QStringLiteral("UPDATE dsr_versions SET applied_at = CASE version WHEN 1 THEN '2021-03-10T09:00:00Z' "
                                  "ELSE '2021-05-02T16:30:00Z' END")));
    DsrVersions versions(*db);
    QVERIFY(!versions.asOf(id, QDate(2021, 3, 9)).value());
    QCOMPARE(versions.asOf(id, QDate(2021, 3, 10)).value()->version, 1); // the day it arrived counts
    QCOMPARE(versions.asOf(id, QDate(2021, 5, 1)).value()->version, 1);
    const auto may = versions.asOf(id, QDate(2021, 5, 2)).value();
    QCOMPARE(may->version, 2);
    QCOMPARE(versions.asOf(id, QDate(2021, 3, 31)).value()->usages, 15);
    QCOMPARE(versions.asOf(id, QDate(2021, 3, 31)).value()->revenue, QStringLiteral("3.5"));
    QCOMPARE(may->usages, 18);
    QCOMPARE(may->revenue, QStringLiteral("3.75"));
    QCOMPARE(may->created, 1);
    QCOMPARE(may->updated, 1);
    QCOMPARE(may->revenueDelta, QStringLiteral("0.25"));
    QCOMPARE(may->usagesDelta, 3);
    QCOMPARE(versions.list(id).value().size(), 2);
    // The drill-down names each row's line in the file that wrote it: C was added as line 4 of the second file.
    const auto rows = AnalyticsEngine(*db).drillRows({}, {}, 0, 100);
    QVERIFY(rows);
    QStringList lines;
    for (const DrillRow &r : rows.value())
        lines << r.dspId + u':' + QString::number(r.line());
    lines.sort();
    QCOMPARE(lines, QStringList({"A:2", "B:3", "C:4"}));
}

void TestRedelivery::ddexRedelivery()
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir);
    const QDir samples(test::dataPath(QStringLiteral("ddex")));
    const QString name = samples.entryList({QStringLiteral("DSR_PADPIDA00123456743*")}).constFirst();
    QByteArray text;
    {
        QFile f(samples.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        text = f.readAll();
    }
    QDir().mkpath(dir.filePath(QStringLiteral("a")));
    QDir().mkpath(dir.filePath(QStringLiteral("b")));
    const auto first = AnyImporter(*db).importFile(test::writeFile(dir, QStringLiteral("a/") + name, text));
    QVERIFY2(first.value(0).ok(), qPrintable(first.value(0).error));
    // The corrected report: 20 streams fewer for one row, and a summary to match.
    QByteArray corrected = text;
    corrected.replace("TRUE\t120\t", "TRUE\t100\t");
    corrected.replace("\t3160\t346563", "\t3140\t346563");
    ImportOptions replace;
    replace.replace = true;
    const auto results = AnyImporter(*db).importFile(test::writeFile(dir, QStringLiteral("b/") + name, corrected), replace);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results[0].ok(), qPrintable(results[0].error));
    QCOMPARE(results[0].dsrId, first[0].dsrId);
    QCOMPARE(results[0].version, 2);
    // The streams changed for one row, and the allocation of the same 5000.00 moved for all of them.
    QCOMPARE(results[0].diff->updated, 15);
    QCOMPARE(results[0].diff->usagesDelta, -20);
    QCOMPARE(results[0].diff->revenueDelta.toString(), std::string("0"));
    QCOMPARE(test::scalar(*db, "SELECT dec_sum(revenue) FROM usage_rows").toString(), QStringLiteral("5000"));
    QCOMPARE(test::scalar(*db, "SELECT usages_total FROM dsrs").toInt(), 3140);
    QCOMPARE(test::scalar(*db, "SELECT count(*) FROM dsrs").toInt(), 1);
    // The first version is still there to rebuild.
    const auto before = VersionRows::read(*db, first[0].dsrId, 1);
    qint64 usages = 0;
    for (const VersionRow &r : before.value())
        usages += r.usages.value_or(0);
    QCOMPARE(usages, 3160);
}

QTEST_GUILESS_MAIN(TestRedelivery)
#include "tst_redelivery.moc"
