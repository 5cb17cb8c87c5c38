// The GUI, offscreen: import a sample through the real window and find it in the model.
#include "amountformat.h"
#include "analytics/analyticsview.h"
#include "currency/exchangerates.h"
#include "import/dsrimporter.h"
#include "dsrfilterproxymodel.h"
#include "dsrtablemodel.h"
#include "importcontroller.h"
#include "importsview.h"
#include "mainwindow.h"
#include "redelivery/diffchangesmodel.h"
#include "redelivery/redeliverydialog.h"
#include "licensing/casefileexport.h"
#include "licensing/claimscsv.h"
#include "licensing/claimstore.h"
#include "licensing/licensingmodels.h"
#include "licensing/licensingview.h"
#include "licensing/timelinewidget.h"
#include "packages/packagestore.h"
#include "packages/packagezip.h"
#include "packages/residualbuilder.h"
#include "pdf/statementpdf.h"
#include "reportmodel.h"
#include "packages/packagelistmodel.h"
#include "packages/packagesview.h"
#include "packages/targetsdialog.h"
#include "remit/remittancebook.h"
#include "remit/remittancemodels.h"
#include "remit/remittancemonitorview.h"
#include "copies/copytargets.h"
#include "review/csvtablemodel.h"
#include "review/packagereviewwindow.h"
#include "db/database.h"
#include "guisupport.h"
#include "db/sqlquery.h"
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QAction>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QHeaderView>
#include <QTableView>
#include <QChartView>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <QTest>

using namespace rd;

