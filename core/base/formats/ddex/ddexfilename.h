#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>

namespace rd {

// What a DDEX DSR flat file's name says (Part 1, clause 9.1):
// DSR_<Recipient>_<Sender>_<Service>_<Period>_<Territory>_<x>of<y>_<Created>.tsv[.gz]
// Period is yyyy, yyyy-mm, yyyy-Qn, yyyy-Hn, yyyy-mm-dd or
// yyyy-mm-dd--yyyy-mm-dd; Territory may be empty (a multi-territory report).
struct DdexFileName
{
    Q_DECLARE_TR_FUNCTIONS(DdexFileName)

public:
    QString recipient, sender, service, period, territory;
    QDate periodStart, periodEnd;
    int part = 1, parts = 1;
    QDateTime created; // UTC
    bool gzip = false;

    static Expected<DdexFileName> parse(const QString &fileName);
    // Whether the name has the DDEX form at all (starts with DSR_), before parsing it.
    static bool looksLikeDdex(const QString &fileName);
    // The first and last day of a period text; nullopt when it is not one of the forms.
    static std::optional<std::pair<QDate, QDate>> parsePeriod(const QString &period);

    // The files of one multi-file report share everything but the part number.
    QString reportKey() const;
};

} // namespace rd
