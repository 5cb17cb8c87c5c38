#pragma once

#include <QDate>
#include <QString>

namespace rd {

// One stored quote, as shown and edited.
struct StoredRate
{
    QString currency;
    QDate date;
    QString rate; // exact decimal text
    QString source;
};

} // namespace rd
