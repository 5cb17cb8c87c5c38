#include "soakledger.h"

#include <QDate>
#include <QMutexLocker>
#include <QRandomGenerator>

QString SoakLedger::Report::periodStart() const
{
    return QDate(2000, 1, 1).addMonths(month).toString(Qt::ISODate);
}

QString SoakLedger::Report::periodEnd() const
{
    return QDate(2000, 1, 1).addMonths(month + 1).addDays(-1).toString(Qt::ISODate);
}

void SoakLedger::ingested(qint64 dsrId, const Report &report, qint64 cents)
{
    QMutexLocker lock(&m_mutex);
    if (!m_cents.count(dsrId))
        m_ids.push_back(dsrId);
    m_cents[dsrId] = cents;
    m_reports[dsrId] = report;
}

void SoakLedger::usageAdded(qint64 cents)
{
    QMutexLocker lock(&m_mutex);
    m_usageCents += cents;
}

void SoakLedger::published(const QString &packageId)
{
    QMutexLocker lock(&m_mutex);
    m_packages << packageId;
}

void SoakLedger::operation(const QString &kind)
{
    QMutexLocker lock(&m_mutex);
    ++m_operations[kind];
}

void SoakLedger::refused(const QString &kind)
{
    QMutexLocker lock(&m_mutex);
    ++m_refusals[kind];
}

void SoakLedger::unexpected(const QString &what)
{
    QMutexLocker lock(&m_mutex);
    m_unexpected << what;
}

void SoakLedger::readerLatency(qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    m_worstLatency = std::max(m_worstLatency, ms);
    ++m_readerQueries;
}

std::optional<std::pair<qint64, SoakLedger::Report>> SoakLedger::randomDsr() const
{
    QMutexLocker lock(&m_mutex);
    if (m_ids.empty())
        return std::nullopt;
    const qint64 id = m_ids[std::size_t(QRandomGenerator::global()->bounded(int(m_ids.size())))];
    return std::make_pair(id, m_reports.at(id));
}

#define SOAK_GETTER(type, name, member) \
    type SoakLedger::name() const       \
    {                                   \
        QMutexLocker lock(&m_mutex);    \
        return member;                  \
    }
SOAK_GETTER(qint64, usageCents, m_usageCents)
SOAK_GETTER(QStringList, publishedPackages, m_packages)
SOAK_GETTER(QStringList, unexpectedFailures, m_unexpected)
SOAK_GETTER(qint64, worstReaderLatencyMs, m_worstLatency)
SOAK_GETTER(int, readerQueries, m_readerQueries)
#undef SOAK_GETTER

std::map<qint64, qint64> SoakLedger::expectedCents() const
{
    QMutexLocker lock(&m_mutex);
    return m_cents;
}

std::map<qint64, SoakLedger::Report> SoakLedger::reports() const
{
    QMutexLocker lock(&m_mutex);
    return m_reports;
}

std::map<QString, int> SoakLedger::operations() const
{
    QMutexLocker lock(&m_mutex);
    return m_operations;
}

std::map<QString, int> SoakLedger::refusals() const
{
    QMutexLocker lock(&m_mutex);
    return m_refusals;
}

QString centsText(qint64 cents)
{
    QString text = QString::number(cents / 100);
    if (const qint64 rest = cents % 100) {
        text += QLatin1Char('.') + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
        if (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text;
}
