// Replays saved inputs through the fuzz entries, without libFuzzer or clang: CTest runs it on
// tests/fuzz-regressions (every input that once crashed, leaked, hung or tripped a sanitizer)
// and on fuzz/seeds. A failed property aborts, which fails the test with the input's name.
//
//   royaltydesk-fuzz-replay FOLDER...   each FOLDER holds one subfolder per target
#include "targets/fuzztarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList roots = app.arguments().mid(1);
    if (roots.isEmpty()) {
        std::fprintf(stderr, "usage: royaltydesk-fuzz-replay FOLDER...\n");
        return 2;
    }
    int replayed = 0;
    for (const QString &root : roots) {
        const QDir rootDir(root);
        if (!rootDir.exists()) {
            std::fprintf(stderr, "%s: no such folder\n", qPrintable(root));
            return 2;
        }
        for (const QString &folder : rootDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const rd::fuzz::Target *target = rd::fuzz::findTarget(folder.toStdString());
            if (!target) {
                std::fprintf(stderr, "%s/%s: no fuzz target of that name\n", qPrintable(root), qPrintable(folder));
                return 2;
            }
            const QDir inputs(rootDir.filePath(folder));
            for (const QString &name : inputs.entryList(QDir::Files, QDir::Name)) {
                QFile file(inputs.filePath(name));
                if (!file.open(QIODevice::ReadOnly)) {
                    std::fprintf(stderr, "%s: cannot read\n", qPrintable(file.fileName()));
                    return 2;
                }
                const QByteArray bytes = file.readAll();
                std::fprintf(stderr, "%s/%s\n", target->name, qPrintable(name)); // names the input if it aborts
                QElapsedTimer timer;
                timer.start();
                target->run(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
                // A hang found by the fuzzer is a regression too: each input must finish promptly.
                if (timer.elapsed() > 10'000) {
                    std::fprintf(stderr, "%s/%s took %lld ms\n", target->name, qPrintable(name), timer.elapsed());
                    return 1;
                }
                ++replayed;
            }
        }
    }
    std::printf("%d inputs replayed, no property failed\n", replayed);
    return replayed > 0 ? 0 : 1;
}
