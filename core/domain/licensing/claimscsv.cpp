#include "claimscsv.h"

#include "util/utf8.h"

#include "formats/isocodes.h"
#include "formats/isrc.h"
#include "util/csvrecords.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <optional>

namespace rd {
namespace {

constexpr qint64 kMaxFileBytes = qint64(2) << 30;
constexpr qsizetype kMaxLineBytes = 64 * 1024;

Decimal hundredPercent()
{
    static const Decimal hundred = [] {
        Decimal d;
        Decimal::parse("100", d);
        return d;
    }();
    return hundred;
}

const QStringList kRequired{QStringLiteral("isrc"), QStringLiteral("territory"), QStringLiteral("rights_holder"),
                            QStringLiteral("share"), QStringLiteral("valid_from")};
const QStringList kOptional{QStringLiteral("valid_to"), QStringLiteral("known_from"), QStringLiteral("known_to"),
                            QStringLiteral("right_type"), QStringLiteral("source")};

// The problems of one file, each "FILE:LINE: FIELD: message"; the first kMaxReportedProblems are kept.
struct Problems
{
    QString fileName;
    qint64 line = 0;
    qsizetype count = 0;
    QStringList listed;

    void add(const QString &field, const QString &message)
    {
        if (++count <= ClaimsCsv::kMaxReportedProblems)
            listed << ClaimsCsv::tr("%1:%2: %3: %4").arg(fileName).arg(line).arg(field, message);
    }
};

// The header's columns by name; an error names what is missing or unknown.
std::optional<QString> readHeader(const QStringList &fields, QHash<QString, int> &column, const QString &fileName)
{
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).toLower();
        // A repeated column would leave a line's fields and the columns out of step.
        if (column.contains(name))
            return ClaimsCsv::tr("%1:1: the column \"%2\" appears twice in the header").arg(fileName, fields.at(i));
        column.insert(name, i);
    }
    QStringList missing;
    for (const QString &name : kRequired)
        if (!column.contains(name))
            missing << name;
    if (!missing.isEmpty())
        return ClaimsCsv::tr("%1:1: the header lacks the required column(s) %2; it needs %3")
            .arg(fileName, missing.join(QLatin1String(", ")), kRequired.join(QLatin1String(", ")));
    for (auto it = column.cbegin(); it != column.cend(); ++it)
        if (!kRequired.contains(it.key()) && !kOptional.contains(it.key()))
            return ClaimsCsv::tr("%1:1: unknown column \"%2\"").arg(fileName, it.key());
    return std::nullopt;
}

// One data line as a claim; nullopt when it has problems (added to `problems`).
std::optional<Claim> claimOf(const QStringList &fields, const QHash<QString, int> &column, const QDate &knownFromDefault, Problems &problems)
{
    auto value = [&](const QString &name) { return column.contains(name) ? fields.at(column.value(name)) : QString(); };
    auto date = [&](const QString &name, bool required) -> std::optional<QDate> {
        const QString text = value(name);
        if (text.isEmpty()) {
            if (required)
                problems.add(name, ClaimsCsv::tr("required"));
            return std::nullopt;
        }
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || text.size() != 10) {
            problems.add(name, ClaimsCsv::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
            return std::nullopt;
        }
        return d;
    };
    Claim claim;
    claim.origin = QStringLiteral("csv");
    claim.fileName = problems.fileName;
    claim.line = problems.line;
    const qsizetype before = problems.count;
    const QString isrcText = value(QStringLiteral("isrc"));
    char normalized[isrc::kLength];
    if (isrcText.isEmpty())
        problems.add(QStringLiteral("isrc"), ClaimsCsv::tr("required"));
    else if (!isrc::normalize(isrcText.toStdString(), normalized))
        problems.add(QStringLiteral("isrc"), ClaimsCsv::tr("\"%1\" is not an ISRC").arg(isrcText));
    else
        claim.isrc = QString::fromLatin1(normalized, isrc::kLength);
    claim.territory = value(QStringLiteral("territory")).toUpper();
    if (claim.territory != QLatin1String("WW") && !iso::isTerritory(claim.territory))
        problems.add(QStringLiteral("territory"), ClaimsCsv::tr("\"%1\" is not an ISO 3166-1 alpha-2 code or WW").arg(value(QStringLiteral("territory"))));
    claim.rightsHolder = value(QStringLiteral("rights_holder"));
    if (claim.rightsHolder.isEmpty())
        problems.add(QStringLiteral("rights_holder"), ClaimsCsv::tr("required"));
    const QString shareText = value(QStringLiteral("share"));
    const auto parsed = Decimal::parse(shareText.toStdString(), claim.share);
    if (shareText.isEmpty())
        problems.add(QStringLiteral("share"), ClaimsCsv::tr("required"));
    else if (parsed != Decimal::ParseResult::Exact)
        problems.add(QStringLiteral("share"), ClaimsCsv::tr("\"%1\" is not a decimal percentage").arg(shareText));
    else if (claim.share.isNegative() || hundredPercent() < claim.share)
        problems.add(QStringLiteral("share"), ClaimsCsv::tr("%1 is outside 0–100").arg(shareText));
    const auto validFrom = date(QStringLiteral("valid_from"), true);
    claim.validTo = date(QStringLiteral("valid_to"), false);
    const auto knownFrom = date(QStringLiteral("known_from"), false);
    claim.knownTo = date(QStringLiteral("known_to"), false);
    if (validFrom)
        claim.validFrom = *validFrom;
    claim.knownFrom = knownFrom.value_or(knownFromDefault);
    if (validFrom && claim.validTo && *claim.validTo < *validFrom)
        problems.add(QStringLiteral("valid_to"), ClaimsCsv::tr("%1 is before valid_from %2").arg(claim.validTo->toString(Qt::ISODate), validFrom->toString(Qt::ISODate)));
    if (claim.knownTo && *claim.knownTo <= claim.knownFrom)
        problems.add(QStringLiteral("known_to"), ClaimsCsv::tr("%1 is not after known_from %2").arg(claim.knownTo->toString(Qt::ISODate), claim.knownFrom.toString(Qt::ISODate)));
    claim.rightType = value(QStringLiteral("right_type")).toLower();
    if (claim.rightType.isEmpty())
        claim.rightType = QStringLiteral("recording");
    else if (claim.rightType != QLatin1String("recording") && claim.rightType != QLatin1String("publishing"))
        problems.add(QStringLiteral("right_type"), ClaimsCsv::tr("\"%1\" is not recording or publishing").arg(value(QStringLiteral("right_type"))));
    claim.source = value(QStringLiteral("source"));
    for (const QString &name : {QStringLiteral("rights_holder"), QStringLiteral("source")})
        if (const QString control = utf8::controlCharacterIn(value(name)); !control.isEmpty())
            problems.add(name, ClaimsCsv::tr("a control character (%1)").arg(control));
    if (problems.count != before)
        return std::nullopt;
    return claim;
}

} // namespace

