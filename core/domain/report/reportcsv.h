#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QString>

namespace rd {

class Database;
class ProgressSink;

// Writes a DSR's whole validation report as CSV (line, severity, code,
// field, detail, message), page by page, through QSaveFile: a failed or
// canceled export leaves no partial file.
class ReportCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsvExporter)

public:
    explicit ReportCsvExporter(Database &database);
    Status exportReport(qint64 dsrId, const QString &path, ProgressSink *progress = nullptr);

private:
    Database &m_db;
};

} // namespace rd
