#pragma once

#include "util/expected.h"
#include "ingest/importresult.h"
#include "util/inputlimits.h"

#include <QCoreApplication>

#include <map>

namespace rd {

class Database;

// The book's input limits (InputLimits), kept in its settings so that every
// workstation, the CLI and the sender refuse the same files. Keys are the
// InputLimits keys prefixed with "limit.".
class InputLimitSettings
{
    Q_DECLARE_TR_FUNCTIONS(InputLimitSettings)

public:
    explicit InputLimitSettings(Database &database) : m_db(database) {}

    // The stored limits over the defaults; a stored value that no longer parses counts as unset.
    Expected<InputLimits> load();
    // The options an import runs with: the caller's, with the book's limits.
    Expected<ImportOptions> applyTo(const ImportOptions &requested);
    Status set(const QString &key, qint64 value);
    // Several at once, all or none (one transaction).
    Status set(const std::map<QString, qint64> &values);

private:
    Database &m_db;
};

} // namespace rd
