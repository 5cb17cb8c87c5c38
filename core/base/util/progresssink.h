#pragma once

#include <QtGlobal>

namespace rd {

// How long-running core work reports progress and learns it should stop,
// without knowing who is watching (a progress dialog, a CLI, a test).
// Called from the worker thread; implementations must be thread-safe.
class ProgressSink
{
public:
    virtual ~ProgressSink() = default;
    virtual void setProgress(qint64 done, qint64 total, quint64 rows) = 0;
    virtual bool canceled() const = 0;
};

} // namespace rd
