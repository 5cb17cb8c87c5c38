#pragma once

#include <QTextStream>

class LoopbackMarketplace;
struct SoakContext;

// The soak's verdict, each check printed with its figures:
// - every ingested DSR holds exactly what the last accepted file of it held;
// - no report is counted twice (one live ingested DSR per report identity);
// - every remittance succeeded, its key was accepted exactly once with its
//   value, and the accepted values add up to the usage ingested, exactly;
// - every published package exports and verifies;
// - PRAGMA integrity_check is ok;
// - no process failed in a way the concurrency does not explain.
bool checkTheBook(SoakContext &context, const LoopbackMarketplace &marketplace, QTextStream &out);
