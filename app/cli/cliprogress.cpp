#include "cliprogress.h"

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace rd::cli {
namespace {

std::atomic<bool> g_interrupted{false};

void onInterrupt(int) { g_interrupted = true; }

} // namespace

CliProgress::CliProgress(QString label)
    : m_label(std::move(label))
    , m_interactive(::isatty(STDERR_FILENO) == 1)
{
}

CliProgress::~CliProgress()
{
    if (m_interactive && m_lastPercent >= 0)
        std::fputs("\r\033[K", stderr);
}

void CliProgress::installInterruptHandler()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

void CliProgress::setProgress(qint64 done, qint64 total, quint64 rows)
{
    if (!m_interactive || total <= 0)
        return;
    const int percent = static_cast<int>(done * 100 / total);
    if (percent == m_lastPercent)
        return;
    m_lastPercent = percent;
    std::fprintf(stderr, "\r\033[K%s  %3d%%  %llu rows", m_label.toLocal8Bit().constData(), percent,
                 static_cast<unsigned long long>(rows));
    std::fflush(stderr);
}

bool CliProgress::canceled() const
{
    return g_interrupted.load();
}

} // namespace rd::cli
