#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QString>

namespace rd {

// Files written aside (NAME.part) and put in place only when complete: a reader,
// or a user browsing the folder, never takes a partial file for a finished one.
class FinishedFile
{
    Q_DECLARE_TR_FUNCTIONS(FinishedFile)

public:
    // Flushes partial to the disk, then renames it over path (a crash never leaves an
    // empty file under the finished name). On failure partial is removed.
    static Status place(const QString &partial, const QString &path);
};

} // namespace rd
