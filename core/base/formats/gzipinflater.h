#pragma once

#include <QString>

#include <cstddef>
#include <memory>

namespace rd {

// Decompresses a gzip stream (one or more members) from input windows the
// caller supplies. Two engines sit behind it: Intel ISA-L's igzip, three to
// four times faster than zlib on one core, when the build has it, and zlib
// otherwise. Both verify every member's CRC-32 and length.
class GzipInflater
{
public:
    enum class Engine { Zlib, Isal };
    enum class Status { Ok, MemberEnd, Error };

    // ISA-L when built with it, unless RD_INFLATE=zlib is set (tests run both).
    static Engine defaultEngine();
    static bool isalAvailable();

    explicit GzipInflater(Engine engine = defaultEngine());
    ~GzipInflater();
    GzipInflater(const GzipInflater &) = delete;
    GzipInflater &operator=(const GzipInflater &) = delete;

    // The window must stay valid until inputRemaining() is 0.
    void setInput(const unsigned char *data, std::size_t size);
    std::size_t inputRemaining() const;

    // Ok: progress was made or more input is needed (see inputRemaining()).
    // MemberEnd: a member finished; call startMember() if input follows.
    Status inflate(char *out, std::size_t capacity, std::size_t &produced);
    bool startMember();

    // The FNAME of the first member's header, once it has been read.
    QString originalName() const;
    QString errorString() const;

    class Backend;

private:
    std::unique_ptr<Backend> m_backend;
};

} // namespace rd
