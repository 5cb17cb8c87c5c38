#include "streamreader.h"

#include <QFileInfo>

#include <cstring>

namespace rd {
namespace {

constexpr qint64 kInputChunk = 1 << 20;
constexpr unsigned kNameBufferSize = 1024;

} // namespace

StreamReader::StreamReader(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{
}

StreamReader::~StreamReader()
{
    if (m_zstreamReady)
        inflateEnd(&m_zstream);
}

bool StreamReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool StreamReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open the file (%1)").arg(m_file.errorString()));
    m_rawSize = m_file.size();
    m_input.reserve(kInputChunk);
    if (!fillInput())
        return false;
    m_gzip = m_input.size() >= 2 && m_input[0] == 0x1f && m_input[1] == 0x8b;
    if (!m_gzip)
        return true;

    if (inflateInit2(&m_zstream, 16 + MAX_WBITS) != Z_OK)
        return fail(tr("cannot initialise the gzip decoder"));
    m_zstreamReady = true;
    m_nameBuffer = std::make_unique<unsigned char[]>(kNameBufferSize);
    m_header.name = m_nameBuffer.get();
    m_header.name_max = kNameBufferSize;
    inflateGetHeader(&m_zstream, &m_header);
    m_zstream.next_in = m_input.data();
    m_zstream.avail_in = static_cast<uInt>(m_input.size());
    return true;
}

bool StreamReader::fillInput()
{
    m_input.resize(kInputChunk);
    m_inputPos = 0;
    const qint64 n = m_file.read(reinterpret_cast<char *>(m_input.data()), kInputChunk);
    if (n < 0) {
        m_input.clear();
        return fail(tr("read error (%1)").arg(m_file.errorString()));
    }
    m_input.resize(static_cast<size_t>(n));
    m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(m_input.data()), n));
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
    return m_gzip ? readGzip(destination, capacity) : readPlain(destination, capacity);
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
        const size_t n = std::min<size_t>(static_cast<size_t>(capacity - copied), m_input.size() - m_inputPos);
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
    m_zstream.next_out = reinterpret_cast<Bytef *>(destination);
    m_zstream.avail_out = static_cast<uInt>(std::min<qint64>(capacity, 1 << 30));
    while (m_zstream.avail_out > 0) {
        if (m_zstream.avail_in == 0) {
            if (m_inputEnded)
                break;
            if (!fillInput())
                return -1;
            m_zstream.next_in = m_input.data();
            m_zstream.avail_in = static_cast<uInt>(m_input.size());
            if (m_inputEnded)
                break;
        }
        if (m_memberEnded) {
            // Another gzip member follows the previous one (concatenated .gz).
            if (inflateReset(&m_zstream) != Z_OK)
                return fail(tr("cannot restart the gzip decoder")), -1;
            m_memberEnded = false;
        }
        const int rc = inflate(&m_zstream, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            if (m_originalName.isNull() && m_header.done == 1 && m_header.name)
                m_originalName = QString::fromUtf8(reinterpret_cast<const char *>(m_header.name));
            m_header.name = nullptr; // only the first member's header names the file
            m_memberEnded = true;
            continue;
        }
        if (rc == Z_OK || rc == Z_BUF_ERROR) {
            if (m_originalName.isNull() && m_header.done == 1 && m_header.name)
                m_originalName = QString::fromUtf8(reinterpret_cast<const char *>(m_header.name));
            continue;
        }
        const QString detail = m_zstream.msg ? QString::fromUtf8(m_zstream.msg) : QString::number(rc);
        fail(tr("the gzip data is corrupt near byte %1 (%2)").arg(m_rawRead - m_zstream.avail_in).arg(detail));
        return -1;
    }
    const qint64 produced = capacity - m_zstream.avail_out;
    if (produced == 0 && m_inputEnded && m_zstream.avail_in == 0) {
        if (!m_memberEnded) {
            fail(tr("the gzip stream is truncated: it ends after %1 bytes without its end marker")
                     .arg(m_rawSize));
            return -1;
        }
        m_finished = true;
    }
    return produced;
}

} // namespace rd
