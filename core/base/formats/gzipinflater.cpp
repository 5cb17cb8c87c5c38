#include "gzipinflater.h"

#include <QCoreApplication>

#include <zlib.h>
#ifdef RD_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#endif

#include <algorithm>
#include <cstring>

namespace rd {

class GzipInflater::Backend
{
public:
    virtual ~Backend() = default;
    virtual void setInput(const unsigned char *data, std::size_t size) = 0;
    virtual std::size_t inputRemaining() const = 0;
    virtual Status inflate(char *out, std::size_t capacity, std::size_t &produced) = 0;
    virtual bool startMember() = 0;

    QString originalName;
    QString error;

protected:
    static constexpr std::size_t kNameMax = 1024;
    char m_name[kNameMax] = {};
};

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GzipInflater", text); }

class ZlibBackend final : public GzipInflater::Backend
{
public:
    ZlibBackend()
    {
        m_ok = inflateInit2(&m_z, 16 + MAX_WBITS) == Z_OK;
        watchHeader();
    }
    ~ZlibBackend() override { inflateEnd(&m_z); }

    void setInput(const unsigned char *data, std::size_t size) override
    {
        m_z.next_in = const_cast<Bytef *>(data);
        m_z.avail_in = static_cast<uInt>(size);
    }
    std::size_t inputRemaining() const override { return m_z.avail_in; }

    GzipInflater::Status inflate(char *out, std::size_t capacity, std::size_t &produced) override
    {
        m_z.next_out = reinterpret_cast<Bytef *>(out);
        m_z.avail_out = static_cast<uInt>(std::min<std::size_t>(capacity, 1u << 30));
        const int rc = m_ok ? ::inflate(&m_z, Z_NO_FLUSH) : Z_STREAM_ERROR;
        produced = std::min<std::size_t>(capacity, 1u << 30) - m_z.avail_out;
        if (m_header.done == 1 && originalName.isNull() && m_header.name)
            originalName = QString::fromUtf8(m_name);
        if (rc == Z_STREAM_END)
            return GzipInflater::Status::MemberEnd;
        if (rc == Z_OK || rc == Z_BUF_ERROR)
            return GzipInflater::Status::Ok;
        error = m_z.msg ? QString::fromUtf8(m_z.msg) : QString::number(rc);
        return GzipInflater::Status::Error;
    }

    bool startMember() override
    {
        m_header.name = nullptr; // only the first member names the file
        return inflateReset(&m_z) == Z_OK;
    }

private:
    void watchHeader()
    {
        m_header.name = reinterpret_cast<Bytef *>(m_name);
        m_header.name_max = kNameMax - 1;
        inflateGetHeader(&m_z, &m_header);
    }

    z_stream m_z{};
    gz_header m_header{};
    bool m_ok = false;
};

#ifdef RD_HAVE_ISAL
class IsalBackend final : public GzipInflater::Backend
{
public:
    IsalBackend() { startMember(); }

    void setInput(const unsigned char *data, std::size_t size) override
    {
        m_state.next_in = const_cast<uint8_t *>(data);
        m_state.avail_in = static_cast<uint32_t>(size);
    }
    std::size_t inputRemaining() const override { return m_state.avail_in; }

