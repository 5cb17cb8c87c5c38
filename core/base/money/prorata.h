#pragma once

#include "money/decimal.h"
#include "money/decimalsum.h"

#include <cstdint>

namespace rd {

// Splits an amount over weights (e.g. a summary's NetRevenue over its
// streams) so that the shares add up to the amount exactly, handed out in a
// fixed order without knowing the weights ahead except their total.
//
// The rule: amounts are counted in units of 10^-decimals, where decimals is
// the amount's own precision and at least 2. With C_i the running sum of the
// weights through share i and W their total, share i is
//   floor(A × C_i / W) − floor(A × C_{i−1} / W)
// units. The floors telescope, so the shares sum to floor(A × W / W) = A;
// each share is within one unit of its exact pro-rata value, and the units
// that rounding leaves over fall to the shares where the running remainder
// crosses a whole unit. A negative amount is split as its magnitude, negated.
class ProRata
{
public:
    // totalWeight must be positive; weights must not be negative.
    ProRata(Decimal amount, std::int64_t totalWeight);

    Decimal next(std::int64_t weight);
    int decimals() const { return m_decimals; }

    // The amount's precision: its decimals, at least 2.
    static int precisionOf(Decimal amount);

private:
    using Wide = DecimalSum::Accumulator;
    Wide m_units;     // |amount| in units
    Wide m_unitSize;  // mantissa per unit: 10^(20 - decimals)
    Wide m_total;     // W
    Wide m_running = 0;
    Wide m_handedOut = 0; // floor(A × C_{i-1} / W)
    bool m_negative = false;
    int m_decimals = 2;
};

} // namespace rd
