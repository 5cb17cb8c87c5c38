#include "helpdialog.h"

#include "dialogbuttons.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rd::ui {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Royalty Desk Help"));
    setObjectName(QStringLiteral("helpDialog"));
    resize(760, 640);
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(guideHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

QString HelpDialog::guideHtml()
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Royalty Desk"));
    html += tr("<p>Royalty Desk imports the digital sales reports (DSRs) that streaming services send, checks every row, "
               "and keeps them exact to the last decimal, so that you can explore usage and revenue, follow licensing, "
               "build residual packages for rights holders and monitor remittances.</p>");
    html += QStringLiteral("<h3>%1</h3>").arg(tr("First steps"));
    html += tr("<ol><li><b>Import DSRs</b> with <i>File › Import DSRs…</i> (Ctrl+I) or by dropping files on the window. "
               "Each file becomes a row of the <i>Imports</i> page; double-click it for its validation report.</li>"
               "<li><b>Add exchange rates</b> on the <i>Analytics</i> page (<i>Exchange rates…</i>) so that totals add up in "
               "your base currency. A DSR without a rate in force is left out of revenue totals and the page says which.</li>"
               "<li><b>Import claims</b> on the <i>Licensing</i> page (<i>Import Claims…</i>) to see, for any track, territory "
               "and day, how much was licensed, which claims overlap and what was used while unlicensed.</li>"
               "<li><b>Build a package</b> on the <i>Packages</i> page: choose the territories and periods, add adjustments "
               "and advances, build, review and publish. Exported packages can be verified offline by anyone.</li>"
               "<li><b>Monitor remittances</b> on the <i>Remittances</i> page once a marketplace is set up.</li></ol>"
               "<p>On first start the database holds five sample DSRs, sample exchange rates and sample claims, so that every "
               "page has something to show.</p>");
    html += QStringLiteral("<h3>%1</h3>").arg(tr("File formats"));
    html += tr("<p><b>Simple TSV DSRs</b> (<tt>.tsv</tt> or <tt>.tsv.gz</tt>): a header line, then one line per sound "
               "recording with the tab-separated columns <tt>dsp_id, title, artists, isrc, usages, revenue</tt>. The file name "
               "says what the report covers: <tt>Dsp_Offer[_Society]_Territory_Currency_YYYYMMDD-YYYYMMDD.tsv</tt>, for "
               "example <tt>Spotify_SpotifyFree_CH_CHF_20200201-20200228.tsv.gz</tt>.</p>");
    html += tr("<p><b>DDEX DSR flat files</b> (<tt>DSR_…_1of1_….tsv</tt>): the HEAD, summary, block and FOOT records of "
               "the DDEX DSRF profiles, tab-separated. A report in several files is imported once all its parts are "
               "present. Summaries are reconciled against their rows and every difference is listed.</p>");
    html += tr("<p><b>Exchange rates</b>: a CSV of <tt>date,currency,rate</tt>, the rate being units of the currency per one "
               "unit of the base (<tt>2020-01-31,NOK,10.0</tt>). A line quoting the base itself at 1 is passed over.</p>"
               "<p><b>Claims</b>: a CSV with the columns <tt>isrc, territory, rights_holder, share, valid_from</tt> and "
               "optionally <tt>valid_to, known_from, known_to, right_type, source</tt>.</p>"
               "<p><b>Usage events</b> for remittances: CSV or JSON lines of <tt>timestamp, marketplace, account, product, "
               "metric, value</tt>.</p>");
    html += QStringLiteral("<h3>%1</h3>").arg(tr("When a file is refused"));
    html += tr("<p>A file is imported whole or not at all. In <i>Strict Mode</i> (File menu) any row with an error refuses "
               "the file; otherwise the valid rows are imported and the others are listed in the validation report with "
               "their line and field. A file from which no row can be imported is listed as failed, with the reason. A "
               "corrected file for a report that is already imported opens a review of what it changes before it is "
               "applied as the report's next version.</p>");
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Shortcuts"));
    html += tr("<table cellpadding=\"3\"><tr><td>Ctrl+I</td><td>Import DSRs</td></tr><tr><td>Ctrl+R</td><td>Validation report "
               "of the selected DSR</td></tr><tr><td>Ctrl+F</td><td>Search on the page in view</td></tr><tr><td>F5</td>"
               "<td>Refresh the page in view</td></tr><tr><td>Ctrl+Shift+O</td><td>Open an exported package</td></tr>"
               "<tr><td>F1</td><td>This guide</td></tr><tr><td>Ctrl+Q</td><td>Quit</td></tr></table>");
    html += tr("<p>The command-line tool <tt>royaltydesk-cli</tt> does the same from scripts; "
               "<tt>royaltydesk-cli --help</tt> lists its commands.</p>");
    return html;
}

} // namespace rd::ui
