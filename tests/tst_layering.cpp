// The structure the build cannot see: core's folders include each other
// without a cycle, the frontends hold no SQL, and the tables with one owner
// are written by that owner only.
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
        QStringLiteral("QSqlQuery|QSqlDatabase|sqlite3_|SqliteStatement|\"\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|BEGIN)\\s"));
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

    // Each table is written only by its owner (README, Storage); the migrations may touch any.
    void tablesAreWrittenByTheirOwners()
    {
        const std::map<QString, QStringList> owners = {
            {QStringLiteral("dsrs"), {QStringLiteral("core/store/storage/")}},
            {QStringLiteral("dsr_files"), {QStringLiteral("core/store/storage/")}},
            {QStringLiteral("dsr_versions"), {QStringLiteral("core/store/storage/")}},
            {QStringLiteral("settings"), {QStringLiteral("core/store/storage/booksettings.")}},
            {QStringLiteral("packages"), {QStringLiteral("core/store/packages/packagestore.")}},
            {QStringLiteral("package_audit"), {QStringLiteral("core/store/packages/packagestore.")}},
            {QStringLiteral("package_lines"), {QStringLiteral("core/store/packages/packageversions.")}},
            {QStringLiteral("package_versions"), {QStringLiteral("core/store/packages/packageversions.")}},
            {QStringLiteral("exchange_rates"), {QStringLiteral("core/store/currency/ratetables.")}},
            {QStringLiteral("status_messages"), {QStringLiteral("core/store/journal/journaltables.")}},
            {QStringLiteral("status_datasets"), {QStringLiteral("core/store/journal/journaltables.")}},
            {QStringLiteral("rights_imports"), {QStringLiteral("core/store/licensing/claimstore.")}},
            {QStringLiteral("rights_claims"), {QStringLiteral("core/store/licensing/claimstore."), QStringLiteral("core/store/storage/dsrrepository.")}},
            {QStringLiteral("tracks"), {QStringLiteral("core/store/index/trackindex.")}},
            {QStringLiteral("remittances"), {QStringLiteral("core/store/remit/remittancetables.")}},
            {QStringLiteral("usage_events"), {QStringLiteral("core/store/remit/remittancetables.")}},
            {QStringLiteral("remittance_attempts"), {QStringLiteral("core/store/remit/remittancetables.")}},
            {QStringLiteral("remittance_sender"), {QStringLiteral("core/store/remit/remittancetables.")}},
            {QStringLiteral("remittance_audit"), {QStringLiteral("core/store/remit/remittancetables.")}},
            {QStringLiteral("copy_targets"), {QStringLiteral("core/store/copies/copytables.")}},
            {QStringLiteral("package_copies"), {QStringLiteral("core/store/copies/copytables.")}},
            {QStringLiteral("retention_sweeps"), {QStringLiteral("core/store/retention/sweeplog.")}},
        };
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
