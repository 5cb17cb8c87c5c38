#pragma once

#include "formats/dsrrow.h"
#include "util/boundedqueue.h"
#include "util/inputlimits.h"

#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace rd {

// The producer half of the import pipeline: on its own thread it reads,
// gunzips, hashes, splits and validates the file, and hands full batches to
// the writer. A small pool of recycled batches bounds the memory in flight.
class TsvReaderThread
{
public:
    using BatchPtr = std::unique_ptr<RowBatch>;
    static constexpr int kBatchesInFlight = 4;

    TsvReaderThread(QString path, const InputLimits &limits);
    ~TsvReaderThread();

    void start();
    // The next parsed batch, or nullptr when the file is done (check failed()).
    BatchPtr next() { return m_ready.pop().value_or(nullptr); }
    void recycle(BatchPtr batch) { m_free.push(std::move(batch)); }
    // Stops the thread early (cancel or writer error) and waits for it.
    void stop();
    void join();

    // Valid after join().
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString sha256Hex() const { return m_sha256; }
    qint64 fileSize() const { return m_fileSize.load(); }
    const DsrTotals &totals() const { return m_totals; }
    const std::vector<ValidationIssue> &fileIssues() const { return m_fileIssues; }

private:
    void run();

    QString m_path;
    InputLimits m_limits;
    BoundedQueue<BatchPtr> m_ready{kBatchesInFlight};
    BoundedQueue<BatchPtr> m_free{kBatchesInFlight};
    std::thread m_thread;
    std::atomic<qint64> m_fileSize{0};
    QString m_error;
    QString m_sha256;
    DsrTotals m_totals;
    std::vector<ValidationIssue> m_fileIssues;
};

} // namespace rd
