// royaltydesk: the desktop application. All the work is in core and ui.
#include "mainwindow.h"
#include "review/packagereviewwindow.h"
#include "db/database.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <algorithm>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("royaltydesk"));
    QApplication::setOrganizationName(QStringLiteral("royaltydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Royalty Desk"));
    QApplication::setApplicationVersion(QStringLiteral(RD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.royaltydesk.RoyaltyDesk"));

    // --lang must take effect before any translated text (even --help) is built, so find it first.
    QString language;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            language = arguments[i].mid(7);
    }
    rd::i18n::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Royalty Desk: import, explore and account for digital sales reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "The database file."), QCoreApplication::translate("main", "PATH"),
                                      rd::Database::defaultPath());
    const QCommandLineOption langOption(QStringLiteral("lang"), QCoreApplication::translate("main", "The language (en, es, fr)."), QCoreApplication::translate("main", "LANG"));
    const QCommandLineOption noSamplesOption(QStringLiteral("no-samples"),
                                             QCoreApplication::translate("main", "Do not import the bundled sample DSRs into an empty database."));
    const QCommandLineOption pageOption(QStringLiteral("page"), QCoreApplication::translate("main", "The page to open: imports, analytics, licensing (licensing:ISRC opens a track), packages (packages:ID) or remittances."),
                                       QCoreApplication::translate("main", "PAGE"));
    parser.addOptions({dbOption, langOption, noSamplesOption, pageOption});
    parser.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("main", "DSR files to import, or package zips to review (no database needed)."),
                                 QCoreApplication::translate("main", "[FILE...]"));
    parser.process(app);

    // Package zips open in read-only review windows, without touching any database.
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && std::all_of(positional.begin(), positional.end(), [](const QString &p) { return p.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive); })) {
        for (const QString &zip : positional)
            (new rd::ui::PackageReviewWindow(zip))->show();
        return app.exec();
    }

    const QString databasePath = parser.value(dbOption);
    {
        // Opening once here runs migrations and shows a clear error before any window.
        auto database = rd::Database::open(databasePath);
        if (!database) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Royalty Desk"), database.error());
            return 1;
        }
    }

    rd::ui::MainWindow window(databasePath);
    window.show();
    if (parser.value(pageOption) == QLatin1String("analytics"))
        window.showAnalytics();
    else if (parser.value(pageOption).startsWith(QLatin1String("licensing")))
        window.showLicensing(parser.value(pageOption).section(QLatin1Char(':'), 1)); // licensing[:ISRC]
    else if (parser.value(pageOption) == QLatin1String("remittances"))
        window.showRemittances();
    else if (parser.value(pageOption).startsWith(QLatin1String("packages")))
        window.showPackages(parser.value(pageOption).section(QLatin1Char(':'), 1).toLongLong()); // packages[:ID]
    // Samples greet a new user; someone who opens files straight away wants just those.
    if (!parser.isSet(noSamplesOption) && parser.positionalArguments().isEmpty())
        window.seedSamplesIfEmpty();
    if (!parser.positionalArguments().isEmpty())
        window.importFiles(parser.positionalArguments());
    return app.exec();
}
