#pragma once

#include "money/amounttext.h"

namespace rd::ui {

// The widgets use core's one number format (see money/amounttext.h).
using rd::formatAmount;
using rd::formatCount;
using rd::formatMoney;
using rd::formatSum;

} // namespace rd::ui
