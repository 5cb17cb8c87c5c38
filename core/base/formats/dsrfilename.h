#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rd {

// Metadata carried by a simple-TSV DSR's file name:
// <Dsp>_<Offer>[_<Society>]_<Territory>_<Currency>_<YYYYMMDD>-<YYYYMMDD>.tsv[.gz]
struct DsrFileName
{
    Q_DECLARE_TR_FUNCTIONS(DsrFileName)

public:
    QString dsp;
    QString offer;
    QString society; // empty when absent
    QString territory;
    QString currency;
    QDate periodStart;
    QDate periodEnd;
    bool gzip = false;

    // Parses the base name (any directory part is ignored), from the right.
    static Expected<DsrFileName> parse(const QString &fileName);
    // Whether two names describe the same report (used to compare with the gzip header).
    bool sameMetadata(const DsrFileName &other) const;
};

} // namespace rd
