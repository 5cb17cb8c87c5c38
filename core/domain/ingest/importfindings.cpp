#include "importfindings.h"

namespace rd {

void ImportFindings::collect(ImportResult &result, const std::vector<ValidationIssue> &issues, quint64 total)
{
    result.findings.clear();
    for (const ValidationIssue &issue : issues) {
        if (result.findings.size() >= kShown)
            break;
        if (issue.severity == ValidationIssue::Severity::Error)
            result.findings.push_back(issue);
    }
    result.findingCount = std::max<quint64>(total, result.findings.size());
}

QStringList ImportFindings::lines(const ImportResult &result, const QString &fileName)
{
    QStringList out;
    for (const ValidationIssue &issue : result.findings) {
        const QString where = ValidationText::where(issue.field, QString::fromStdString(issue.location));
        const QString message = ValidationText::message(issue.code, issue.field, QString::fromStdString(issue.detail));
        const QString place = issue.line > 0 ? QStringLiteral("%1:%2").arg(fileName).arg(issue.line) : fileName;
        out << (where.isEmpty() ? QStringLiteral("%1: %2").arg(place, message)
                                : QStringLiteral("%1: %2: %3").arg(place, where, message));
    }
    return out;
}

QString ImportFindings::more(const ImportResult &result, bool cliHint)
{
    if (result.findingCount <= result.findings.size())
        return QString();
    const int rest = int(result.findingCount - result.findings.size());
    if (result.dsrId == 0)
        return tr("… and %n more", nullptr, rest);
    return cliHint ? tr("… and %n more; see `royaltydesk-cli dsr %1`", nullptr, rest).arg(result.dsrId)
                   : tr("… and %n more; see the validation report of DSR %1", nullptr, rest).arg(result.dsrId);
}

QString ImportFindings::describe(const ImportResult &result, const QString &fileName, bool cliHint)
{
    QStringList all{result.error};
    all << lines(result, fileName);
    if (const QString rest = more(result, cliHint); !rest.isEmpty())
        all << rest;
    return all.join(QLatin1Char('\n'));
}

} // namespace rd
