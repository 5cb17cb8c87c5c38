#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

// Caps on what hostile or broken input may cost, each with a default that no
// real report comes near; exceeding one is an error naming the file and the
// limit. The import limits are settings of the book (royaltydesk-cli limits,
// Tools › Input Limits…); the review's is the workstation's, as a reviewer
// may have no book at all.
struct InputLimits
{
    Q_DECLARE_TR_FUNCTIONS(InputLimits)

public:
    // gzip: what one compressed file may expand to, in bytes and in ratio, so that a
    // bomb cannot fill the disk inside one import transaction. 128 GiB holds about a
    // billion DSR rows; real DSRs compress 4 to 12 times.
    qint64 gzipMaxBytes = qint64(128) << 30;
    qint64 gzipMaxRatio = 200;
    // The ratio is judged once this much has come out: tiny files compress oddly.
    static constexpr qint64 kRatioGraceBytes = qint64(64) << 20;

    // DDEX: the findings kept per report (the rest are counted, and the count reported).
    qint64 ddexMaxFindings = 100'000;

    // Offline review: the lines.csv rows held for the table (totals still cover every
    // line); QSettings limits/review_max_lines.
    qint64 reviewMaxLines = 1'000'000;

    // The book's settings' keys, in the order they are listed.
    static QStringList keys();
    std::optional<qint64> value(const QString &key) const;
    // False when the key is unknown or the value out of its range (see the error).
    bool setValue(const QString &key, qint64 value, QString *error = nullptr);
    static QString describe(const QString &key);
    static qint64 minimum(const QString &key);
};

} // namespace rd
