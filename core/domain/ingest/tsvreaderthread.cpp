#include "tsvreaderthread.h"

#include "formats/streamreader.h"
#include "formats/tsvdsrparser.h"
#include "formats/tsvrowsource.h"

#include <QFileInfo>

namespace rd {

TsvReaderThread::TsvReaderThread(QString path, const InputLimits &limits)
    : m_path(std::move(path))
    , m_limits(limits)
{
    for (int i = 0; i < kBatchesInFlight; ++i)
        m_free.push(std::make_unique<RowBatch>());
}

TsvReaderThread::~TsvReaderThread()
{
    stop();
}

void TsvReaderThread::start()
{
    m_thread = std::thread([this] { run(); });
}

void TsvReaderThread::stop()
{
    m_free.close();
    m_ready.close();
    join();
}

void TsvReaderThread::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void TsvReaderThread::run()
{
    StreamReader reader(m_path);
    reader.setLimits(m_limits);
    TsvDsrParser parser;
    TsvRowSource source(reader, parser);
    const QString fileName = QFileInfo(m_path).fileName();

    auto finish = [&](const QString &error) {
        m_error = error;
        m_totals = parser.totals();
        m_totals.warnings += m_fileIssues.size();
        m_sha256 = QString::fromLatin1(reader.sha256().toHex());
        m_ready.close();
    };

    if (!reader.open())
        return finish(QStringLiteral("%1: %2").arg(fileName, reader.errorString()));
    m_fileSize = reader.rawSize();
    if (!source.readHeader())
        return finish(QStringLiteral("%1: %2").arg(fileName, source.errorString()));

    // The name on disk wins; a different name in the gzip header is only reported.
    const QString original = reader.gzipOriginalName();
    if (!original.isEmpty() && original != fileName && original + QLatin1String(".gz") != fileName) {
        m_fileIssues.push_back(ValidationIssue::warning(0, ValidationIssue::Code::GzipNameDiffers,
                                                        ValidationIssue::Field::File, original.toStdString()));
    }

    while (true) {
        std::optional<BatchPtr> batch = m_free.pop();
        if (!batch)
            return finish(QString()); // stopped by the writer
        if (!source.next(**batch)) {
            // The last call may still carry issues (e.g. an over-long final line).
            if (!(*batch)->issues.empty())
                m_ready.push(std::move(*batch));
            return finish(source.failed() ? QStringLiteral("%1: %2").arg(fileName, source.errorString()) : QString());
        }
        if (!m_ready.push(std::move(*batch)))
            return finish(QString());
    }
}

} // namespace rd
