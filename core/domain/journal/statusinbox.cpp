#include "statusinbox.h"

#include "journal/statusjournal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rd {

QString StatusInbox::folderFor(const QString &databasePath) { return QFileInfo(databasePath).absolutePath() + QLatin1String("/status-inbox"); }

Expected<StatusInbox::Swept> StatusInbox::sweep()
{
    QDir folder(m_folder);
    if (!folder.exists() && !QDir().mkpath(m_folder))
        return Expected<Swept>::failure(tr("Cannot create the status drop folder %1").arg(m_folder));
    folder.mkpath(QStringLiteral("done"));
    folder.mkpath(QStringLiteral("rejected"));
    Swept swept;
    const QDateTime settled = QDateTime::currentDateTimeUtc().addSecs(-2);
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
        if (file.lastModified().toUTC() > settled)
            continue; // maybe still being written
        const auto imported = StatusJournal(m_db).importJsonl(file.absoluteFilePath());
        const QString target = folder.filePath((imported ? QStringLiteral("done/") : QStringLiteral("rejected/")) + file.fileName());
        QFile::remove(target);
        QFile::rename(file.absoluteFilePath(), target);
        if (imported) {
            swept.imported << file.fileName();
        } else {
            QFile why(target + QLatin1String(".error"));
            if (why.open(QIODevice::WriteOnly | QIODevice::Truncate))
                why.write(imported.error().toUtf8() + '\n');
            swept.rejected << file.fileName() + QLatin1String(": ") + imported.error();
        }
    }
    return swept;
}

} // namespace rd
