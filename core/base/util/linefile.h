#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace rd {

// Reads a text file a line at a time (LF or CRLF), for the small line formats
// Royalty Desk takes in (JSON lines, event CSVs). Blank lines are skipped; a
// line longer than maxBytes stops the reading, and so does the first problem
// visit returns: the error then names the file and the line ("f.jsonl:7: …").
class LineFile
{
    Q_DECLARE_TR_FUNCTIONS(LineFile)

public:
    static Status read(const QString &path, qsizetype maxBytes, const std::function<QString(const QByteArray &line)> &visit);
    // The line as a JSON object, or nullopt with the reason in problem.
    static std::optional<QJsonObject> jsonObject(const QByteArray &line, QString &problem);
};

} // namespace rd
