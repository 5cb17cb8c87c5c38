#include "marketplaces.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

namespace rd {

QString Marketplaces::pathFor(const QString &databasePath) { return QFileInfo(databasePath).absolutePath() + QLatin1String("/marketplaces.json"); }

Expected<QList<Marketplace>> Marketplaces::list() const
{
    using Result = Expected<QList<Marketplace>>;
    QFile file(m_path);
    if (!file.exists())
        return QList<Marketplace>();
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isArray())
        return Result::failure(tr("%1 is not a list of marketplaces: %2").arg(m_path, error.errorString()));
    QList<Marketplace> out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        out << Marketplace{o.value(QLatin1String("name")).toString(), o.value(QLatin1String("url")).toString(), o.value(QLatin1String("token")).toString(),
                           o.value(QLatin1String("window_hours")).toInt(6), o.value(QLatin1String("max_attempts")).toInt(5),
                           o.value(QLatin1String("backoff_ms")).toInt(1000)};
    }
    return out;
}

Expected<Marketplace> Marketplaces::find(const QString &name) const
{
    const auto all = list();
    if (!all)
        return Expected<Marketplace>::failure(all.error());
    for (const Marketplace &m : all.value())
        if (m.name == name)
            return m;
    return Expected<Marketplace>::failure(tr("There is no marketplace \"%1\"").arg(name));
}

bool tokenTransportSafe(const QString &url)
{
    const QUrl parsed(url);
    if (parsed.scheme() == QLatin1String("https"))
        return true;
    const QHostAddress host(parsed.host());
    return parsed.scheme() == QLatin1String("http") && (parsed.host() == QLatin1String("localhost") || host.isLoopback());
}

Status Marketplaces::put(const Marketplace &marketplace)
{
    if (marketplace.name.trimmed().isEmpty())
        return Status::failure(tr("A marketplace needs a name"));
    const QUrl url(marketplace.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
        return Status::failure(tr("\"%1\" is not an http or https URL").arg(marketplace.url));
    if (!marketplace.token.isEmpty() && !tokenTransportSafe(marketplace.url))
        return Status::failure(tr("A token is sent only over https (or plain http to this machine): %1 would send it in clear text")
                                   .arg(marketplace.url));
    if (marketplace.windowHours < 1 || marketplace.maxAttempts < 1 || marketplace.backoffMs < 1)
        return Status::failure(tr("The window, the attempts and the backoff must be positive"));
    auto all = list();
    if (!all)
        return Status::failure(all.error());
    QList<Marketplace> next = all.value();
    next.removeIf([&](const Marketplace &m) { return m.name == marketplace.name; });
    next << marketplace;
    QJsonArray array;
    for (const Marketplace &m : next)
        array.append(QJsonObject{{QStringLiteral("name"), m.name},           {QStringLiteral("url"), m.url},
                                 {QStringLiteral("token"), m.token},         {QStringLiteral("window_hours"), m.windowHours},
                                 {QStringLiteral("max_attempts"), m.maxAttempts}, {QStringLiteral("backoff_ms"), m.backoffMs}});
    QSaveFile file(m_path);
    // Owner only, before a byte of a token is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Status::failure(tr("Cannot write %1: %2").arg(m_path, file.errorString()));
    file.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(m_path, file.errorString()));
    return {};
}

} // namespace rd
