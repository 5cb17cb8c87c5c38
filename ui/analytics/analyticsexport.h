#pragma once

#include "analytics/analyticsresult.h"
#include "report/tableexport.h"

#include <QCoreApplication>
#include <QList>

class QChartView;
class QWidget;

namespace rd::ui {

// Writes charts as PNG or SVG, tables as CSV or XLSX, and the one-page PDF summary.
class AnalyticsExport
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsExport)

public:
    static Status chartImage(QChartView *view, const QString &path); // .png or .svg by extension
    static Status table(const TableData &data, const QString &path); // .csv or .xlsx by extension
    static Status pdfSummary(const QString &path, const QString &filterText, const Dashboard &dashboard,
                             const QList<QChartView *> &charts);
};

} // namespace rd::ui
