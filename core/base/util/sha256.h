#pragma once

#include <QByteArray>

#include <cstddef>
#include <memory>

namespace rd {

// Streaming SHA-256 through OpenSSL, which uses the CPU's SHA extensions:
// several times faster than a portable implementation, which matters when
// every imported byte is hashed.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const void *data, std::size_t size);
    QByteArray result(); // 32 raw bytes; the hasher cannot be fed afterwards

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace rd
