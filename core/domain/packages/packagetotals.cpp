#include "packagetotals.h"

#include <map>

namespace rd {

QList<CurrencyTotals> totalsByCurrency(const QList<ResidualLine> &lines)
{
    std::map<QString, CurrencyTotals> byCurrency;
    auto add = [](DecimalSum &sum, const QString &amount) {
        if (const auto value = DecimalSum::fromString(amount.toStdString()))
            sum.add(*value);
    };
    for (const ResidualLine &l : lines) {
        CurrencyTotals &t = byCurrency[l.currency];
        t.currency = l.currency;
        add(t.revenue, l.revenue);
        add(t.adjustment, l.adjustment);
        add(t.recouped, l.recouped);
        add(t.net, l.net);
        ++t.lines;
        t.overclaimedLines += l.overclaimed ? 1 : 0;
    }
    QList<CurrencyTotals> out;
    for (const auto &[currency, totals] : byCurrency)
        out << totals;
    return out;
}

} // namespace rd
