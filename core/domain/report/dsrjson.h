#pragma once

#include "ingest/importresult.h"
#include "storage/dsrrecord.h"
#include "storage/dsrversions.h"
#include "storage/reportentry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rd::json {

// snake_case keys; amounts are exact decimal strings.
QJsonObject dsr(const DsrRecord &record);
QJsonObject importResult(const ImportResult &result);
QJsonObject reportEntry(const ReportEntry &entry);
QJsonObject dsrVersion(const DsrVersion &version);

} // namespace rd::json
