#pragma once

#include "licensing/timelinedata.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace rd::ui {

// A track's case file, as a litigator files it: a PDF with the timeline, the
// claims (with their sources), the licensing events and the usage in periods
// that were not fully licensed (or overclaimed), and a CSV of the same data
// beside it (same name, .csv).
class CaseFileExport
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileExport)

public:
    // timeline: the drawing to include (render it on the GUI thread).
    static bool write(const TimelineData &data, const QImage &timeline, const QString &pdfPath, QString &error);
    static QString csvPathFor(const QString &pdfPath);

    // The DSR periods whose lane was not exactly 100% licensed on some day of the period.
    struct Exposed
    {
        const TimelineUsage *usage;
        QStringList states;
    };
    static QList<Exposed> exposedUsage(const TimelineData &data);
};

} // namespace rd::ui
