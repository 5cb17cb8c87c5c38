// The structure the build cannot see: core's folders include each other
// without a cycle, neither the frontends nor the domain hold SQL or touch the
// database API, and the tables with one owner are written by that owner only.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace {

const QString kRoot = QStringLiteral(RD_SOURCE_DIR);

// Every .cpp and .h under a folder of the source tree, relative to the tree.
QStringList sourcesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(kRoot + QLatin1Char('/') + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(kRoot).relativeFilePath(it.next());
    return files;
}

QString textOf(const QString &relative)
{
    QFile file(kRoot + QLatin1Char('/') + relative);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// core/<layer>/<folder>/… → folder
QString folderOf(const QString &relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'));
    return parts.size() > 3 ? parts[2] : QString();
}

// Database calls, or a string literal that starts an SQL statement.
QRegularExpression sqlPattern()
{
    return QRegularExpression(
        QStringLiteral("QSqlQuery|QSqlDatabase|\\bSqlQuery\\b|sqlite3_|SqliteStatement|\"\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|BEGIN)\\s"));
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void coreFoldersFormNoCycle()
    {
        std::map<QString, std::set<QString>> edges;
        std::set<QString> folders;
        for (const QString &file : sourcesUnder(QStringLiteral("core")))
            folders.insert(folderOf(file));
        static const QRegularExpression include(QStringLiteral("#include \"(\\w+)/"));
        for (const QString &file : sourcesUnder(QStringLiteral("core"))) {
            const QString from = folderOf(file);
            for (auto m = include.globalMatch(textOf(file)); m.hasNext();) {
                const QString to = m.next().captured(1);
                if (to != from && folders.count(to))
                    edges[from].insert(to);
            }
        }
        QVERIFY(edges.size() > 5); // the scan saw the tree
        // Depth-first search; a folder met again while still on the path closes a cycle.
        std::map<QString, int> state; // 0 new, 1 on the path, 2 done
        QStringList path;
        std::function<bool(const QString &)> visit = [&](const QString &folder) {
            state[folder] = 1;
            path << folder;
            for (const QString &next : edges[folder]) {
                if (state[next] == 1) {
                    path << next;
                    return false;
                }
                if (state[next] == 0 && !visit(next))
                    return false;
            }
            state[folder] = 2;
            path.removeLast();
            return true;
        };
        for (const QString &folder : folders)
            if (state[folder] == 0)
                QVERIFY2(visit(folder), qPrintable(QStringLiteral("include cycle: ") + path.join(QStringLiteral(" -> "))));
    }

    void frontendsHoldNoSql()
    {
        const QRegularExpression sql = sqlPattern();
        QStringList offenders;
        for (const QString &folder : {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("bench")})
            for (const QString &file : sourcesUnder(folder))
                if (sql.match(textOf(file)).hasMatch())
                    offenders << file;
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("SQL outside core: ") + offenders.join(QStringLiteral(", "))));
    }

    // The backend seam: domain code talks to the owners in core/store, never to the
    // database API, so another backend can stand behind the owners with no domain file changed.
    void domainTalksToOwnersOnly()
    {
        const QRegularExpression sql = sqlPattern();
        const QRegularExpression api(QStringLiteral("#include [<\"](sqlite3\\.h|QSql\\w*|db/sqlitestatement\\.h|db/sqlquery\\.h|db/sqlerror\\.h)[>\"]"
                                                    "|\\b(database|m_db|db)(\\.|->)(handle|connection)\\(\\)"));
        QStringList offenders;
        const QStringList files = sourcesUnder(QStringLiteral("core/domain"));
        QVERIFY(files.size() > 50);
        for (const QString &file : files) {
            const QString text = textOf(file);
            if (sql.match(text).hasMatch() || api.match(text).hasMatch())
                offenders << file;
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("database calls in domain code: ") + offenders.join(QStringLiteral(", "))));
    }

    // Each table is written only by its owner (README, Storage); the migrations may touch any.
    // Every table of the schema is listed, so a new one must be given an owner here.
    void tablesAreWrittenByTheirOwners()
    {
        // The DSR repository's delete and purge cascade to the rows derived from a DSR.
        const QString cascade = QStringLiteral("core/store/storage/dsrrepository.");
        const QString storage = QStringLiteral("core/store/storage/");
        const QString rows = QStringLiteral("core/store/rows/");
        const QString totals = QStringLiteral("core/store/index/resourcetotals.");
        const QString packages = QStringLiteral("core/store/packages/packagestore.");
        const QString versions = QStringLiteral("core/store/packages/packageversions.");
        const QString remit = QStringLiteral("core/store/remit/remittancetables.");
        const QString journal = QStringLiteral("core/store/journal/journaltables.");
        const QString tracks = QStringLiteral("core/store/index/trackindex.");
        const QString copies = QStringLiteral("core/store/copies/copytables.");
        const std::map<QString, QStringList> owners = {
            {QStringLiteral("dsrs"), {storage}},
            {QStringLiteral("dsr_files"), {storage}},
            {QStringLiteral("dsr_versions"), {storage}},
            {QStringLiteral("settings"), {QStringLiteral("core/store/storage/booksettings.")}},
            {QStringLiteral("usage_rows"), {rows, cascade}},
            {QStringLiteral("resources"), {rows}},
            {QStringLiteral("resource_keys"), {rows}},
            {QStringLiteral("usage_row_changes"), {QStringLiteral("core/store/rows/rowhistory."), cascade}},
            {QStringLiteral("usage_row_lines"), {QStringLiteral("core/store/rows/rowhistory."), cascade}},
            {QStringLiteral("dsr_issues"), {QStringLiteral("core/store/rows/issuewriter."), cascade}},
            {QStringLiteral("dsr_resource_chunks"), {totals, cascade}},
            {QStringLiteral("dsr_top_blobs"), {totals, cascade}},
            {QStringLiteral("dsr_top_resources"), {totals, cascade}},
            {QStringLiteral("resource_group_chunks"), {QStringLiteral("core/store/index/resourcegroups.")}},
            {QStringLiteral("packages"), {packages}},
            {QStringLiteral("package_audit"), {packages}},
            {QStringLiteral("package_adjustments"), {packages}},
            {QStringLiteral("package_advances"), {packages}},
            {QStringLiteral("package_lines"), {versions}},
            {QStringLiteral("package_versions"), {versions}},
            {QStringLiteral("package_sources"), {versions}},
            {QStringLiteral("advance_ledger"), {versions}},
            {QStringLiteral("package_copies"), {copies}},
            {QStringLiteral("copy_targets"), {copies}},
            {QStringLiteral("exchange_rates"), {QStringLiteral("core/store/currency/ratetables.")}},
            {QStringLiteral("status_messages"), {journal}},
            {QStringLiteral("status_datasets"), {journal}},
            {QStringLiteral("rights_imports"), {QStringLiteral("core/store/licensing/claimstore.")}},
            {QStringLiteral("rights_claims"), {QStringLiteral("core/store/licensing/claimstore."), cascade}},
            {QStringLiteral("rights_shares"), {QStringLiteral("core/store/licensing/rightsshares."), cascade}},
            {QStringLiteral("tracks"), {tracks}},
            {QStringLiteral("tracks_fts"), {tracks}},
            {QStringLiteral("track_resources"), {tracks}},
            {QStringLiteral("track_index_state"), {tracks}},
            {QStringLiteral("remittances"), {remit}},
            {QStringLiteral("usage_events"), {remit}},
            {QStringLiteral("remittance_attempts"), {remit}},
            {QStringLiteral("remittance_sender"), {remit}},
            {QStringLiteral("remittance_audit"), {remit}},
            {QStringLiteral("retention_sweeps"), {QStringLiteral("core/store/retention/sweeplog.")}},
        };
        static const QRegularExpression created(QStringLiteral("CREATE (?:VIRTUAL )?TABLE (?:IF NOT EXISTS )?(\\w+)"));
        for (auto m = created.globalMatch(textOf(QStringLiteral("core/store/storage/migrations.cpp"))); m.hasNext();) {
            const QString table = m.next().captured(1);
            QVERIFY2(owners.count(table), qPrintable(table + QLatin1String(" has no owner")));
        }
        const QStringList files = sourcesUnder(QStringLiteral("core"));
        QStringList offenders;
        for (const auto &[table, allowed] : owners) {
            const QRegularExpression write(QStringLiteral("(INSERT( OR \\w+)? INTO|UPDATE|DELETE FROM)\\s+%1\\b").arg(table));
            for (const QString &file : files) {
                const bool owner = file == QLatin1String("core/store/storage/migrations.cpp")
                                   || std::any_of(allowed.begin(), allowed.end(), [&](const QString &p) { return file.startsWith(p); });
                if (!owner && write.match(textOf(file)).hasMatch())
                    offenders << table + QLatin1String(" in ") + file;
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("written outside the owner: ") + offenders.join(QStringLiteral(", "))));
    }

    // One transaction guard: no literal BEGIN, COMMIT or ROLLBACK, and no QSqlDatabase::transaction(),
    // anywhere in core but the guard itself.
    void transactionsGoThroughTheGuard()
    {
        const QRegularExpression literal(QStringLiteral("\"(BEGIN|COMMIT|ROLLBACK)[\" ]|\\.transaction\\(\\)|connection\\(\\)\\.(commit|rollback)\\("));
        QStringList offenders;
        for (const QString &file : sourcesUnder(QStringLiteral("core")))
            if (!file.startsWith(QLatin1String("core/store/db/transaction.")) && literal.match(textOf(file)).hasMatch())
                offenders << file;
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("transactions outside the guard: ") + offenders.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
