#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace rd::fuzz {

// The parsers under test read files by path, as the product does, so each
// input is written to a file of this process's own in /dev/shm (memory, not
// disk) and overwritten by the next input.
QString writeScratchFile(const char *suffix, const std::uint8_t *data, std::size_t size);

} // namespace rd::fuzz