    GzipInflater::Status inflate(char *out, std::size_t capacity, std::size_t &produced) override
    {
        produced = 0;
        if (!m_headerRead) {
            const uint8_t *headerBytes = m_state.next_in;
            const uint32_t before = m_state.avail_in;
            const int rc = isal_read_gzip_header(&m_state, &m_header);
            noteFlags(headerBytes, before - m_state.avail_in);
            if (rc == ISAL_END_INPUT)
                return GzipInflater::Status::Ok; // the header continues in the next window
            if (rc != ISAL_DECOMP_OK)
                return fail(rc);
            // RFC 1952 requires refusing reserved flag bits; ISA-L ignores them, zlib refuses,
            // and a file must read the same whichever engine the build has.
            if (m_flags & 0xE0) {
                error = tr("unknown header flags set");
                return GzipInflater::Status::Error;
            }
            m_headerRead = true;
            if (originalName.isNull() && m_first && m_header.name)
                originalName = QString::fromUtf8(m_name);
            m_state.crc_flag = ISAL_GZIP_NO_HDR_VER;
        }
        m_state.next_out = reinterpret_cast<uint8_t *>(out);
        m_state.avail_out = static_cast<uint32_t>(std::min<std::size_t>(capacity, 1u << 30));
        const int rc = isal_inflate(&m_state);
        produced = std::min<std::size_t>(capacity, 1u << 30) - m_state.avail_out;
        if (rc < 0)
            return fail(rc);
        return m_state.block_state == ISAL_BLOCK_FINISH ? GzipInflater::Status::MemberEnd : GzipInflater::Status::Ok;
    }

    bool startMember() override
    {
        const uint8_t *in = m_state.next_in;
        const uint32_t avail = m_state.avail_in;
        m_first = !m_started;
        m_started = true;
        isal_inflate_init(&m_state);
        m_state.next_in = const_cast<uint8_t *>(in);
        m_state.avail_in = avail;
        isal_gzip_header_init(&m_header);
        m_header.name = m_name;
        m_header.name_buf_len = kNameMax - 1;
        m_headerRead = false;
        m_headerOffset = 0;
        m_flags = 0;
        return true;
    }

private:
    // Keeps the member header's FLG byte (its fourth) from the bytes the header reader consumed.
    void noteFlags(const uint8_t *bytes, uint32_t consumed)
    {
        for (uint32_t i = 0; i < consumed && m_headerOffset < 4; ++i, ++m_headerOffset)
            if (m_headerOffset == 3)
                m_flags = bytes[i];
    }

    GzipInflater::Status fail(int rc)
    {
        switch (rc) {
        case ISAL_INCORRECT_CHECKSUM: error = tr("checksum mismatch"); break;
        case ISAL_INVALID_WRAPPER: error = tr("not a gzip header"); break;
        case ISAL_UNSUPPORTED_METHOD: error = tr("unsupported compression method"); break;
        default: error = tr("invalid deflate data"); break;
        }
        return GzipInflater::Status::Error;
    }

    inflate_state m_state{};
    isal_gzip_header m_header{};
    bool m_headerRead = false;
    uint32_t m_headerOffset = 0;
    uint8_t m_flags = 0;
    bool m_started = false;
    bool m_first = true;
};
#endif

} // namespace

bool GzipInflater::isalAvailable()
{
#ifdef RD_HAVE_ISAL
    return true;
#else
    return false;
#endif
}

GzipInflater::Engine GzipInflater::defaultEngine()
{
    if (!isalAvailable() || qEnvironmentVariable("RD_INFLATE") == QLatin1String("zlib"))
        return Engine::Zlib;
    return Engine::Isal;
}

GzipInflater::GzipInflater(Engine engine)
{
#ifdef RD_HAVE_ISAL
    if (engine == Engine::Isal) {
        m_backend = std::make_unique<IsalBackend>();
        return;
    }
#else
    Q_UNUSED(engine);
#endif
    m_backend = std::make_unique<ZlibBackend>();
}

GzipInflater::~GzipInflater() = default;

void GzipInflater::setInput(const unsigned char *data, std::size_t size) { m_backend->setInput(data, size); }
std::size_t GzipInflater::inputRemaining() const { return m_backend->inputRemaining(); }
GzipInflater::Status GzipInflater::inflate(char *out, std::size_t capacity, std::size_t &produced)
{
    return m_backend->inflate(out, capacity, produced);
}
bool GzipInflater::startMember() { return m_backend->startMember(); }
QString GzipInflater::originalName() const { return m_backend->originalName; }
QString GzipInflater::errorString() const { return m_backend->error; }

} // namespace rd
