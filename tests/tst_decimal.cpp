#include "money/decimal.h"
#include "money/decimalsum.h"

#include <QTest>

using rd::Decimal;
using rd::DecimalSum;
Q_DECLARE_METATYPE(Decimal::ParseResult)

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Decimal::ParseResult>("result");
        QTest::addColumn<QString>("canonical");
        using R = Decimal::ParseResult;
        QTest::newRow("integer") << "65" << R::Exact << "65";
        QTest::newRow("trailing zero") << "65.0" << R::Exact << "65";
        QTest::newRow("19 decimals") << "639.8410216729810000001" << R::Exact << "639.8410216729810000001";
        QTest::newRow("max sample") << "783864304943591.0" << R::Exact << "783864304943591";
        QTest::newRow("negative") << "-0.5" << R::Exact << "-0.5";
        QTest::newRow("leading dot") << ".25" << R::Exact << "0.25";
        QTest::newRow("leading zeros") << "007.10" << R::Exact << "7.1";
        QTest::newRow("plus sign") << "+3" << R::Exact << "3";
        QTest::newRow("negative zero") << "-0.000" << R::Exact << "0";
        QTest::newRow("exponent positive") << "1.5e3" << R::Exact << "1500";
        QTest::newRow("exponent exact") << "25E-3" << R::Exact << "0.025";
        QTest::newRow("sample exponent rounds") << "2.220446049250313e-16" << R::Rounded << "0.00000000000000022204";
        QTest::newRow("half to even down") << "0.000000000000000000125" << R::Rounded << "0.00000000000000000012";
        QTest::newRow("half to even up") << "0.000000000000000000135" << R::Rounded << "0.00000000000000000014";
        QTest::newRow("above half") << "0.0000000000000000001251" << R::Rounded << "0.00000000000000000013";
        QTest::newRow("tiny to zero") << "1e-30" << R::Rounded << "0";
        QTest::newRow("zeros beyond scale") << "1.0000000000000000000000000" << R::Exact << "1";
        QTest::newRow("empty") << "" << R::Malformed << "";
        QTest::newRow("letters") << "12a" << R::Malformed << "";
        QTest::newRow("comma") << "1,5" << R::Malformed << "";
        QTest::newRow("two dots") << "1.2.3" << R::Malformed << "";
        QTest::newRow("bare exponent") << "1e" << R::Malformed << "";
        QTest::newRow("space") << " 1" << R::Malformed << "";
        QTest::newRow("nan") << "nan" << R::Malformed << "";
        QTest::newRow("too big") << "1e19" << R::OutOfRange << "";
        QTest::newRow("huge exponent") << "1e999999999" << R::OutOfRange << "";
        QTest::newRow("largest") << "1000000000000000000" << R::Exact << "1000000000000000000";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Decimal::ParseResult, result);
        QFETCH(QString, canonical);
        Decimal value;
        QCOMPARE(Decimal::parse(text.toStdString(), value), result);
        if (result == Decimal::ParseResult::Exact || result == Decimal::ParseResult::Rounded) {
            QCOMPARE(QString::fromStdString(value.toString()), canonical);
            char buffer[Decimal::kMaxChars];
            QCOMPARE(QString::fromLatin1(buffer, value.toChars(buffer)), canonical);
            Decimal again;
            QCOMPARE(Decimal::parse(value.toString(), again), Decimal::ParseResult::Exact);
            QCOMPARE(again, value);
        }
    }

    void displayRounding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("shown");
        QTest::newRow("half even down") << "2.125" << 2 << "2.12";
        QTest::newRow("half even up") << "2.135" << 2 << "2.14";
        QTest::newRow("above half") << "2.1251" << 2 << "2.13";
        QTest::newRow("negative") << "-2.135" << 2 << "-2.14";
        QTest::newRow("pads") << "7" << 2 << "7.00";
        QTest::newRow("rounds to zero") << "-0.001" << 2 << "0.00";
    }

    void displayRounding()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(QString, shown);
        Decimal value;
        QCOMPARE(Decimal::parse(text.toStdString(), value), Decimal::ParseResult::Exact);
        QCOMPARE(QString::fromStdString(value.toString(decimals)), shown);
        DecimalSum sum;
        sum.add(value);
        QCOMPARE(QString::fromStdString(sum.toString(decimals)), shown);
    }

    void sumIsExactBeyondInt128()
    {
        // 10^8 rows of the largest sample revenue overflow 128 bits at 20
        // decimals; the 256-bit total must still be exact.
        Decimal big;
        QCOMPARE(Decimal::parse("783864304943591.1234567890123456789", big), Decimal::ParseResult::Exact);
        DecimalSum sum;
        DecimalSum chunk;
        for (int i = 0; i < 10000; ++i)
            chunk.add(big);
        for (int i = 0; i < 10000; ++i)
            sum.add(chunk);
        QCOMPARE(QString::fromStdString(sum.toString()), QStringLiteral("78386430494359112345678.90123456789"));
    }

    void sumRoundTripsThroughText()
    {
        DecimalSum sum;
        for (const char *text : {"0.1", "0.2", "-5.00000000000000000001", "123456789012345678"}) {
            Decimal d;
            QVERIFY(Decimal::parse(text, d) == Decimal::ParseResult::Exact);
            sum.add(d);
        }
        QCOMPARE(QString::fromStdString(sum.toString()), QStringLiteral("123456789012345673.29999999999999999999"));
        const auto back = DecimalSum::fromString(sum.toString());
        QVERIFY(back.has_value());
        QVERIFY(*back == sum);
        QVERIFY(!DecimalSum::fromString("1.2.3").has_value());
        QVERIFY(!DecimalSum::fromString("abc").has_value());
    }

    void addCheckedDetectsOverflow()
    {
        Decimal big; // 10^17: the sum passes 1.7 x 10^18, the most a Decimal holds, at the 18th step
        QCOMPARE(Decimal::parse("100000000000000000", big), Decimal::ParseResult::Exact);
        Decimal total = big;
        int steps = 1;
        while (steps < 100 && total.addChecked(big))
            ++steps;
        QCOMPARE(steps, 17);
        QCOMPARE(QString::fromStdString(total.toString()), QStringLiteral("1700000000000000000"));
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
