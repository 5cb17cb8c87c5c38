// The stored totals of every sample DSR against an independent exact sum:
// plain base-10 string arithmetic over the decompressed file, no Decimal.
#include "import/dsrimporter.h"
#include "db/database.h"
#include "storage/dsrrepository.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <string>

using namespace rd;

namespace {

// A non-negative decimal as (digits, scale): value = digits × 10^-scale.
struct Exact
{
    std::string digits = "0";
    int scale = 0;
};

Exact fromText(std::string text)
{
    int exponent = 0;
    if (const auto e = text.find_first_of("eE"); e != std::string::npos) {
        exponent = std::stoi(text.substr(e + 1));
        text.resize(e);
    }
    Exact x;
    const auto point = text.find('.');
    x.scale = point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1);
    if (point != std::string::npos)
        text.erase(point, 1);
    x.digits = text;
    x.scale -= exponent;
    if (x.scale < 0) {
        x.digits.append(static_cast<size_t>(-x.scale), '0');
        x.scale = 0;
    }
    return x;
}

void rescale(Exact &x, int scale)
{
    x.digits.append(static_cast<size_t>(scale - x.scale), '0');
    x.scale = scale;
}

Exact add(Exact a, Exact b)
{
    const int scale = std::max(a.scale, b.scale);
    rescale(a, scale);
    rescale(b, scale);
    std::string r;
    int carry = 0;
    for (size_t i = 0; i < std::max(a.digits.size(), b.digits.size()) || carry; ++i) {
        const int da = i < a.digits.size() ? a.digits[a.digits.size() - 1 - i] - '0' : 0;
        const int db = i < b.digits.size() ? b.digits[b.digits.size() - 1 - i] - '0' : 0;
        const int s = da + db + carry;
        r.push_back(static_cast<char>('0' + s % 10));
        carry = s / 10;
    }
    std::reverse(r.begin(), r.end());
    return {r, scale};
}

// Rounds to 20 decimals, half to even, and writes canonical text.
std::string canonical20(Exact x)
{
    if (x.scale > 20) {
        const size_t drop = static_cast<size_t>(x.scale - 20);
        const std::string dropped = x.digits.substr(x.digits.size() - drop);
        x.digits = x.digits.substr(0, x.digits.size() - drop);
        x.scale = 20;
        const bool above = dropped[0] > '5' || (dropped[0] == '5' && dropped.find_first_not_of('0', 1) != std::string::npos);
        const bool half = dropped[0] == '5' && dropped.find_first_not_of('0', 1) == std::string::npos;
        if (above || (half && (x.digits.back() - '0') % 2 == 1))
            x = add(x, Exact{"1", 20});
    }
    const size_t width = static_cast<size_t>(x.scale) + 1;
    const std::string digits = x.digits.size() < width ? std::string(width - x.digits.size(), '0') + x.digits : x.digits;
    std::string integer = digits.substr(0, digits.size() - static_cast<size_t>(x.scale));
    std::string fraction = digits.substr(digits.size() - static_cast<size_t>(x.scale));
    integer.erase(0, std::min(integer.find_first_not_of('0'), integer.size() - 1));
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    return fraction.empty() ? integer : integer + "." + fraction;
}

struct FileTotals
{
    qint64 rows = 0;
    qint64 usages = 0;
    qint64 missingUsages = 0;
    qint64 missingRevenue = 0;
    std::string revenue;
};

FileTotals independentTotals(const QString &path)
{
    FileTotals e;
    Exact total;
    const QList<QByteArray> lines = test::readAllDecompressed(path).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split('\t');
        ++e.rows;
        if (cells[4].isEmpty())
            ++e.missingUsages;
        else
            e.usages += cells[4].toLongLong();
        if (cells[5].isEmpty())
            ++e.missingRevenue;
        else
            total = add(total, fromText(cells[5].toStdString()));
    }
    e.revenue = canonical20(total);
    return e;
}

} // namespace

class TestSampleTotals : public QObject
{
    Q_OBJECT

private slots:
    void totals_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : test::sampleFiles())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        QVERIFY(test::sampleFiles().size() == 5);
    }

    void totals()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        const ImportResult result = DsrImporter(*db).importFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));

        const FileTotals expected = independentTotals(path);
        const auto record = DsrRepository(*db).find(result.dsrId).value();
        QVERIFY(record.has_value());
        QCOMPARE(record->rows, expected.rows);
        QCOMPARE(record->usages, expected.usages);
        QCOMPARE(record->missingUsages, expected.missingUsages);
        QCOMPARE(record->missingRevenue, expected.missingRevenue);
        QCOMPARE(record->revenue.toStdString(), expected.revenue);
        // The rows themselves sum (in SQL, exactly) to the stored total.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT dec_sum(revenue) FROM usage_rows")).toString(), record->revenue);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM usage_rows WHERE revenue IS NULL")).toLongLong(),
                 expected.missingRevenue);
    }

    void sampleShapes()
    {
        // What the peer README says of the samples, checked against our import.
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        qint64 rowsWithMissing = 0, rows = 0;
        for (const QString &path : test::sampleFiles()) {
            const ImportResult result = DsrImporter(*db).importFile(path);
            QVERIFY2(result.ok(), qPrintable(result.error));
            rows += static_cast<qint64>(result.totals.rows);
            rowsWithMissing += static_cast<qint64>(result.totals.rowsWithMissing);
            const bool gz = path.endsWith(QLatin1String(".gz"));
            const auto report = DsrRepository(*db).report(result.dsrId, -1, 1).value();
            // Every .gz sample's header names another file: reported on line 0.
            QCOMPARE(!report.isEmpty() && report.first().code == ValidationIssue::Code::GzipNameDiffers, gz);
        }
        QCOMPARE(rows, 4013);
        QVERIFY2(rowsWithMissing > rows / 10 && rowsWithMissing < rows / 5, "about 13% of rows miss a value");
    }
};

QTEST_GUILESS_MAIN(TestSampleTotals)
#include "tst_sampletotals.moc"
