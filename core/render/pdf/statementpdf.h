#pragma once

#include "packages/packagezip.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rd::ui {

// statement.pdf of a package zip: per rights holder and currency, the revenue,
// adjustments, recouped advances and net payable. The same data gives the same
// bytes (the creation date written is the build time).
class StatementPdf
{
    Q_DECLARE_TR_FUNCTIONS(StatementPdf)

public:
    static QByteArray render(const StatementData &data);
};

} // namespace rd::ui
