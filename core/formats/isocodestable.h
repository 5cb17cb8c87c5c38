#pragma once

namespace rd::isotables {

struct CodeName
{
    const char *code;
    const char *name;
};

// Sorted by code, so lookups can binary-search.
extern const CodeName kTerritories[];
extern const int kTerritoryCount;
extern const CodeName kCurrencies[];
extern const int kCurrencyCount;

} // namespace rd::isotables