Expected<ClaimsFile> ClaimsCsv::read(const QString &path, const QDate &knownFromDefault)
{
    using Result = Expected<ClaimsFile>;
    ClaimsFile out;
    out.path = QFileInfo(path).absoluteFilePath();
    out.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(tr("%1: cannot open: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return Result::failure(tr("%1: larger than %2 GB").arg(out.fileName).arg(kMaxFileBytes >> 30));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    Problems problems{out.fileName, 0, 0, {}};
    QHash<QString, int> column; // name → index
    while (!file.atEnd()) {
        QByteArray raw = file.readLine(kMaxLineBytes + 2);
        sha.addData(raw);
        ++problems.line;
        if (raw.size() > kMaxLineBytes && !raw.endsWith('\n')) {
            problems.add(tr("line"), tr("longer than %1 bytes").arg(kMaxLineBytes));
            while (!file.atEnd() && !raw.endsWith('\n')) { // skip the rest without holding it
                raw = file.readLine(kMaxLineBytes + 2);
                sha.addData(raw);
            }
            continue;
        }
        if (problems.line == 1 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        if (raw.trimmed().isEmpty())
            continue;
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString line = utf8.decode(raw);
        if (utf8.hasError()) {
            problems.add(tr("line"), tr("not valid UTF-8"));
            continue;
        }
        const auto fields = csv::splitLine(line, /*trimUnquoted=*/true);
        if (!fields) {
            problems.add(tr("line"), tr("a quoted field is not closed"));
            continue;
        }
        if (column.isEmpty()) {
            if (const auto refused = readHeader(*fields, column, out.fileName))
                return Result::failure(*refused);
            continue;
        }
        if (fields->size() != column.size()) {
            problems.add(tr("line"), tr("expected %1 fields, found %2").arg(column.size()).arg(fields->size()));
            continue;
        }
        if (auto claim = claimOf(*fields, column, knownFromDefault, problems))
            out.claims << std::move(*claim);
    }
    if (problems.count > 0) {
        if (problems.count > kMaxReportedProblems)
            problems.listed << tr("… and %n more problem(s)", nullptr, int(problems.count - kMaxReportedProblems));
        return Result::failure(tr("%1 is not imported: %n problem(s)", nullptr, int(problems.count)).arg(out.fileName)
                               + QLatin1Char('\n') + problems.listed.join(QLatin1Char('\n')));
    }
    if (column.isEmpty())
        return Result::failure(tr("%1: the file is empty").arg(out.fileName));
    out.sha256 = QString::fromLatin1(sha.result().toHex());
    return out;
}

} // namespace rd
