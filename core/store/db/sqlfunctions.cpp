#include "sqlfunctions.h"

#include "money/decimalsum.h"

#include <sqlite3.h>

#include <new>
#include <string_view>

namespace rd {
namespace {

std::string_view textOf(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(value))) : std::string_view();
}

// Accepts both row values (Decimal text) and totals (which may exceed a Decimal).
bool addText(DecimalSum &sum, std::string_view text)
{
    Decimal value;
    const auto result = Decimal::parse(text, value);
    if (result == Decimal::ParseResult::Exact) {
        sum.add(value);
        return true;
    }
    if (auto wide = DecimalSum::fromString(text)) {
        sum.add(*wide);
        return true;
    }
    return false;
}

struct SumState
{
    DecimalSum *sum;
};

void decSumStep(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return;
    auto *state = static_cast<SumState *>(sqlite3_aggregate_context(context, sizeof(SumState)));
    if (!state)
        return sqlite3_result_error_nomem(context);
    if (!state->sum)
        state->sum = new (std::nothrow) DecimalSum;
    if (!state->sum)
        return sqlite3_result_error_nomem(context);
    if (!addText(*state->sum, textOf(argv[0])))
        sqlite3_result_error(context, "dec_sum: not an exact decimal", -1);
}

void decSumFinal(sqlite3_context *context)
{
    auto *state = static_cast<SumState *>(sqlite3_aggregate_context(context, 0));
    const std::string text = (state && state->sum) ? state->sum->toString() : std::string("0");
    if (state)
        delete state->sum;
    sqlite3_result_text(context, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void decAdd(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    DecimalSum sum;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        if (!addText(sum, textOf(argv[i])))
            return sqlite3_result_error(context, "dec_add: not an exact decimal", -1);
    }
    const std::string text = sum.toString();
    sqlite3_result_text(context, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

} // namespace

bool registerSqlFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    return sqlite3_create_function_v2(db, "dec_sum", 1, flags, nullptr, nullptr, decSumStep, decSumFinal, nullptr) == SQLITE_OK
        && sqlite3_create_function_v2(db, "dec_add", 2, flags, nullptr, decAdd, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace rd
