#pragma once

#include <QString>

class QCoreApplication;

namespace rd::i18n {

// Installs Qt's and Royalty Desk's translations for the language given
// ("es", "fr") or, when empty, the system locale. The .qm files are embedded
// by each executable under :/i18n. Returns the language actually loaded.
QString install(QCoreApplication &app, const QString &language);

} // namespace rd::i18n
