#pragma once

#include "import/importresult.h"
#include "storage/dsrrecord.h"
#include "storage/reportentry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rd::json {

// snake_case keys; amounts are exact decimal strings.
QJsonObject dsr(const DsrRecord &record);
QJsonObject importResult(const ImportResult &result);
QJsonObject reportEntry(const ReportEntry &entry);

} // namespace rd::json
