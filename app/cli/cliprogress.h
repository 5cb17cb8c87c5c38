#pragma once

#include "util/progresssink.h"

#include <QString>

#include <atomic>

namespace rd::cli {

// Shows import progress on stderr when it is a terminal, and turns Ctrl-C
// into a clean cancel (the import rolls back) instead of a killed process.
class CliProgress final : public ProgressSink
{
public:
    explicit CliProgress(QString label);
    ~CliProgress() override;

    void setProgress(qint64 done, qint64 total, quint64 rows) override;
    bool canceled() const override;
    static void installInterruptHandler();

private:
    QString m_label;
    bool m_interactive;
    int m_lastPercent = -1;
};

} // namespace rd::cli
