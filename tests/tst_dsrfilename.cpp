#include "formats/dsrfilename.h"

#include <QTest>

using rd::DsrFileName;

class TestDsrFileName : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("dsp");
        QTest::addColumn<QString>("offer");
        QTest::addColumn<QString>("society");
        QTest::addColumn<QString>("territory");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<bool>("gzip");
        QTest::newRow("sample gz") << "Spotify_SpotifyDuo_NO_NOK_20200101-20200131.tsv.gz" << "Spotify" << "SpotifyDuo" << ""
                                   << "NO" << "NOK" << QDate(2020, 1, 1) << QDate(2020, 1, 31) << true;
        QTest::newRow("with society") << "Spotify_SpotifyStudent_SGAE_GB_GBP_20210901-20210930.tsv" << "Spotify"
                                      << "SpotifyStudent" << "SGAE" << "GB" << "GBP" << QDate(2021, 9, 1)
                                      << QDate(2021, 9, 30) << false;
        QTest::newRow("directory ignored") << "/data/in/YouTube_Premium_FR_EUR_20200201-20200229.tsv" << "YouTube"
                                           << "Premium" << "" << "FR" << "EUR" << QDate(2020, 2, 1) << QDate(2020, 2, 29)
                                           << false;
        QTest::newRow("one day") << "A_B_DE_EUR_20200101-20200101.TSV.GZ" << "A" << "B" << "" << "DE" << "EUR"
                                 << QDate(2020, 1, 1) << QDate(2020, 1, 1) << true;
    }

    void valid()
    {
        QFETCH(QString, name);
        const auto parsed = DsrFileName::parse(name);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QTEST(parsed->dsp, "dsp");
        QTEST(parsed->offer, "offer");
        QTEST(parsed->society, "society");
        QTEST(parsed->territory, "territory");
        QTEST(parsed->currency, "currency");
        QTEST(parsed->periodStart, "start");
        QTEST(parsed->periodEnd, "end");
        QTEST(parsed->gzip, "gzip");
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("extension") << "Spotify_Duo_NO_NOK_20200101-20200131.csv" << ".tsv";
        QTest::newRow("too few parts") << "Spotify_NO_NOK_20200101-20200131.tsv" << "does not parse";
        QTest::newRow("too many parts") << "A_B_C_D_NO_NOK_20200101-20200131.tsv" << "does not parse";
        QTest::newRow("empty part") << "Spotify__NO_NOK_20200101-20200131.tsv" << "does not parse";
        QTest::newRow("bad territory") << "Spotify_Duo_XX_NOK_20200101-20200131.tsv" << "XX";
        QTest::newRow("lowercase territory") << "Spotify_Duo_no_NOK_20200101-20200131.tsv" << "no";
        QTest::newRow("bad currency") << "Spotify_Duo_NO_ABC_20200101-20200131.tsv" << "ABC";
        QTest::newRow("bad date") << "Spotify_Duo_NO_NOK_20200230-20200331.tsv" << "valid dates";
        QTest::newRow("reversed period") << "Spotify_Duo_NO_NOK_20200201-20200101.tsv" << "ends before";
        QTest::newRow("no dash") << "Spotify_Duo_NO_NOK_2020010120200131.tsv" << "period";
        QTest::newRow("short date") << "Spotify_Duo_NO_NOK_202001-20200131.tsv" << "valid dates";
    }

    void invalid()
    {
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        const auto parsed = DsrFileName::parse(name);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
        QVERIFY2(parsed.error().contains(name.section(QLatin1Char('/'), -1)), "the error names the file");
    }
};

QTEST_GUILESS_MAIN(TestDsrFileName)
#include "tst_dsrfilename.moc"
