#pragma once

#include "money/decimalsum.h"
#include "packages/packagearchive.h"

#include <QMainWindow>

#include <map>

class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTextBrowser;
class QListWidget;

namespace rd::ui {

class CsvTableModel;

// The offline review of a package zip: read-only, no database. It shows the
// verification (every checksum, or exactly which entry fails), the manifest,
// the residual lines, the retained source rows and charts of the net payable
// by territory and by rights holder. The zip is read off the GUI thread.
class PackageReviewWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit PackageReviewWindow(const QString &zipPath, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    const PackageArchive &archive() const { return m_archive; }
    CsvTableModel *linesModel() const { return m_lines; }
    CsvTableModel *sourceModel() const { return m_source; }
    QString verificationText() const;

signals:
    void loaded();

private:
    void present(const PackageArchive &archive);
    void showVerification();
    void showSummary();
    void updateCharts();
    QWidget *tablePage(CsvTableModel *model, const QString &objectName, QLabel *note = nullptr);

    PackageArchive m_archive;
    bool m_loaded = false;
    QLabel *m_title;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QTextBrowser *m_summary;
    QListWidget *m_entries;
    CsvTableModel *m_lines;
    CsvTableModel *m_source;
    QLabel *m_linesNote;
    QLabel *m_sourceNote;
    QComboBox *m_currency;
    QChartView *m_byTerritory;
    QChartView *m_byHolder;
};

} // namespace rd::ui
