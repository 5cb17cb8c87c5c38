// The GUI's pages as a newcomer meets them, offscreen: the toolbar follows the
// page, Quit quits, Help opens, numbers are never cut, dates type as typed,
// licensing and remittances say what they draw.
#include "analytics/analyticsview.h"
#include "currency/exchangerates.h"
#include "datefield.h"
#include "dsrtablemodel.h"
#include "helpdialog.h"
#include "import/dsrimporter.h"
#include "importcontroller.h"
#include "ingest/inputlimitsettings.h"
#include "inputlimitsdialog.h"
#include "licensing/licensingview.h"
#include "licensing/timelinewidget.h"
#include "mainwindow.h"
#include "packages/packagedialogs.h"
#include "remit/marketplaces.h"
#include "remit/remittancebook.h"
#include "remit/remittancemodels.h"
#include "remit/remittancemonitorview.h"
#include "review/packagereviewwindow.h"
#include "reportmodel.h"
#include "db/database.h"
#include "tablecolumns.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QAction>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace rd;

class TestGuiPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
    }

    void toolbarFollowsThePage()
    {
        QTemporaryDir dir;
        auto opened = test::openMainWindow(dir);
        QVERIFY(opened);
        ui::MainWindow &window = *opened;
        auto *remove = window.findChild<QAction *>(QStringLiteral("deleteDsrAction"));
        auto *report = window.findChild<QAction *>(QStringLiteral("validationReportAction"));
        QVERIFY(remove && report);
        QVERIFY(remove->isVisible());
        for (int page = 1; page <= 4; ++page) {
            window.findChild<QListWidget *>(QStringLiteral("sidebar"))->setCurrentRow(page);
            QVERIFY2(!remove->isVisible() && !remove->isEnabled(), "Delete DSR… must not act on a hidden selection");
            QVERIFY(!report->isVisible());
        }
        window.findChild<QListWidget *>(QStringLiteral("sidebar"))->setCurrentRow(0);
        QVERIFY(remove->isVisible());
    }

    void quitClosesPackageReviewsToo()
    {
        QTemporaryDir dir;
        auto opened = test::openMainWindow(dir);
        QVERIFY(opened);
        ui::MainWindow &window = *opened;
        auto *review = new ui::PackageReviewWindow(dir.filePath(QStringLiteral("missing.zip")));
        review->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<ui::PackageReviewWindow> watched(review);
        review->show();
        QVERIFY(QTest::qWaitForWindowExposed(review));
        window.findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
        QVERIFY(!window.isVisible());
        QTRY_VERIFY(watched.isNull() || !watched->isVisible());
        for (QWidget *w : QApplication::topLevelWidgets())
            QVERIFY2(!w->isVisible() || qobject_cast<QMenu *>(w), qPrintable(w->metaObject()->className()));
    }

    void helpOpensTheGuide()
    {
        QTemporaryDir dir;
        auto opened = test::openMainWindow(dir);
        QVERIFY(opened);
        ui::MainWindow &window = *opened;
        QAction *help = window.findChild<QAction *>(QStringLiteral("helpAction"));
        QVERIFY(help);
        QCOMPARE(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
        help->trigger();
        auto *dialog = window.findChild<ui::HelpDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        const QString text = dialog->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("First steps")));
        QVERIFY(text.contains(QStringLiteral("dsp_id, title, artists, isrc, usages, revenue")));
        QVERIFY(text.contains(QStringLiteral("DDEX")));
    }

    void inputLimitsDialogSavesTheBookAndTheWorkstation()
    {
        QTemporaryDir dir;
        auto opened = test::openMainWindow(dir);
        QVERIFY(opened);
        ui::MainWindow &window = *opened;
        window.findChild<QAction *>(QStringLiteral("inputLimitsAction"))->trigger();
        auto *dialog = window.findChild<ui::InputLimitsDialog *>();
        QVERIFY(dialog);
        auto *ratio = dialog->findChild<QSpinBox *>(QStringLiteral("gzipMaxRatio"));
        QTRY_COMPARE(ratio->value(), int(InputLimits().gzipMaxRatio)); // read off the GUI thread
        QTRY_VERIFY(dialog->isEnabled());
        ratio->setValue(75);
        dialog->findChild<QSpinBox *>(QStringLiteral("reviewMaxLines"))->setValue(2500);
        QSignalSpy accepted(dialog, &QDialog::accepted);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE(accepted.count(), 1);
        auto db = Database::open(dir.filePath(QStringLiteral("gui.sqlite")));
        QVERIFY(db);
        QCOMPARE(InputLimitSettings(*db.value()).load()->gzipMaxRatio, 75);
        QCOMPARE(ui::InputLimitsDialog::reviewMaxLines(), 2500);
        QSettings().remove(QStringLiteral("limits/review_max_lines"));
    }

    void numbersAreNeverCut()
    {
        QStandardItemModel model(3, 3);
        const QString huge = QStringLiteral("55,684,318,183,675,283.94");
        for (int r = 0; r < 3; ++r) {
            model.setItem(r, 0, new QStandardItem(QStringLiteral("A rather long title that may be elided %1").arg(r)));
            auto *amount = new QStandardItem(huge);
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            model.setItem(r, 1, amount);
            auto *count = new QStandardItem(QStringLiteral("1,978,172,935"));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            model.setItem(r, 2, count);
        }
        QTableView view;
        view.setModel(&model);
        view.horizontalHeader()->setStretchLastSection(true);
        ui::keepNumbersWhole(&view);
        view.resize(300, 200); // far too narrow for everything
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.wordWrap());
        const int needed = view.fontMetrics().horizontalAdvance(huge);
        QVERIFY2(view.columnWidth(1) >= needed, qPrintable(QStringLiteral("%1 < %2").arg(view.columnWidth(1)).arg(needed)));
        QVERIFY(view.columnWidth(2) >= view.fontMetrics().horizontalAdvance(QStringLiteral("1,978,172,935")));
        QCOMPARE(view.horizontalHeader()->sectionResizeMode(0), QHeaderView::Interactive);
    }

    void datesTypeAsTyped()
    {
        ui::NewPackageDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.width() >= 480, qPrintable(QString::number(dialog.width())));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("packageName"));
        QTest::keyClicks(name, QStringLiteral("Q3"));
        auto *start = dialog.findChild<ui::DateField *>(QStringLiteral("periodStart"));
        auto *end = dialog.findChild<ui::DateField *>(QStringLiteral("periodEnd"));
        QTest::keyClick(start->lineEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(start->lineEdit(), QStringLiteral("2019-07-01"));
        QTest::keyClick(end->lineEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(end->lineEdit(), QStringLiteral("2019-09-30"));
        QCOMPARE(dialog.partition().periodStart, QDate(2019, 7, 1));
        QCOMPARE(dialog.partition().periodEnd, QDate(2019, 9, 30));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        // Half a date is no date: the dialog says so rather than keep the old one.
        QTest::keyClick(end->lineEdit(), Qt::Key_Backspace);
        QVERIFY(!end->date().isValid());
        QVERIFY(!ok->isEnabled());
    }

    void importsShowTheVersionAndTheReportNamesMissingFields()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir);
        const ImportResult imported = DsrImporter(*db).importFile(test::writeFile(
            dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"),
            "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\nA\tSong\tX\tQZABC0000001\t\t\n"));
        QVERIFY(imported.ok());
        ui::DsrTableModel model;
        DsrRecord record;
        record.id = 1;
        record.version = 2;
        model.setRecords({record});
        QCOMPARE(model.headerData(ui::DsrTableModel::Version, Qt::Horizontal).toString(), QStringLiteral("Version"));
        QCOMPARE(model.index(0, ui::DsrTableModel::Version).data().toString(), QStringLiteral("2"));
        ui::ReportModel report(db, imported.dsrId);
        report.fetchMore({});
        bool named = false;
        for (int r = 0; r < report.rowCount(); ++r)
            named = named || report.index(r, ui::ReportModel::Field).data().toString() == QStringLiteral("usages, revenue");
        QVERIFY2(named, "a row with missing values names the missing fields");
    }

    void licensingSaysWhatItDraws()
    {
        // The legend shows the colours the lanes are drawn in, the usage bars included.
        const auto legend = ui::TimelineWidget::legend();
        QCOMPARE(legend.size(), 5);
        QCOMPARE(legend.at(0).first, ui::TimelineWidget::colorOf(TimelineBand::State::Unlicensed));
        QCOMPARE(legend.at(4).first, ui::TimelineWidget::usageColor());
        // Labels never crowd: every quarter at 40 px a month, every year at 4.
        QCOMPARE(ui::TimelineWidget::monthsPerLabel(40, 60), 3);
        QCOMPARE(ui::TimelineWidget::monthsPerLabel(4, 60), 24);
        // A lane without any band is drawn, so the status says it is unlicensed throughout.
        TimelineData data;
        data.knownOn = QDate(2020, 1, 1);
        data.lanes = {Lane{QStringLiteral("GB"), QStringLiteral("recording")}};
        QVERIFY2(ui::LicensingView::statusText(data).startsWith(QStringLiteral("1 lane(s), unlicensed throughout")),
                 qPrintable(ui::LicensingView::statusText(data)));

        // Import Claims… on the page: the bundled sample claims go in, and the timeline shows the overclaim.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gui.sqlite"));
        {
            auto db = test::openDatabase(dir, QStringLiteral("gui.sqlite"));
            for (const QString &file : test::sampleFiles())
                QVERIFY(DsrImporter(*db).importFile(file).ok());
        }
        ui::LicensingView view(path);
        QSignalSpy imported(&view, &ui::LicensingView::claimsImported);
        QSignalSpy shown(&view, &ui::LicensingView::timelineShown);
        view.importClaims(QStringLiteral(RD_SOURCE_DIR "/resources/licensing/sample-claims.csv"));
        QVERIFY(imported.wait(20000));
        QVERIFY2(imported.first().at(0).toBool(), qPrintable(imported.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(view.statusLine().contains(QStringLiteral("lane(s) with")), 20000);
        QCOMPARE(view.currentIsrc(), QStringLiteral("GHFLZ7387963"));
        bool overclaimed = false;
        for (const TimelineBand &band : view.timelineWidget()->timeline().bands)
            overclaimed = overclaimed || band.state() == TimelineBand::State::Overclaimed;
        QVERIFY2(overclaimed, "the sample claims overlap above 100 %");
    }

    // Stop returns at once while a request hangs; the button comes back when the sender has stopped.
    void stoppingTheSenderNeverBlocksTheWindow()
    {
        QTcpServer silent; // accepts and never answers, as a hung marketplace
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("gui.sqlite"));
        {
            auto database = Database::open(db);
            QVERIFY(database.ok());
            QVERIFY(Marketplaces(Marketplaces::pathFor(db)).put({QStringLiteral("shop"), QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()),
                                                                 QString(), 6, 3, 10}));
            UsageEvent e;
            e.timestamp = QDateTime::currentDateTimeUtc();
            e.marketplace = QStringLiteral("shop");
            e.account = e.product = e.metric = QStringLiteral("x");
            Decimal::parse("1", e.value);
            QVERIFY(RemittanceBook(*database.value()).add({e}, QStringLiteral("t")));
        }
        ui::RemittanceMonitorView view(db); // starts its sender, which sends and waits for an answer
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 10000);
        auto *button = view.findChild<QPushButton *>(QStringLiteral("senderButton"));
        QTRY_COMPARE(button->text(), QStringLiteral("Stop &Sender"));
        QElapsedTimer clock;
        clock.start();
        button->click();
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!button->isEnabled());
        silent.close(); // the hung request ends; the sender sees the stop between rows
        for (QTcpSocket *s : silent.findChildren<QTcpSocket *>())
            s->abort();
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
        QCOMPARE(button->text(), QStringLiteral("Start &Sender"));
    }

    void remittancesActOnASelectionAndHintWhenEmpty()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("gui.sqlite"));
        QVERIFY(Database::open(db).ok());
        ui::RemittanceMonitorView view(db);
        QSignalSpy refreshed(&view, &ui::RemittanceMonitorView::refreshed);
        view.show();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(view.emptyHintShown());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("retrySelected"))->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("redriveSelected"))->isEnabled());
        // Usage goes in from the page.
        QSignalSpy ingested(&view, &ui::RemittanceMonitorView::usageIngested);
        view.ingestUsage(test::writeFile(dir, QStringLiteral("usage.csv"),
                                         "timestamp,marketplace,account,product,metric,value\n"
                                         "2026-01-01T10:15:00Z,aws,acct-1,prod-1,EUR,12.5\n"));
        QVERIFY(ingested.wait(10000));
        QVERIFY2(ingested.first().at(0).toBool(), qPrintable(ingested.first().at(1).toString()));
        QVERIFY(ingested.first().at(1).toString().contains(QStringLiteral("1 new remittance(s)")));
        QTRY_VERIFY_WITH_TIMEOUT(view.remittanceModel()->rowCount() == 1, 10000);
        QCOMPARE(view.remittanceModel()->index(0, ui::RemittanceTableModel::Status).data().toString(), QStringLiteral("pending"));
        view.selectRemittance(0);
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("retrySelected"))->isEnabled());
    }
};

QTEST_MAIN(TestGuiPages)
#include "tst_guipages.moc"
