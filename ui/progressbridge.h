#pragma once

#include "util/progresssink.h"

#include <atomic>

namespace rd::ui {

// Carries progress from a worker thread to the GUI without signals: the
// worker stores atomics, the GUI polls them on a timer and can set cancel.
class ProgressBridge final : public ProgressSink
{
public:
    void setProgress(qint64 done, qint64 total, quint64 rows) override
    {
        m_done = done;
        m_total = total;
        m_rows = rows;
    }
    bool canceled() const override { return m_canceled; }

    void cancel() { m_canceled = true; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    quint64 rows() const { return m_rows; }

private:
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<quint64> m_rows{0};
    std::atomic<bool> m_canceled{false};
};

} // namespace rd::ui
