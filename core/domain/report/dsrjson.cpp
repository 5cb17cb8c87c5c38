#include "dsrjson.h"

#include <QJsonArray>

namespace rd::json {
namespace {

QString outcomeName(ImportResult::Outcome outcome)
{
    switch (outcome) {
    case ImportResult::Outcome::Imported: return QStringLiteral("imported");
    case ImportResult::Outcome::Failed: return QStringLiteral("failed");
    case ImportResult::Outcome::Duplicate: return QStringLiteral("duplicate");
    case ImportResult::Outcome::Canceled: return QStringLiteral("canceled");
    case ImportResult::Outcome::Redelivery: return QStringLiteral("redelivery");
    case ImportResult::Outcome::DryRun: return QStringLiteral("dry_run");
    }
    return QString();
}

} // namespace

QJsonObject dsr(const DsrRecord &r)
{
    QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("path"), r.path},
        {QStringLiteral("file_name"), r.fileName},
        {QStringLiteral("status"), DsrRecord::statusName(r.status)},
        {QStringLiteral("dsp"), r.dsp},
        {QStringLiteral("offer"), r.offer},
        {QStringLiteral("society"), r.society.isEmpty() ? QJsonValue() : QJsonValue(r.society)},
        {QStringLiteral("territory"), r.territory},
        {QStringLiteral("currency"), r.currency},
        {QStringLiteral("period_start"), r.periodStart.toString(Qt::ISODate)},
        {QStringLiteral("period_end"), r.periodEnd.toString(Qt::ISODate)},
        {QStringLiteral("rows"), r.rows},
        {QStringLiteral("usages"), r.usages},
        {QStringLiteral("revenue"), r.revenue},
        {QStringLiteral("warnings"), r.reportWarnings()},
        {QStringLiteral("errors"), r.errorCount},
        {QStringLiteral("sha256"), r.sha256.isEmpty() ? QJsonValue() : QJsonValue(r.sha256)},
        {QStringLiteral("strict"), r.strict},
        {QStringLiteral("imported_at"), r.importedAt.toString(Qt::ISODate)},
        {QStringLiteral("duration_ms"), r.durationMs},
        {QStringLiteral("missing"),
         QJsonObject{{QStringLiteral("title"), r.missingTitle},
                     {QStringLiteral("artists"), r.missingArtists},
                     {QStringLiteral("isrc"), r.missingIsrc},
                     {QStringLiteral("usages"), r.missingUsages},
                     {QStringLiteral("revenue"), r.missingRevenue},
                     {QStringLiteral("rows"), r.rowsWithMissing}}},
    };
    if (!r.statusReason.isEmpty())
        o.insert(QStringLiteral("status_reason"), r.statusReason);
    o.insert(QStringLiteral("format"), r.format);
    o.insert(QStringLiteral("revenue_basis"), r.revenueBasis);
    o.insert(QStringLiteral("version"), r.version);
    if (!r.messageId.isEmpty())
        o.insert(QStringLiteral("message_id"), r.messageId);
    return o;
}

QJsonObject importResult(const ImportResult &r)
{
    QJsonObject o{
        {QStringLiteral("path"), r.path},
        {QStringLiteral("outcome"), outcomeName(r.outcome)},
        {QStringLiteral("id"), r.dsrId == 0 ? QJsonValue() : QJsonValue(r.dsrId)},
        {QStringLiteral("rows"), static_cast<qint64>(r.totals.rows)},
        {QStringLiteral("usages"), static_cast<qint64>(r.totals.usages)},
        {QStringLiteral("revenue"), QString::fromStdString(r.totals.revenue.toString())},
        {QStringLiteral("warnings"), static_cast<qint64>(r.totals.warnings + r.totals.rowsWithMissing)},
        {QStringLiteral("errors"), static_cast<qint64>(r.totals.errors)},
        {QStringLiteral("seconds"), r.seconds},
        {QStringLiteral("rows_per_second"), qRound64(r.rowsPerSecond())},
    };
    if (!r.sha256.isEmpty())
        o.insert(QStringLiteral("sha256"), r.sha256);
    if (!r.correlationId.isEmpty())
        o.insert(QStringLiteral("correlation_id"), r.correlationId);
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    if (r.duplicateOf != 0)
        o.insert(QStringLiteral("duplicate_of"), r.duplicateOf);
    if (r.redeliveryOf != 0)
        o.insert(QStringLiteral("redelivery_of"), r.redeliveryOf);
    if (r.version > 0)
        o.insert(QStringLiteral("version"), r.version);
    if (!r.findings.empty()) {
        QJsonArray findings;
        for (const ValidationIssue &issue : r.findings)
            findings.append(QJsonObject{{QStringLiteral("line"), qint64(issue.line)},
                                        {QStringLiteral("code"), QString::fromLatin1(codeName(issue.code))},
                                        {QStringLiteral("field"), ValidationText::where(issue.field, QString::fromStdString(issue.location))},
                                        {QStringLiteral("message"), ValidationText::message(issue.code, issue.field,
                                                                                              QString::fromStdString(issue.detail))}});
        o.insert(QStringLiteral("findings"), findings);
        o.insert(QStringLiteral("finding_count"), qint64(r.findingCount));
    }
    if (r.diff) {
        o.insert(QStringLiteral("created"), r.diff->created);
        o.insert(QStringLiteral("updated"), r.diff->updated);
        o.insert(QStringLiteral("deleted"), r.diff->deleted);
        o.insert(QStringLiteral("revenue_delta"), QString::fromStdString(r.diff->revenueDelta.toString()));
        o.insert(QStringLiteral("usages_delta"), r.diff->usagesDelta);
    }
    return o;
}

QJsonObject reportEntry(const ReportEntry &e)
{
    return QJsonObject{
        {QStringLiteral("line"), e.line},
        {QStringLiteral("severity"), QString::fromLatin1(severityName(e.severity))},
        {QStringLiteral("code"), QString::fromLatin1(codeName(e.code))},
        {QStringLiteral("field"), e.location.isEmpty() ? QString::fromLatin1(fieldName(e.field)) : e.location},
        {QStringLiteral("detail"), e.detail},
        {QStringLiteral("message"), e.message()},
    };
}

QJsonObject dsrVersion(const DsrVersion &v)
{
    return QJsonObject{
        {QStringLiteral("version"), v.version},
        {QStringLiteral("file_name"), v.fileName},
        {QStringLiteral("sha256"), v.sha256},
        {QStringLiteral("applied_at"), v.appliedAt.toString(Qt::ISODate)},
        {QStringLiteral("rows"), v.rows},
        {QStringLiteral("usages"), v.usages},
        {QStringLiteral("revenue"), v.revenue},
        {QStringLiteral("created"), v.created},
        {QStringLiteral("updated"), v.updated},
        {QStringLiteral("deleted"), v.deleted},
        {QStringLiteral("revenue_delta"), v.revenueDelta},
        {QStringLiteral("usages_delta"), v.usagesDelta},
    };
}

} // namespace rd::json
