#pragma once

namespace rd::isotables {

struct CodeName
{
    const char *code;
    const char *name;
};

struct TerritoryName
{
    const char *code;
    const char *name; // English
    const char *es;
    const char *fr;
};

// Sorted by code, so lookups can binary-search.
extern const TerritoryName kTerritories[];
extern const int kTerritoryCount;
extern const CodeName kCurrencies[];
extern const int kCurrencyCount;

} // namespace rd::isotables
