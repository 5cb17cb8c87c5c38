#include "streamreader.h"

#include <algorithm>
#include <cstring>

namespace rd {
namespace {

constexpr qint64 kInputChunk = 1 << 20;

} // namespace

StreamReader::StreamReader(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{
}

qint64 StreamReader::fail(const QString &message)
{
    m_error = message;
    return -1;
}

bool StreamReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open the file (%1)").arg(m_file.errorString())), false;
    m_rawSize = m_file.size();
    if (!fillInput())
        return false;
    const bool gzip = m_input.size() >= 2 && m_input[0] == 0x1f && m_input[1] == 0x8b;
    if (gzip) {
        m_inflater = std::make_unique<GzipInflater>();
        m_inflater->setInput(m_input.data(), m_input.size());
    }
    return true;
}

bool StreamReader::fillInput()
{
    m_input.resize(kInputChunk);
    m_inputPos = 0;
    const qint64 n = m_file.read(reinterpret_cast<char *>(m_input.data()), kInputChunk);
    if (n < 0) {
        m_input.clear();
        return fail(tr("read error (%1)").arg(m_file.errorString())), false;
    }
    m_input.resize(static_cast<std::size_t>(n));
    m_hash.addData(m_input.data(), m_input.size());
    m_rawRead += n;
    if (n == 0) {
        m_inputEnded = true;
        m_sha256 = m_hash.result();
    }
    return true;
}

qint64 StreamReader::read(char *destination, qint64 capacity)
{
    if (!m_error.isEmpty())
        return -1;
    if (m_finished)
        return 0;
    return m_inflater ? readGzip(destination, capacity) : readPlain(destination, capacity);
}

// A decompression bomb stops here, before its bytes reach the database.
bool StreamReader::withinLimits()
{
    if (m_inflated > m_limits.gzipMaxBytes)
        return fail(tr("the gzip data decompresses to more than %1 bytes, the limit gzip_max_bytes").arg(m_limits.gzipMaxBytes)), false;
    const qint64 compressed = std::max<qint64>(1, m_rawRead - static_cast<qint64>(m_inflater->inputRemaining()));
    if (m_inflated > InputLimits::kRatioGraceBytes && m_inflated / compressed > m_limits.gzipMaxRatio)
        return fail(tr("the gzip data expands more than %1 times (%2 bytes from %3), the limit gzip_max_ratio: a decompression bomb?")
                        .arg(m_limits.gzipMaxRatio).arg(m_inflated).arg(compressed)),
               false;
    return true;
}

qint64 StreamReader::readPlain(char *destination, qint64 capacity)
{
    // m_input holds one chunk already read (and hashed); hand it out, then refill.
    qint64 copied = 0;
    while (copied < capacity) {
        if (m_inputPos == m_input.size()) {
            if (m_inputEnded || !fillInput() || m_inputEnded)
                break;
        }
        const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(capacity - copied), m_input.size() - m_inputPos);
        std::memcpy(destination + copied, m_input.data() + m_inputPos, n);
        m_inputPos += n;
        copied += static_cast<qint64>(n);
    }
    if (!m_error.isEmpty())
        return -1;
    if (copied == 0)
        m_finished = true;
    return copied;
}

qint64 StreamReader::readGzip(char *destination, qint64 capacity)
{
    std::size_t total = 0;
    const auto wanted = static_cast<std::size_t>(capacity);
    while (total < wanted) {
        if (m_inflater->inputRemaining() == 0) {
            if (m_inputEnded)
                break;
            if (!fillInput())
                return -1;
            if (m_inputEnded)
                break;
            m_inflater->setInput(m_input.data(), m_input.size());
        }
        if (m_memberEnded) {
            // Another gzip member follows (a concatenated .gz file).
            m_inflater->startMember();
            m_memberEnded = false;
        }
        std::size_t produced = 0;
        const auto status = m_inflater->inflate(destination + total, wanted - total, produced);
        total += produced;
        if (status == GzipInflater::Status::Error) {
            return fail(tr("the gzip data is corrupt near byte %1 (%2)")
                            .arg(m_rawRead - static_cast<qint64>(m_inflater->inputRemaining()))
                            .arg(m_inflater->errorString()));
        }
        if (status == GzipInflater::Status::MemberEnd)
            m_memberEnded = true;
        m_inflated += static_cast<qint64>(produced);
        if (!withinLimits())
            return -1;
    }
    if (total == 0 && m_inputEnded && m_inflater->inputRemaining() == 0) {
        if (!m_memberEnded)
            return fail(tr("the gzip stream is truncated: it ends after %1 bytes without its end marker").arg(m_rawSize));
        m_finished = true;
    }
    return static_cast<qint64>(total);
}

} // namespace rd
