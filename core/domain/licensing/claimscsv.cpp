#include "claimscsv.h"

#include "formats/isocodes.h"
#include "formats/isrc.h"
#include "util/csvrecords.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

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

    QStringList problems;
    qsizetype problemCount = 0;
    QHash<QString, int> column; // name → index
    qint64 lineNumber = 0;
    auto problem = [&](const QString &field, const QString &message) {
        if (++problemCount <= kMaxReportedProblems)
            problems << tr("%1:%2: %3: %4").arg(out.fileName).arg(lineNumber).arg(field, message);
    };
    while (!file.atEnd()) {
        QByteArray raw = file.readLine(kMaxLineBytes + 2);
        sha.addData(raw);
        ++lineNumber;
        if (raw.size() > kMaxLineBytes && !raw.endsWith('\n')) {
            problem(tr("line"), tr("longer than %1 bytes").arg(kMaxLineBytes));
            while (!file.atEnd() && !raw.endsWith('\n')) { // skip the rest without holding it
                raw = file.readLine(kMaxLineBytes + 2);
                sha.addData(raw);
            }
            continue;
        }
        if (lineNumber == 1 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        if (raw.trimmed().isEmpty())
            continue;
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString line = utf8.decode(raw);
        if (utf8.hasError()) {
            problem(tr("line"), tr("not valid UTF-8"));
            continue;
        }
        const auto fields = csv::splitLine(line, /*trimUnquoted=*/true);
        if (!fields) {
            problem(tr("line"), tr("a quoted field is not closed"));
            continue;
        }
        if (column.isEmpty()) { // the header
            for (int i = 0; i < fields->size(); ++i)
                column.insert(fields->at(i).toLower(), i);
            QStringList missing;
            for (const QString &name : kRequired)
                if (!column.contains(name))
                    missing << name;
            if (!missing.isEmpty())
                return Result::failure(tr("%1:1: the header lacks the required column(s) %2; it needs %3")
                                           .arg(out.fileName, missing.join(QLatin1String(", ")), kRequired.join(QLatin1String(", "))));
            for (auto it = column.cbegin(); it != column.cend(); ++it)
                if (!kRequired.contains(it.key()) && !kOptional.contains(it.key()))
                    return Result::failure(tr("%1:1: unknown column \"%2\"").arg(out.fileName, it.key()));
            continue;
        }
        if (fields->size() != column.size()) {
            problem(tr("line"), tr("expected %1 fields, found %2").arg(column.size()).arg(fields->size()));
            continue;
        }
        auto value = [&](const QString &name) { return column.contains(name) ? fields->at(column.value(name)) : QString(); };
        auto date = [&](const QString &name, bool required) -> std::optional<QDate> {
            const QString text = value(name);
            if (text.isEmpty()) {
                if (required)
                    problem(name, tr("required"));
                return std::nullopt;
            }
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid() || text.size() != 10) {
                problem(name, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
                return std::nullopt;
            }
            return d;
        };
        Claim claim;
        claim.origin = QStringLiteral("csv");
        claim.fileName = out.fileName;
        claim.line = lineNumber;
        const qsizetype before = problemCount;
        const QString isrcText = value(QStringLiteral("isrc"));
        char normalized[isrc::kLength];
        if (isrcText.isEmpty())
            problem(QStringLiteral("isrc"), tr("required"));
        else if (!isrc::normalize(isrcText.toStdString(), normalized))
            problem(QStringLiteral("isrc"), tr("\"%1\" is not an ISRC").arg(isrcText));
        else
            claim.isrc = QString::fromLatin1(normalized, isrc::kLength);
        claim.territory = value(QStringLiteral("territory")).toUpper();
        if (claim.territory != QLatin1String("WW") && !iso::isTerritory(claim.territory))
            problem(QStringLiteral("territory"), tr("\"%1\" is not an ISO 3166-1 alpha-2 code or WW").arg(value(QStringLiteral("territory"))));
        claim.rightsHolder = value(QStringLiteral("rights_holder"));
        if (claim.rightsHolder.isEmpty())
            problem(QStringLiteral("rights_holder"), tr("required"));
        const QString shareText = value(QStringLiteral("share"));
        const auto parsed = Decimal::parse(shareText.toStdString(), claim.share);
        if (shareText.isEmpty())
            problem(QStringLiteral("share"), tr("required"));
        else if (parsed != Decimal::ParseResult::Exact)
            problem(QStringLiteral("share"), tr("\"%1\" is not a decimal percentage").arg(shareText));
        else if (claim.share.isNegative() || hundredPercent() < claim.share)
            problem(QStringLiteral("share"), tr("%1 is outside 0–100").arg(shareText));
        const auto validFrom = date(QStringLiteral("valid_from"), true);
        claim.validTo = date(QStringLiteral("valid_to"), false);
        const auto knownFrom = date(QStringLiteral("known_from"), false);
        claim.knownTo = date(QStringLiteral("known_to"), false);
        if (validFrom)
            claim.validFrom = *validFrom;
        claim.knownFrom = knownFrom.value_or(knownFromDefault);
        if (validFrom && claim.validTo && *claim.validTo < *validFrom)
            problem(QStringLiteral("valid_to"), tr("%1 is before valid_from %2").arg(claim.validTo->toString(Qt::ISODate), validFrom->toString(Qt::ISODate)));
        if (claim.knownTo && *claim.knownTo <= claim.knownFrom)
            problem(QStringLiteral("known_to"), tr("%1 is not after known_from %2").arg(claim.knownTo->toString(Qt::ISODate), claim.knownFrom.toString(Qt::ISODate)));
        claim.rightType = value(QStringLiteral("right_type")).toLower();
        if (claim.rightType.isEmpty())
            claim.rightType = QStringLiteral("recording");
        else if (claim.rightType != QLatin1String("recording") && claim.rightType != QLatin1String("publishing"))
            problem(QStringLiteral("right_type"), tr("\"%1\" is not recording or publishing").arg(value(QStringLiteral("right_type"))));
        claim.source = value(QStringLiteral("source"));
        if (problemCount == before)
            out.claims << claim;
    }
    if (problemCount > 0) {
        if (problemCount > kMaxReportedProblems)
            problems << tr("… and %n more problem(s)", nullptr, int(problemCount - kMaxReportedProblems));
        return Result::failure(tr("%1 is not imported: %n problem(s)", nullptr, int(problemCount)).arg(out.fileName)
                               + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    }
    if (column.isEmpty())
        return Result::failure(tr("%1: the file is empty").arg(out.fileName));
    out.sha256 = QString::fromLatin1(sha.result().toHex());
    return out;
}

} // namespace rd
