#pragma once

#include "util/expected.h"

#include <QString>

#include <optional>

namespace rd {

class Database;

// Owner of `settings`: the book's own settings (base currency, retention
// window), one text value per key, shared by every user of the database.
// The domain modules give them meaning; this is the only place they are stored.
class BookSettings
{
public:
    explicit BookSettings(Database &database) : m_db(database) {}

    // The stored value, or nullopt when the key was never set.
    Expected<std::optional<QString>> value(const QString &key);
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace rd
