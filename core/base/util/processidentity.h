#pragma once

#include <QString>

namespace rd::process {

// Identifies this process across PID reuse: "<pid>:<start time in clock ticks since boot>".
QString currentIdentity();
// The operating-system user running this process (for audit logs).
QString osUser();
// Whether the process an identity names is still running on this machine.
bool isAlive(const QString &identity);

} // namespace rd::process
