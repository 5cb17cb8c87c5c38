// royaltydesk-cli: the command-line face of Royalty Desk. All the work is in core.
#include "clicontext.h"

#include "db/database.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cerrno>
#include <cstring>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>
#include <functional>
#include <map>

namespace {

QString usage()
{
    return QCoreApplication::translate("rd::cli", "Usage: royaltydesk-cli [--db PATH] [--lang LANG] <command> [options]\n"
              "\n"
              "Commands:\n"
              "  import [--strict] [--replace | --dry-run] [--json] FILE...\n"
              "                                       import DSR files: simple TSV or DDEX (.tsv or .tsv.gz)\n"
              "  dsrs [--json]                        list the DSRs\n"
              "  dsr ID [--json] [--limit N] [--as-of DATE]\n"
              "                                       show one DSR and its validation report (or its history)\n"
              "  delete ID                            delete a DSR with its rows and report\n"
              "  rates import FILE... | rates list    import (date,currency,rate CSV) or list exchange rates\n"
              "  base-currency [CODE]                 show or set the base currency (default EUR)\n"
              "  totals --by DIMENSION [filters]      usages and revenue by territory|period|dsp|offer|dsp-offer\n"
              "  percentile N [--territory CC] [--period-start D] [--period-end D] [--json]\n"
              "                                       the resources that make up the top N% of revenue\n"
              "  rights import FILE...                import licensing CSVs (claims)\n"
              "  licensed ISRC TERRITORY DATE [--as-known-on D] [--right-type T] [--json]\n"
              "                                       the licensed share and the claims in force\n"
              "  timeline ISRC [--territory CC] [--as-known-on D] [--json]\n"
              "                                       the licensing events of a track\n"
              "  overclaims [--territory CC] [--from D] [--to D] [--json]\n"
              "                                       where claims add up to more than 100%, with the usage\n"
              "  exposure [--territory CC] [--from D] [--to D] [--json]\n"
              "                                       usage and revenue while less than 100% licensed\n"
              "  package create --name N [--territory CC]... --period-start D --period-end D [--dsp X]... [--offer X]...\n"
              "  package adjust ID (--amount A --currency C | --percent P) [--resource R | --territory CC] --reason TEXT\n"
              "  package advance ID --holder H --amount A --currency C\n"
              "  package build|publish ID | package retract ID --reason TEXT\n"
              "  package export ID OUT.zip | package verify FILE.zip [--json]\n"
              "  package list [--json] | package show ID [--json]\n"
              "                                       residual packages: draft, build, export, publish, retract\n"
              "  retention sweep [--dry-run] [--now D] [--json]\n"
              "                                       purge raw rows past the window, retain those behind packages\n"
              "  retention window [DAYS]              show or set the window (default 90 days after import)\n"
              "  limits [--json] | limits set KEY VALUE\n"
              "                                       caps on hostile input: gzip_max_bytes, gzip_max_ratio,\n"
              "                                       ddex_max_findings\n"
              "  package copies ID [--json] | package recopy ID | package reverify ID\n"
              "                                       the retained copies of a published package, per target\n"
              "  targets list [--json] | targets add-local FOLDER | targets enable|disable ID\n"
              "  targets add-sftp --host H [--port P] --user U (--key F | --password-env VAR) --known-hosts F --folder D\n"
              "  targets trust ID [--fingerprint SHA256:…]\n"
              "                                       where published packages are copied (local folder, SFTP)\n"
              "  status CORRELATION_ID [--json] | status import FILE.jsonl | status export [--since D] | status inbox [FOLDER]\n"
              "                                       the status journal of a dataflow; external pipelines' messages\n"
              "  remit marketplace add NAME --url URL [--token-file F] [--window-hours H] [--max-attempts N] [--backoff-ms MS]\n"
              "  remit marketplace list | remit ingest FILE | remit ingest --package ID\n"
              "  remit run [--once | --until-idle] | remit list [--status S] [--marketplace M] [--from T] [--to T] [--json]\n"
              "                                       hourly remittances: usage in, exactly-once delivery, the outbox\n"
              "  remit retry ID... | remit redrive (--all | ID...) | remit reconcile [--older-than-minutes N] [--to failed|unknown]\n"
              "  remit reset --product P --start T --end T (--account A)... | remit recalc --start T --end T\n"
              "                                       recover: retry, re-drive dead letters, reset, recalculate, reconcile stuck\n"
              "\n"
              "Options:\n"
              "  --db PATH     the database (default: the GUI's, %1)\n"
              "  --lang LANG   the language of messages (en, es, fr)\n"
              "  --version     print the version\n"
              "  --help        print this help\n")
        .arg(rd::Database::defaultPath());
}

} // namespace

