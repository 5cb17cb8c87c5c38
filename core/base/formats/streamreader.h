#pragma once

#include "formats/gzipinflater.h"
#include "util/inputlimits.h"
#include "util/sha256.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>
#include <vector>

namespace rd {

// Streams the bytes of a file, gunzipping it when it starts with the gzip
// magic, and hashes the raw bytes (SHA-256) on the way. Never holds more than
// one input chunk in memory. Detects truncated and corrupt gzip streams and
// reads multi-member gzip files to the end.
class StreamReader
{
    Q_DECLARE_TR_FUNCTIONS(StreamReader)

public:
    explicit StreamReader(QString path);
    // The gzip caps (decompressed size and expansion ratio); the defaults unless set.
    void setLimits(const InputLimits &limits) { m_limits = limits; }

    bool open();
    // Fills up to capacity bytes; returns the count, 0 at the end, -1 on error.
    qint64 read(char *destination, qint64 capacity);

    bool isGzip() const { return m_inflater != nullptr; }
    // The original file name stored in the first gzip header (FNAME), if any.
    QString gzipOriginalName() const { return m_inflater ? m_inflater->originalName() : QString(); }
    qint64 rawSize() const { return m_rawSize; }
    qint64 rawBytesRead() const { return m_rawRead; }
    // Valid once read() has returned 0.
    QByteArray sha256() const { return m_sha256; }
    QString errorString() const { return m_error; }

private:
    bool fillInput();
    qint64 readPlain(char *destination, qint64 capacity);
    qint64 readGzip(char *destination, qint64 capacity);
    qint64 fail(const QString &message);
    bool withinLimits();

    QString m_path;
    QFile m_file;
    Sha256 m_hash;
    std::vector<unsigned char> m_input;
    std::size_t m_inputPos = 0; // plain files: how much of m_input was handed out
    std::unique_ptr<GzipInflater> m_inflater;
    bool m_inputEnded = false;
    bool m_memberEnded = false;
    bool m_finished = false;
    qint64 m_rawSize = 0;
    qint64 m_rawRead = 0;
    qint64 m_inflated = 0;
    InputLimits m_limits;
    QByteArray m_sha256;
    QString m_error;
};

} // namespace rd
