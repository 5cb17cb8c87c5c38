#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

// What the soak's workers did, and what the book must therefore hold. Every
// worker records here, under one lock, what a process reported it did.
class SoakLedger
{
public:
    struct Report
    {
        QString territory;
        int month = 0; // months after January 2000
        QString periodStart() const;
        QString periodEnd() const;
        QString identity() const { return territory + QLatin1Char('/') + periodStart(); }
    };

    // An import or a re-delivery that a process committed: the DSR now holds exactly these cents.
    void ingested(qint64 dsrId, const Report &report, qint64 cents);
    void usageAdded(qint64 cents);
    void published(const QString &packageId);
    void operation(const QString &kind);
    void refused(const QString &kind);
    void unexpected(const QString &what);
    void readerLatency(qint64 ms);

    std::optional<std::pair<qint64, Report>> randomDsr() const;
    std::map<qint64, qint64> expectedCents() const;
    std::map<qint64, Report> reports() const;
    qint64 usageCents() const;
    QStringList publishedPackages() const;
    std::map<QString, int> operations() const;
    std::map<QString, int> refusals() const;
    QStringList unexpectedFailures() const;
    qint64 worstReaderLatencyMs() const;
    int readerQueries() const;

private:
    mutable QMutex m_mutex;
    std::map<qint64, qint64> m_cents;
    std::map<qint64, Report> m_reports;
    std::vector<qint64> m_ids;
    qint64 m_usageCents = 0;
    QStringList m_packages, m_unexpected;
    std::map<QString, int> m_operations, m_refusals;
    qint64 m_worstLatency = 0;
    int m_readerQueries = 0;
};

// Cents as exact decimal text, the way the book prints amounts ("12.5", "3").
QString centsText(qint64 cents);
