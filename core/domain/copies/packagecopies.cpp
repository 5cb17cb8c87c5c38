#include "packagecopies.h"

#include "copies/copytarget.h"
#include "journal/statusjournal.h"
#include "packages/packagestore.h"
#include "copies/copytables.h"
#include "util/processidentity.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>

#include <map>

namespace rd {
namespace {

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

} // namespace

PackageCopies::PackageCopies(Database &database, StatementRenderer renderer) : PackageCopies(database, std::move(renderer), Options()) {}

PackageCopies::PackageCopies(Database &database, StatementRenderer renderer, Options options)
    : m_db(database), m_renderer(std::move(renderer)), m_options(std::move(options))
{
    if (!m_options.sleep)
        m_options.sleep = [](int ms) { QThread::msleep(ulong(ms)); };
}

QString PackageCopies::copyName(qint64 packageId, int version) { return QStringLiteral("package-%1-v%2.zip").arg(packageId).arg(version); }

QString PackageCopies::retractionName(qint64 packageId, int version)
{
    return QStringLiteral("package-%1-v%2.retraction.json").arg(packageId).arg(version);
}

Status PackageCopies::retried(const std::function<Status()> &attempt, int *attempts)
{
    Status result;
    int wait = m_options.firstBackoffMs;
    for (int i = 0; i < std::max(1, m_options.attempts); ++i) {
        if (i > 0) {
            m_options.sleep(wait);
            wait *= 2;
        }
        ++*attempts;
        result = attempt();
        if (result.ok())
            return result;
    }
    return result;
}

Status PackageCopies::setState(qint64 packageId, int version, const TargetConfig &target, const QString &sha256, const QString &state,
                               const QString &reason, int attempts, bool verified)
{
    CopyState copy;
    copy.targetId = target.id;
    copy.name = copyName(packageId, version);
    copy.sha256 = sha256;
    copy.state = state;
    copy.reason = reason;
    copy.attempts = attempts;
    copy.updatedAt = QDateTime::currentDateTimeUtc();
    return PackageCopyTable(m_db).write(packageId, version, copy, verified ? copy.updatedAt : QDateTime());
}

Status PackageCopies::publish(qint64 packageId)
{
    const Status published = PackageStore(m_db).publish(packageId);
    if (!published.ok())
        return published;
    return copy(packageId);
}

Status PackageCopies::copy(qint64 packageId)
{
    PackageStore store(m_db);
    const auto found = store.find(packageId);
    if (!found)
        return Status::failure(found.error());
    if (!found.value() || (found.value()->state != Package::State::Published && found.value()->state != Package::State::Retracted))
        return Status::failure(tr("Package %1 is not published: only published packages are copied").arg(packageId));
    const int version = found.value()->version;
    const auto targets = CopyTargets(m_db).list();
    const auto existing = states(packageId);
    if (!targets || !existing)
        return Status::failure(!targets ? targets.error() : existing.error());
    std::map<qint64, CopyState> byTarget;
    for (const CopyState &s : existing.value())
        byTarget[s.targetId] = s;

    QTemporaryDir scratch;
    const QString zip = scratch.filePath(copyName(packageId, version));
    QString sha;
    QStringList failures;
    for (const TargetConfig &target : targets.value()) {
        const auto known = byTarget.find(target.id);
        if (known != byTarget.end() && known->second.state == QLatin1String("ok"))
            continue;
        if (sha.isEmpty()) { // the zip, once, the first time a copy is needed
            const Status written = PackageZip::write(m_db, packageId, zip, m_renderer);
            if (!written.ok())
                return written;
            sha = fileSha256(zip);
        }
        setState(packageId, version, target, sha, QStringLiteral("pending"), QString(), 0, false);
        const std::unique_ptr<CopyTarget> copyTarget = CopyTargets(m_db).open(target);
        int attempts = 0;
        const Status done = retried(
            [&]() -> Status {
                const Status put = copyTarget->put(zip, copyName(packageId, version));
                if (!put.ok())
                    return put;
                const auto readBack = copyTarget->sha256(copyName(packageId, version));
                if (!readBack)
                    return Status::failure(readBack.error());
                if (readBack.value() != sha)
                    return Status::failure(tr("the copy read back differs from the zip (SHA-256 %1, expected %2)").arg(readBack.value(), sha));
                return {};
            },
            &attempts);
        setState(packageId, version, target, sha, done.ok() ? QStringLiteral("ok") : QStringLiteral("failed"), done.error(), attempts, done.ok());
        store.record(packageId, done.ok() ? QStringLiteral("copy") : QStringLiteral("copy failed"),
                     done.ok() ? tr("version %1 copied to %2 and verified").arg(version).arg(copyTarget->location())
                               : tr("version %1 not copied to %2 after %n attempt(s): %3", nullptr, attempts)
                                     .arg(version)
                                     .arg(copyTarget->location(), done.error()));
        StatusJournal(m_db).stage(PackageStore::correlationId(packageId),
                                  target.kind == TargetConfig::Kind::Sftp ? QStringLiteral("RETAINED_REMOTE") : QStringLiteral("RETAINED_LOCAL"),
                                  done.ok() ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED"),
                                  done.ok() ? tr("version %1 on %2").arg(version).arg(copyTarget->location()) : done.error(),
                                  done.ok() ? QString() : QStringLiteral("copy_failed"), copyTarget->location());
        if (!done.ok())
            failures << copyTarget->location() + QLatin1String(": ") + done.error();
    }
    if (!failures.isEmpty())
        return Status::failure(tr("Package %1 is published but not every copy was made: %2").arg(packageId).arg(failures.join(QLatin1String("; "))));
    return {};
}

Status PackageCopies::reverify(qint64 packageId)
{
    const auto copies = states(packageId);
    const auto targets = CopyTargets(m_db).list(false);
    if (!copies || !targets)
        return Status::failure(!copies ? copies.error() : targets.error());
    const auto found = PackageStore(m_db).existing(packageId);
    if (!found)
        return Status::failure(found.error());
    QStringList failures;
    for (const CopyState &copy : copies.value()) {
        for (const TargetConfig &target : targets.value()) {
            if (target.id != copy.targetId)
                continue;
            const std::unique_ptr<CopyTarget> copyTarget = CopyTargets(m_db).open(target);
            const auto readBack = copyTarget->sha256(copy.name);
            QString reason;
            if (!readBack)
                reason = readBack.error();
            else if (readBack.value() != copy.sha256)
                reason = tr("the copy differs from the published zip (SHA-256 %1, expected %2)").arg(readBack.value(), copy.sha256);
            setState(packageId, found->version, target, copy.sha256, reason.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failed"),
                     reason, 0, reason.isEmpty());
            if (!reason.isEmpty())
                failures << copyTarget->location() + QLatin1String(": ") + reason;
        }
    }
    if (!failures.isEmpty())
        return Status::failure(failures.join(QLatin1String("; ")));
    return {};
}

Status PackageCopies::retract(qint64 packageId, const QString &reason)
{
    PackageStore store(m_db);
    const Status retracted = store.retract(packageId, reason);
    if (!retracted.ok())
        return retracted;
    const auto found = store.find(packageId);
    const auto copies = states(packageId);
    const auto targets = CopyTargets(m_db).list(false);
    if (!found || !copies || !targets)
        return Status::failure(!found ? found.error() : !copies ? copies.error() : targets.error());
    const Package &package = *found.value();
    QStringList failures;
    for (const CopyState &copy : copies.value()) {
        for (const TargetConfig &target : targets.value()) {
            if (target.id != copy.targetId)
                continue;
            // The record: which copy it retracts (by name and SHA-256), who signed it off, when and why.
            const QJsonObject record{{QStringLiteral("package_id"), packageId},
                                     {QStringLiteral("package_name"), package.name},
                                     {QStringLiteral("version"), package.version},
                                     {QStringLiteral("copy"), copy.name},
                                     {QStringLiteral("copy_sha256"), copy.sha256},
                                     {QStringLiteral("retracted_at"), now()},
                                     {QStringLiteral("signed_off_by"), process::osUser()},
                                     {QStringLiteral("reason"), reason.trimmed()}};
            const std::unique_ptr<CopyTarget> copyTarget = CopyTargets(m_db).open(target);
            int attempts = 0;
            const Status written = retried([&] { return copyTarget->putBytes(QJsonDocument(record).toJson(QJsonDocument::Indented),
                                                                            retractionName(packageId, package.version)); },
                                           &attempts);
            const Status recorded = PackageCopyTable(m_db).writeRetraction(
                packageId, package.version, target.id, written.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
                written.ok() ? QString() : written.error(), QDateTime::currentDateTimeUtc());
            if (!recorded.ok())
                return recorded;
            if (!written.ok())
                failures << copyTarget->location() + QLatin1String(": ") + written.error();
        }
    }
    if (!failures.isEmpty())
        return Status::failure(tr("Package %1 is retracted but not every retraction record was written: %2")
                                   .arg(packageId)
                                   .arg(failures.join(QLatin1String("; "))));
    return {};
}

Expected<QList<CopyState>> PackageCopies::states(qint64 packageId)
{
    auto copies = PackageCopyTable(m_db).currentCopies(packageId);
    if (!copies)
        return copies;
    const auto targets = CopyTargets(m_db).list(false);
    const QList<TargetConfig> known = targets ? targets.value() : QList<TargetConfig>();
    for (CopyState &copy : copies.value())
        for (const TargetConfig &t : known)
            if (t.id == copy.targetId)
                copy.target = CopyTargets(m_db).describe(t);
    return copies;
}

} // namespace rd
