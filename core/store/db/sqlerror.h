#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace rd {

// The driver's message for a failed query or connection call.
inline QString sqlError(const QSqlQuery &query) { return query.lastError().text(); }
inline QString sqlError(const QSqlDatabase &db) { return db.lastError().text(); }

} // namespace rd
