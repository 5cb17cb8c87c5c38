#include "linefile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace rd {

Status LineFile::read(const QString &path, qsizetype maxBytes, const std::function<QString(const QByteArray &line)> &visit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QString name = QFileInfo(path).fileName();
    qint64 lineNo = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine(maxBytes + 1);
        ++lineNo;
        if (line.size() > maxBytes)
            return Status::failure(tr("%1:%2: the line is longer than %3 bytes").arg(name).arg(lineNo).arg(maxBytes));
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (const QString problem = visit(line); !problem.isEmpty())
            return Status::failure(tr("%1:%2: %3").arg(name).arg(lineNo).arg(problem));
    }
    return {};
}

std::optional<QJsonObject> LineFile::jsonObject(const QByteArray &line, QString &problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (!doc.isObject()) {
        problem = tr("not a JSON object (%1)").arg(error.errorString());
        return std::nullopt;
    }
    return doc.object();
}

} // namespace rd