class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
    }

    void analyticsFiltersChangeTheModels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("analytics.sqlite");
        {
            auto db = test::openDatabase(dir, "analytics.sqlite");
            for (const QString &file : test::sampleFiles())
                DsrImporter(*db).importFile(file);
            QVERIFY(ExchangeRates(*db).importCsv(QStringLiteral(RD_SOURCE_DIR "/resources/rates/sample-eur-rates.csv")));
        }
        ui::AnalyticsView view(path);
        QSignalSpy shown(&view, &ui::AnalyticsView::dashboardShown);
        view.reload();
        QVERIFY(shown.wait(10000));
        while (shown.wait(500)) {} // the reload settles on its last answer
        QCOMPARE(view.territoryModel()->rowCount(), 4);
        QCOMPARE(view.topModel()->rowCount(), 100);
        QVERIFY(view.dashboard().missingRates.isEmpty());

        AnalyticsFilter gb;
        gb.territories = {"GB"};
        view.setFilter(gb);
        QVERIFY(shown.wait(10000));
        QCOMPARE(view.territoryModel()->rowCount(), 1);
        QCOMPARE(view.territoryModel()->data(view.territoryModel()->index(0, ui::TotalsModel::Key)).toString(), QString("GB"));
        QCOMPARE(view.dashboard().dsrCount, 2);
        QCOMPARE(view.filter().territories, QStringList{"GB"});
        QVERIFY2(!view.summaryText().contains(QStringLiteral(" ms")), qPrintable(view.summaryText())); // no developer timing

        // A search no resource matches empties the top resources but keeps the DSRs.
        gb.search = "no such title anywhere";
        view.setFilter(gb);
        QVERIFY(shown.wait(10000));
        QCOMPARE(view.topModel()->rowCount(), 0);
        QCOMPARE(view.dashboard().usages, 0);
        // ... and says so instead of drawing blank charts.
        for (const QString &title : view.chartTitles())
            QCOMPARE(title, QStringLiteral("No match for \u201cno such title anywhere\u201d with these filters"));
        QCOMPARE(view.summaryText(), QStringLiteral("No match for \u201cno such title anywhere\u201d."));

        // Drilling into a bar lists its rows; going back returns to the charts.
        view.setFilter({});
        QVERIFY(shown.wait(10000));
        QSignalSpy drilled(&view, &ui::AnalyticsView::drillShown);
        view.drill(Dimension::Territory, "NO", QString());
        QVERIFY(drilled.wait(10000));
        QVERIFY(view.drillModel()->rowCount() > 0);
        for (int row = 0; row < view.drillModel()->rowCount(); ++row)
            QCOMPARE(view.drillModel()->data(view.drillModel()->index(row, ui::DrillRowsModel::Territory)).toString(), QString("NO"));
        // Usages are grouped like every other number (the sample's run to six digits).
        const QString usages = view.drillModel()->data(view.drillModel()->index(0, ui::DrillRowsModel::Usages)).toString();
        QVERIFY2(usages.size() < 4 || usages.contains(QLatin1Char(',')), qPrintable(usages));
        // The drill-down table sizes its amount columns to their content: no digit is cut.
        auto *drillTable = view.findChild<QTableView *>(QStringLiteral("drillTable"));
        QVERIFY(drillTable);
        QTRY_COMPARE(drillTable->horizontalHeader()->sectionResizeMode(ui::DrillRowsModel::Revenue), QHeaderView::ResizeToContents);
        QVERIFY(!drillTable->wordWrap());
        view.back();
    }

    void reviewsARedeliveryBeforeApplyingIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("gui.sqlite"));
        const auto [v1, v2] = test::writeRedeliveryPair(dir);
        {
            auto database = Database::open(db);
            QVERIFY(DsrImporter(*database.value()).importFile(v1).ok());
        }
        ui::MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.importController(), &ui::ImportController::finished);
        window.importFiles({v2});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).value<QList<ImportResult>>().at(0).outcome, ImportResult::Outcome::Redelivery);

        // The review opens instead of an error, with the diff and the rows before and after.
        ui::RedeliveryDialog *review = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((review = window.findChild<ui::RedeliveryDialog *>()) != nullptr, 5000);
        QVERIFY2(review->summaryText().contains(QStringLiteral("1 created, 1 updated, 1 deleted")), qPrintable(review->summaryText()));
        QCOMPARE(review->proxy()->rowCount(), 3);
        ui::DiffChangesModel *changes = review->changesModel();
        auto rowOf = [&](const QString &kind) {
            for (int r = 0; r < changes->rowCount(); ++r)
                if (changes->index(r, ui::DiffChangesModel::Change).data().toString() == kind)
                    return r;
            return -1;
        };
        const int updated = rowOf(QStringLiteral("updated"));
        QVERIFY(updated >= 0);
        QCOMPARE(changes->index(updated, ui::DiffChangesModel::UsagesAfter).data().toString(), QStringLiteral("12"));
        QTRY_COMPARE_WITH_TIMEOUT(changes->index(updated, ui::DiffChangesModel::UsagesBefore).data().toString(), QStringLiteral("10"), 5000);
        QCOMPARE(changes->index(rowOf(QStringLiteral("deleted")), ui::DiffChangesModel::DspId).data().toString(), QStringLiteral("B"));
        review->kindFilter()->setCurrentIndex(review->kindFilter()->findData(int(RowChange::Kind::Created)));
        QCOMPARE(review->proxy()->rowCount(), 1);
        QCOMPARE(review->proxy()->index(0, ui::DiffChangesModel::DspId).data().toString(), QStringLiteral("C"));

        // Applying it imports the file again as the DSR's next version.
        auto *buttons = review->findChild<QDialogButtonBox *>();
        QAbstractButton *apply = nullptr;
        for (QAbstractButton *b : buttons->buttons())
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                apply = b;
        QVERIFY(apply);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(finished.count() > 1 || finished.wait(30000));
        const ImportResult applied = finished.last().at(0).value<QList<ImportResult>>().at(0);
        QVERIFY2(applied.ok(), qPrintable(applied.error));
        QCOMPARE(applied.version, 2);
        ui::DsrTableModel *model = window.importsView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, ui::DsrTableModel::Revenue).data(Qt::ToolTipRole).toString(),
                                  QStringLiteral("Exact: 1.5 EUR"), 10000);
    }

    void licensingTimelineModel()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("gui.sqlite"));
        {
            auto database = Database::open(db);
            QVERIFY(DsrImporter(*database.value()).importFile(test::writeFile(dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"),
                        "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\nA\tSummer Rain\tThe Band\tQZABC0000001\t10\t8\n")).ok());
            const QString csv = test::writeFile(dir, QStringLiteral("claims.csv"),
                                                "isrc,territory,rights_holder,share,valid_from,valid_to,known_from\n"
                                                "QZABC0000001,GB,L1,60,2019-06-01,2020-01-15,2019-01-01\n"
                                                "QZABC0000001,GB,L3,70,2019-09-01,,2020-05-01\n"
                                                "QZABC0000001,WW,L2,40,2019-01-01,,2019-01-01\n");
            QVERIFY(ClaimStore(*database.value()).importFile(ClaimsCsv::read(csv, QDate(2019, 1, 1)).value()));
        }
        ui::LicensingView view(db);
        QSignalSpy indexed(&view, &ui::LicensingView::indexReady);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(indexed.count() > 0 || indexed.wait(10000));
        // Search as you type finds the track by title.
        QSignalSpy searched(&view, &ui::LicensingView::searchShown);
        view.search(QStringLiteral("summer"));
        QVERIFY(searched.wait(10000));
        QCOMPARE(view.trackModel()->rowCount(), 1);
        QCOMPARE(view.trackModel()->index(0, ui::TrackListModel::Isrc).data().toString(), QStringLiteral("QZABC0000001"));
        // The timeline as known on 2020-03-01: L3's claim was not known yet.
        QSignalSpy shown(&view, &ui::LicensingView::timelineShown);
        view.setKnownOn(QDate(2020, 3, 1));
        view.openTrack(QStringLiteral("QZABC0000001"));
        QVERIFY(shown.wait(10000));
        ui::TimelineModel *model = view.timelineModel();
        auto rows = [&] {
            QStringList out;
            for (int r = 0; r < model->rowCount(); ++r)
                out << model->index(r, ui::TimelineModel::Territory).data().toString() + u' '
                           + model->index(r, ui::TimelineModel::From).data().toString() + u' '
                           + model->index(r, ui::TimelineModel::Share).data().toString();
            return out;
        };
        QCOMPARE(rows(), QStringList({"GB 2019-01-01 40.00 %", "GB 2019-06-01 100.00 %", "GB 2020-01-16 40.00 %", "WW 2019-01-01 40.00 %"}));
        QCOMPARE(model->index(1, ui::TimelineModel::State).data().toString(), QStringLiteral("fully licensed"));
        // Known on a later day, L3 counts: the same track is overclaimed from September 2019.
        view.setKnownOn(QDate(2020, 6, 1));
        QVERIFY(shown.wait(10000));
        QCOMPARE(rows(), QStringList({"GB 2019-01-01 40.00 %", "GB 2019-06-01 100.00 %", "GB 2019-09-01 170.00 %", "GB 2020-01-16 110.00 %",
                                      "WW 2019-01-01 40.00 %"}));
        QCOMPARE(model->data(model->index(2, 0), ui::TimelineModel::StateRole).toInt(), int(TimelineBand::State::Overclaimed));
        // Clicking a band in the drawing shows its claims with their sources.
        ui::TimelineWidget *widget = view.timelineWidget();
        widget->setVisibleRange(QDate(2019, 1, 1), QDate(2021, 1, 1));
        QPoint inBand;
        for (int x = 0; x < widget->width() && inBand.isNull(); x += 2)
            for (int y = 0; y < widget->height(); y += 2)
                if (widget->bandAt(QPoint(x, y)) == 2) {
                    inBand = QPoint(x, y);
                    break;
                }
        QVERIFY(!inBand.isNull());
        QTest::mouseClick(widget, Qt::LeftButton, {}, inBand);
        QCOMPARE(view.claimsModel()->rowCount(), 3);
        QVERIFY(view.claimsModel()->index(0, ui::ClaimsModel::Source).data().toString().contains(QLatin1String("claims.csv, line")));
        // The overclaim report, and a zoom that keeps the pointer's day in place.
        QSignalSpy reported(&view, &ui::LicensingView::reportShown);
        view.runOverclaims();
        QVERIFY(reported.wait(10000));
        QCOMPARE(view.overclaimsModel()->rowCount(), 2);
        const qint64 span = widget->visibleFrom().daysTo(widget->visibleTo());
        widget->zoom(0.5);
        QVERIFY(widget->visibleFrom().daysTo(widget->visibleTo()) < span);

        // The case file: a PDF and a CSV of the claims, the events and the usage in periods not fully licensed.
        const QString pdf = dir.filePath(QStringLiteral("case.pdf"));
        QString error;
        QVERIFY2(ui::CaseFileExport::write(model->timeline(), widget->grab().toImage(), pdf, error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QFile csvFile(ui::CaseFileExport::csvPathFor(pdf));
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList csv = QString::fromUtf8(csvFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(csv.filter(QRegularExpression(QStringLiteral("^claim,"))).size(), 3);
        QCOMPARE(csv.filter(QRegularExpression(QStringLiteral("^event,"))).size(), 5);
        // January 2020 in GB was overclaimed (170%, then 110%): its usage is listed with the DSR.
        const QStringList usage = csv.filter(QRegularExpression(QStringLiteral("^usage,")));
        QCOMPARE(usage.size(), 1);
        QVERIFY2(usage[0].contains(QLatin1String("overclaimed")) && usage[0].contains(QLatin1String(",10,8,GBP")), qPrintable(usage[0]));
    }

    void packageReviewWindowVerifiesOffline()
    {
        QTemporaryDir dir;
        QString zip;
        {
            auto db = test::openDatabase(dir);
            QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"),
                                                                "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n"
                                                                "A\tSong\tX\tQZABC0000001\t10\t100.5\nB\tOther\tY\tQZABC0000002\t3\t7\n"))
                        .ok());
            PackageStore store(*db);
            const qint64 id = store.create(QStringLiteral("Review me"), {{QStringLiteral("GB")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();
            QVERIFY(ResidualBuilder::build(*db, id));
            zip = dir.filePath(QStringLiteral("review.zip"));
            QVERIFY(PackageZip::write(*db, id, zip, &ui::StatementPdf::render).ok());
        }
        QFile::remove(dir.filePath(QStringLiteral("test.sqlite"))); // the review needs no database
        auto open = [](const QString &path) {
            auto *window = new ui::PackageReviewWindow(path);
            QSignalSpy loaded(window, &ui::PackageReviewWindow::loaded);
            window->show();
            if (!window->isLoaded())
                loaded.wait(20000);
            return window;
        };
        {
            std::unique_ptr<ui::PackageReviewWindow> window(open(zip));
            QVERIFY(window->isLoaded());
            QVERIFY2(window->verificationText().startsWith(QStringLiteral("Verified")), qPrintable(window->verificationText()));
            QCOMPARE(window->sourceModel()->rowCount(), 2);
            QCOMPARE(window->linesModel()->rowCount(), 2); // both tracks unallocated: no claims
            QCOMPARE(window->linesModel()->headerData(12, Qt::Horizontal).toString(), QStringLiteral("net"));
            QCOMPARE(window->linesModel()->headerData(16, Qt::Horizontal).toString(), QStringLiteral("base_net"));
            QVERIFY(window->findChild<QChartView *>(QStringLiteral("netByHolder"))->chart()->series().size() == 1);
            QVERIFY(window->findChild<QWidget *>(QStringLiteral("manifestSummary")));
            QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("test.sqlite"))));
        }
        // One byte of lines.csv changed: the window says which entry fails.
        QuaZip original(zip);
        QVERIFY(original.open(QuaZip::mdUnzip));
        QList<QPair<QString, QByteArray>> entries;
        for (bool more = original.goToFirstFile(); more; more = original.goToNextFile()) {
            QuaZipFile f(&original);
            f.open(QIODevice::ReadOnly);
            entries << qMakePair(original.getCurrentFileName(), f.readAll());
        }
        original.close();
        auto rewrite = [](const QString &path, const QList<QPair<QString, QByteArray>> &files) {
            QuaZip out(path);
            out.open(QuaZip::mdCreate);
            for (const auto &[name, bytes] : files) {
                QuaZipFile f(&out);
                f.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
                f.write(bytes);
                f.close();
            }
            out.close();
        };
        auto tampered = entries;
        tampered[1].second.replace("100.5", "900.5");
        const QString tamperedZip = dir.filePath(QStringLiteral("tampered.zip"));
        rewrite(tamperedZip, tampered);
        {
            std::unique_ptr<ui::PackageReviewWindow> window(open(tamperedZip));
            QVERIFY2(window->verificationText().contains(QStringLiteral("lines.csv: the checksum does not match")), qPrintable(window->verificationText()));
            QVERIFY(!window->verificationText().contains(QStringLiteral("manifest.json:")));
            QCOMPARE(window->linesModel()->rowCount(), 2); // shown, marked, for the reviewer to see the change
        }
        // A zip-slip entry: refused, nothing loaded, nothing written anywhere.
        auto hostile = entries;
        hostile << qMakePair(QStringLiteral("../../escaped.txt"), QByteArray("x"));
        const QString hostileZip = dir.filePath(QStringLiteral("sub/hostile.zip"));
        QDir().mkpath(dir.filePath(QStringLiteral("sub")));
        rewrite(hostileZip, hostile);
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        {
            std::unique_ptr<ui::PackageReviewWindow> window(open(hostileZip));
            QVERIFY2(window->verificationText().startsWith(QStringLiteral("REFUSED")), qPrintable(window->verificationText()));
            QVERIFY(window->verificationText().contains(QStringLiteral("../../escaped.txt")));
            QCOMPARE(window->linesModel()->rowCount(), 0);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
        QVERIFY(!QFile::exists(QDir(dir.path()).absoluteFilePath(QStringLiteral("../escaped.txt"))));
    }

    void packagesPageBuildsPublishesAndRetracts()
    {
        QTemporaryDir dir;
        qint64 id = 0;
        {
            auto db = test::openDatabase(dir);
            QVERIFY(DsrImporter(*db).importFile(test::writeFile(dir, QStringLiteral("Gen_Offer_GB_GBP_20200101-20200131.tsv"),
                                                                "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\nA\tSong\tX\tQZABC0000001\t10\t100.5\n"))
                        .ok());
            id = PackageStore(*db).create(QStringLiteral("January"), {{QStringLiteral("GB")}, QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}}).value();
        }
        ui::PackagesView view(dir.filePath(QStringLiteral("test.sqlite")));
        view.show();
        QSignalSpy loaded(&view, &ui::PackagesView::loaded);
        QSignalSpy details(&view, &ui::PackagesView::detailsShown);
        QSignalSpy finished(&view, &ui::PackagesView::actionFinished);
        view.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.packageModel()->rowCount(), 1);
        QCOMPARE(view.packageModel()->index(0, ui::PackageListModel::State).data().toString(), QStringLiteral("draft"));
        view.select(id);
        auto act = [&](const std::function<void()> &action) {
            finished.clear();
            action();
            if (finished.isEmpty())
                finished.wait(20000);
            details.clear();
            details.wait(10000); // the reload after the action
            return finished.isEmpty() ? false : finished.first().at(0).toBool();
        };
        QVERIFY(act([&] { view.build(); }));
        QCOMPARE(view.linesModel()->rowCount(), 1);
        // Amounts in the one format (2 decimals, grouped), exact in the tooltip; the base is named in its header.
        QCOMPARE(view.linesModel()->index(0, 7).data().toString(), QStringLiteral("100.50"));
        QCOMPARE(view.linesModel()->index(0, 7).data(Qt::ToolTipRole).toString(), QStringLiteral("100.5"));
        QCOMPARE(view.linesModel()->headerData(11, Qt::Horizontal).toString(), QStringLiteral("Net (EUR)"));
        QCOMPARE(view.totalsModel()->rowCount(), 1);
        QCOMPARE(view.totalsModel()->index(0, 2).data().toString(), QStringLiteral("100.50"));
        QVERIFY2(act([&] { view.publish(); }), qPrintable(view.statusText()));
        QCOMPARE(view.copiesModel()->rowCount(), 1);
        QCOMPARE(view.copiesModel()->index(0, 1).data().toString(), QStringLiteral("ok"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("archive/package-%1-v1.zip").arg(id))));
        QVERIFY(act([&] { view.reverify(); }));
        QVERIFY(act([&] { view.retract(QStringLiteral("wrong society")); }));
        // The list reloads on its own worker, and may answer after the details under load.
        QTRY_COMPARE_WITH_TIMEOUT(view.packageModel()->index(0, ui::PackageListModel::State).data().toString(), QStringLiteral("retracted"), 10000);
        // The audit log: who, when, what and why, for every transition.
        QStringList actions;
        for (int r = 0; r < view.auditModel()->rowCount(); ++r)
            actions << view.auditModel()->index(r, 2).data().toString();
        QCOMPARE(actions, QStringList({"create", "build", "publish", "copy", "retract"}));
        QCOMPARE(view.auditModel()->index(4, 4).data().toString(), QStringLiteral("wrong society"));
        QVERIFY(!view.auditModel()->index(4, 1).data().toString().isEmpty());
        QCOMPARE(view.copiesModel()->index(0, 6).data().toString(), QStringLiteral("ok"));
    }

    void targetsDialogListsTheTargets()
    {
        QTemporaryDir dir;
        {
            auto db = test::openDatabase(dir);
            TargetConfig sftp;
            sftp.kind = TargetConfig::Kind::Sftp;
            sftp.location = QStringLiteral("/srv/royalties");
            sftp.settings = QJsonObject{{QStringLiteral("host"), QStringLiteral("archive.example.org")}, {QStringLiteral("port"), 2222},
                                        {QStringLiteral("user"), QStringLiteral("desk")}, {QStringLiteral("key_file"), QStringLiteral("/k")},
                                        {QStringLiteral("known_hosts"), QStringLiteral("/kh")}};
            QVERIFY(CopyTargets(*db).add(sftp));
        }
        ui::TargetsDialog dialog(dir.filePath(QStringLiteral("test.sqlite")));
        QSignalSpy loaded(&dialog, &ui::TargetsDialog::loaded);
        dialog.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(dialog.model()->index(0, 2).data().toString(), QStringLiteral("the archive beside the database"));
        QCOMPARE(dialog.model()->index(1, 2).data().toString(), QStringLiteral("sftp://desk@archive.example.org:2222/srv/royalties"));
        QCOMPARE(dialog.model()->index(1, 3).data().toString(), QStringLiteral("yes"));
    }

    void remittanceDashboardModel()
    {
        QTemporaryDir dir;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime hour(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
        {
            auto db = test::openDatabase(dir);
            QList<UsageEvent> events;
            for (int i = 0; i < 5; ++i) {
                UsageEvent e;
                e.timestamp = i < 3 ? hour : hour.addSecs(-3600);
                e.marketplace = i == 4 ? QStringLiteral("azure") : QStringLiteral("aws");
                e.account = QStringLiteral("a");
                e.product = QStringLiteral("p%1").arg(i);
                e.metric = QStringLiteral("EUR");
                Decimal::parse("2.50", e.value);
                events << e;
            }
            QVERIFY(RemittanceBook(*db).add(events, QStringLiteral("test")));
            SqlQuery q(*db);
            QVERIFY(q.exec(QStringLiteral("UPDATE remittances SET status = 'succeeded' WHERE product IN ('p0', 'p3')")));
            QVERIFY(q.exec(QStringLiteral("UPDATE remittances SET status = 'dead_letter', updated_at = '2020-01-01T00:00:00.000Z' WHERE product = 'p1'")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO remittance_attempts (remittance_id, at, http_status, error_code, message, latency_ms) "
                                          "SELECT id, '2026-11-21T10:00:00.000Z', 503, 'server_error', 'busy', 12 FROM remittances WHERE product = 'p1'")));
        }
        ui::RemittanceMonitorView view(dir.filePath(QStringLiteral("test.sqlite")));
        QSignalSpy refreshed(&view, &ui::RemittanceMonitorView::refreshed);
        view.show();
        QVERIFY(refreshed.wait(10000));
        ui::DashboardModel *model = view.dashboardModel();
        QCOMPARE(model->rowCount(), 24);
        const int last = model->rowCount() - 1; // this hour
        const int succeeded = int(ui::DashboardModel::statuses().indexOf(QStringLiteral("succeeded")));
        const int pending = int(ui::DashboardModel::statuses().indexOf(QStringLiteral("pending")));
        const int dead = int(ui::DashboardModel::statuses().indexOf(QStringLiteral("dead_letter")));
        QCOMPARE(model->count(last, succeeded), 1);
        QCOMPARE(model->count(last, dead), 1);
        QCOMPARE(model->count(last, pending), 1);
        QCOMPARE(model->count(last - 1, succeeded), 1);
        QCOMPARE(model->count(last - 1, pending), 1);
        QCOMPARE(model->headerData(last, Qt::Vertical).toString(), hour.toString(QStringLiteral("MM-dd hh:00")));
        // One marketplace only.
        model->setSnapshot(model->snapshot(), QStringLiteral("azure"));
        QCOMPARE(model->count(last - 1, pending), 1);
        QCOMPARE(model->count(last - 1, succeeded), 0);
        // Tiles and the alert: two pending of 2.50 EUR, one dead letter waiting for years.
        QVERIFY2(view.tilesText().contains(QStringLiteral("5.00\u00a0EUR")), qPrintable(view.tilesText()));
        QVERIFY(view.tilesText().contains(QStringLiteral("<b>Dead letters</b> 1")));
        QVERIFY2(view.alertText().contains(QStringLiteral("dead letter has waited")), qPrintable(view.alertText()));
        // A remittance's attempts and its dataflow.
        QCOMPARE(view.remittanceModel()->rowCount(), 5);
        int row = -1;
        for (int r = 0; r < view.remittanceModel()->rowCount(); ++r)
            if (view.remittanceModel()->rowAt(r)->product == QLatin1String("p1"))
                row = r;
        QSignalSpy details(&view, &ui::RemittanceMonitorView::detailsShown);
        view.selectRemittance(row);
        QVERIFY(details.wait(10000));
        QCOMPARE(view.attemptsModel()->rowCount(), 1);
        QCOMPARE(view.attemptsModel()->index(0, 1).data().toString(), QStringLiteral("503"));
        QCOMPARE(view.journeyModel()->index(0, 0).data().toString(), QStringLiteral("AGGREGATED"));
    }

    void importsASampleIntoTheModel()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("gui.sqlite"));
        QVERIFY(Database::open(db).ok());
        ui::MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy finished(window.importController(), &ui::ImportController::finished);
        window.importFiles({test::dataPath(QStringLiteral("Spotify_SpotifyFree_CH_CHF_20200201-20200228.tsv.gz"))});
        QVERIFY(finished.wait(30000));
        const auto results = finished.at(0).at(0).value<QList<ImportResult>>();
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.at(0).ok(), qPrintable(results.at(0).error));

        ui::DsrTableModel *model = window.importsView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        const auto cell = [&](int column) { return model->index(0, column).data().toString(); };
        QCOMPARE(cell(ui::DsrTableModel::Territory), QStringLiteral("CH"));
        QCOMPARE(cell(ui::DsrTableModel::Currency), QStringLiteral("CHF"));
        QCOMPARE(cell(ui::DsrTableModel::Offer), QStringLiteral("SpotifyFree"));
        QCOMPARE(cell(ui::DsrTableModel::Rows), QStringLiteral("1,000"));
        QCOMPARE(cell(ui::DsrTableModel::Revenue), QStringLiteral("55,684,318,183,675,283.94"));
        QCOMPARE(model->index(0, ui::DsrTableModel::Revenue).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Exact: 55684318183675283.93816084600137 CHF"));

        // The proxy filters what the table shows.
        QTableView *table = window.importsView()->table();
        QCOMPARE(table->model()->rowCount(), 1);
        auto *proxy = qobject_cast<ui::DsrFilterProxyModel *>(table->model());
        proxy->setText(QStringLiteral("GB"));
        QCOMPARE(proxy->rowCount(), 0);
        proxy->setText(QStringLiteral("ch free"));
        QCOMPARE(proxy->rowCount(), 1);

        // Its validation report pages in lazily.
        auto database = Database::open(db);
        ui::ReportModel report(database.value(), model->index(0, 0).data(ui::DsrTableModel::IdRole).toLongLong());
        QVERIFY(report.canFetchMore({}));
        report.fetchMore({});
        QVERIFY(report.rowCount() > 0);
        QCOMPARE(report.index(0, ui::ReportModel::Line).data().toString(), QStringLiteral("file"));
        while (report.canFetchMore({}))
            report.fetchMore({});
        QCOMPARE(report.rowCount(), 146);
    }

    // A refused import shows its box alone: no stale "Importing… 0%" dialog pops up over it.
    void refusalBoxIsNotCoveredByAStaleProgressDialog()
    {
        QTemporaryDir dir;
        auto opened = test::openMainWindow(dir);
        QVERIFY(opened);
        ui::MainWindow &window = *opened;
        const QString sample = test::dataPath(QStringLiteral("Spotify_SpotifyFree_CH_CHF_20200201-20200228.tsv.gz"));
        QSignalSpy finished(window.importController(), &ui::ImportController::finished);
        window.importFiles({sample});
        QVERIFY(finished.wait(30000));

        bool sawBox = false, staleProgress = false;
        QString informative;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || sawBox)
                return;
            sawBox = true;
            // Longer than the progress dialog's 300 ms show delay.
            QTimer::singleShot(900, box, [&, box] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    staleProgress = staleProgress || (qobject_cast<QProgressDialog *>(w) && w->isVisible());
                informative = box->informativeText();
                box->accept();
            });
        });
        poll.start();
        window.importFiles({sample}); // identical content: refused
        QTRY_VERIFY_WITH_TIMEOUT(!informative.isEmpty(), 30000);
        QVERIFY(!staleProgress);
        QVERIFY2(informative.contains(QStringLiteral("identical content")), qPrintable(informative));

        // A strict refusal's box lists the findings themselves.
        sawBox = false;
        informative.clear();
        QByteArray bad = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\n";
        for (int i = 0; i < 3; ++i)
            bad += "r" + QByteArray::number(i) + "\tT\tA\tGBAYE0000001\tmany\t1\n";
        const QString strictFile = test::writeFile(dir, QStringLiteral("Spotify_SpotifyFree_SE_SEK_20200101-20200131.tsv"), bad);
        window.findChild<QAction *>(QStringLiteral("strictAction"))->setChecked(true);
        window.importFiles({strictFile});
        QTRY_VERIFY_WITH_TIMEOUT(!informative.isEmpty(), 30000);
        QVERIFY(!staleProgress);
        QVERIFY2(informative.contains(QStringLiteral("Spotify_SpotifyFree_SE_SEK_20200101-20200131.tsv:2: usages: usages \"many\" is not a whole number")),
                 qPrintable(informative));
    }

    void formatsAmountsExactly()
    {
        const QLocale french(QLocale::French, QLocale::France);
        QCOMPARE(ui::formatAmount(QStringLiteral("1234567.125"), 2, french), QStringLiteral("1\u202f234\u202f567,12"));
        QCOMPARE(ui::formatAmount(QStringLiteral("-0.135"), 2, QLocale::c()), QStringLiteral("-0.14"));
        QCOMPARE(ui::formatAmount(QStringLiteral("99999999999999999999.995")), QStringLiteral("100,000,000,000,000,000,000.00"));
    }

    void sortsRevenueAsExactDecimals()
    {
        ui::DsrTableModel model;
        DsrRecord small, large, middle;
        small.id = 1;
        small.revenue = QStringLiteral("9.99999999999999999999");
        large.id = 2;
        large.revenue = QStringLiteral("100000000000000000000.5");
        middle.id = 3;
        middle.revenue = QStringLiteral("10");
        model.setRecords({small, large, middle});
        ui::DsrFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ui::DsrTableModel::Revenue, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ui::DsrTableModel::IdRole).toLongLong(), 1);
        QCOMPARE(proxy.index(1, 0).data(ui::DsrTableModel::IdRole).toLongLong(), 3);
        QCOMPARE(proxy.index(2, 0).data(ui::DsrTableModel::IdRole).toLongLong(), 2);
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