int main(int argc, char *argv[])
{
    // Package statements are PDFs painted with Qt GUI, which needs a (headless) GUI application.
    const bool paints = argc > 1 && std::find_if(argv + 1, argv + argc, [](const char *a) { return std::strcmp(a, "package") == 0; }) != argv + argc;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (paints && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Without a login session Qt GUI warns and makes this same private folder itself.
        const QByteArray runtime = "/tmp/runtime-" + QByteArray::number(getuid());
        if (mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", runtime);
    }
    const std::unique_ptr<QCoreApplication> application(paints ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("royaltydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = app.arguments().mid(1);
    QString dbPath = rd::Database::defaultPath();
    QString language;
    // Global options come before the command.
    while (!args.isEmpty() && args.constFirst().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--version")) {
            out << "royaltydesk-cli " << QCoreApplication::applicationVersion() << '\n';
            return rd::cli::Success;
        }
        if (option == QLatin1String("--help")) {
            rd::i18n::install(app, language);
            out << usage();
            return rd::cli::Success;
        }
        if ((option == QLatin1String("--db") || option == QLatin1String("--lang")) && !args.isEmpty()) {
            (option == QLatin1String("--db") ? dbPath : language) = args.takeFirst();
            continue;
        }
        if (option.startsWith(QLatin1String("--db="))) {
            dbPath = option.mid(5);
            continue;
        }
        if (option.startsWith(QLatin1String("--lang="))) {
            language = option.mid(7);
            continue;
        }
        rd::i18n::install(app, language);
        err << QCoreApplication::translate("rd::cli", "Unknown option %1").arg(option) << "\n\n" << usage();
        return rd::cli::UsageError;
    }
    rd::i18n::install(app, language);

    const std::map<QString, std::function<int(rd::cli::CliContext &)>> commands{
        {QStringLiteral("import"), rd::cli::runImport},
        {QStringLiteral("dsrs"), rd::cli::runList},
        {QStringLiteral("dsr"), rd::cli::runShow},
        {QStringLiteral("delete"), rd::cli::runDelete},
        {QStringLiteral("rates"), rd::cli::runRates},
        {QStringLiteral("base-currency"), rd::cli::runBaseCurrency},
        {QStringLiteral("totals"), rd::cli::runTotals},
        {QStringLiteral("percentile"), rd::cli::runPercentile},
        {QStringLiteral("rights"), rd::cli::runRights},
        {QStringLiteral("licensed"), rd::cli::runLicensed},
        {QStringLiteral("timeline"), rd::cli::runTimeline},
        {QStringLiteral("overclaims"), rd::cli::runOverclaims},
        {QStringLiteral("exposure"), rd::cli::runExposure},
        {QStringLiteral("package"), rd::cli::runPackage},
        {QStringLiteral("retention"), rd::cli::runRetention},
        {QStringLiteral("limits"), rd::cli::runLimits},
        {QStringLiteral("targets"), rd::cli::runTargets},
        {QStringLiteral("status"), rd::cli::runStatus},
        {QStringLiteral("remit"), rd::cli::runRemit},
    };
    if (args.isEmpty()) {
        err << usage();
        return rd::cli::UsageError;
    }
    const QString name = args.takeFirst();
    const auto command = commands.find(name);
    if (command == commands.end()) {
        err << QCoreApplication::translate("rd::cli", "Unknown command \"%1\"").arg(name) << "\n\n" << usage();
        return rd::cli::UsageError;
    }

    // Checking a package zip needs no database (a reviewer may have none).
    std::shared_ptr<rd::Database> store;
    if (!(name == QLatin1String("package") && args.value(0) == QLatin1String("verify"))) {
        auto database = rd::Database::open(dbPath);
        if (!database) {
            err << database.error() << '\n';
            return rd::cli::Failure;
        }
        store = database.value();
    }
    rd::cli::CliContext context{args, store, out, err};
    const int code = command->second(context);
    out.flush();
    err.flush();
    return code;
}
