#pragma once

#include "util/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rd {

// Where a marketplace takes its remittances and how hard to try.
struct Marketplace
{
    QString name;
    QString url;
    QString token; // sent as a bearer token; never printed
    int windowHours = 6;   // past it, an unsent remittance is inactive
    int maxAttempts = 5;   // transient failures, then the dead-letter queue
    int backoffMs = 1000;  // first retry delay; doubled each time, with jitter
};

// The marketplaces, kept in a JSON file beside the database with mode 0600
// (it holds the tokens), written aside and renamed.
// True when a bearer token may go to this URL: https anywhere, plain http only to this machine.
bool tokenTransportSafe(const QString &url);

class Marketplaces
{
    Q_DECLARE_TR_FUNCTIONS(Marketplaces)

public:
    explicit Marketplaces(QString path) : m_path(std::move(path)) {}
    static QString pathFor(const QString &databasePath); // marketplaces.json beside it

    Expected<QList<Marketplace>> list() const;
    Expected<Marketplace> find(const QString &name) const;
    Status put(const Marketplace &marketplace); // adds or replaces by name

private:
    QString m_path;
};

} // namespace rd
