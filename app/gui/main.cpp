// royaltydesk: the desktop application. All the work is in core and ui.
#include "mainwindow.h"
#include "storage/database.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("royaltydesk"));
    QApplication::setOrganizationName(QStringLiteral("royaltydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Royalty Desk"));
    QApplication::setApplicationVersion(QStringLiteral(RD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.royaltydesk.RoyaltyDesk"));

    // --lang must take effect before any translated text is built, so read it first.
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"),
                                      rd::Database::defaultPath());
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language (en, es, fr)."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption noSamplesOption(QStringLiteral("no-samples"),
                                             QStringLiteral("Do not import the bundled sample DSRs into an empty database."));
    parser.addOptions({dbOption, langOption, noSamplesOption});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("DSR files to import."), QStringLiteral("[FILE...]"));
    parser.process(app);
    rd::i18n::install(app, parser.value(langOption));

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
    // Samples greet a new user; someone who opens files straight away wants just those.
    if (!parser.isSet(noSamplesOption) && parser.positionalArguments().isEmpty())
        window.seedSamplesIfEmpty();
    if (!parser.positionalArguments().isEmpty())
        window.importFiles(parser.positionalArguments());
    return app.exec();
}
