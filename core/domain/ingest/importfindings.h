#pragma once

#include "ingest/importresult.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace rd {

// The findings behind a refused import, as a user reads them: the first few
// errors as "FILE:LINE: FIELD: message", and how many more there are.
class ImportFindings
{
    Q_DECLARE_TR_FUNCTIONS(ImportFindings)

public:
    static constexpr std::size_t kShown = 20;

    // Keeps the first kShown errors of issues (warnings are not why a file is
    // refused) in result.findings; total is how many errors there were in all.
    static void collect(ImportResult &result, const std::vector<ValidationIssue> &issues, quint64 total);

    // One line a kept finding, prefixed with the file name.
    static QStringList lines(const ImportResult &result, const QString &fileName);

    // "… and N more; see …" when more were found than kept, else empty.
    // cliHint: name the CLI command that lists them all (else the validation report).
    static QString more(const ImportResult &result, bool cliHint);

    // The error, the findings and the "more" line, one per line.
    static QString describe(const ImportResult &result, const QString &fileName, bool cliHint);
};

} // namespace rd
