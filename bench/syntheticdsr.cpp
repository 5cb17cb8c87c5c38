#include "syntheticdsr.h"

#include <QByteArray>
#include <QFile>

#include <zlib.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>

namespace rd::bench {
namespace {

constexpr std::array kWords{"love", "night", "city", "heart", "dance", "fire", "rain", "summer", "light", "dream",
                            "road", "home", "blue", "gold", "river", "echo", "shadow", "wild", "sky", "time",
                            "canción", "été", "noche", "cœur", "straße", "夜", "lumière", "mañana"};
constexpr std::array kFirst{"Anna", "Bruno", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas",
                            "Kenji", "Laura", "Mateo", "Nora", "Oscar", "Paula", "Quentin", "Rosa", "Sven", "Téa"};
constexpr std::array kLast{"Moran", "Dickerson", "Porter", "Moore", "Carter", "Estes", "Medina", "Best", "Woods",
                           "Spears", "Conrad", "Leon", "Bond", "Müller", "García", "Dubois", "Rossi", "Novak"};

// A resource's fields depend only on its index, so repeated rows repeat it exactly.
void appendResource(std::string &line, std::uint64_t index, std::uint64_t seed)
{
    std::mt19937_64 rng(seed ^ (index * 0x9E3779B97F4A7C15ULL));
    const auto pick = [&](auto &list) { return list[rng() % list.size()]; };
    for (int i = 0; i < 30; ++i)
        line += static_cast<char>((i % 2 ? 'a' : 'A') + rng() % 26);
    line += '\t';
    const bool blankTitle = rng() % 100 < 5, blankArtists = rng() % 100 < 4, blankIsrc = rng() % 100 < 5;
    if (!blankTitle) {
        const int words = 2 + static_cast<int>(rng() % 3);
        for (int w = 0; w < words; ++w)
            line.append(w ? " " : "").append(pick(kWords));
    }
    line += '\t';
    if (!blankArtists) {
        const int artists = 1 + static_cast<int>(rng() % 4);
        for (int a = 0; a < artists; ++a)
            line.append(a ? "|" : "").append(pick(kFirst)).append(" ").append(pick(kLast));
    }
    line += '\t';
    if (!blankIsrc) {
        for (int i = 0; i < 5; ++i)
            line += static_cast<char>('A' + rng() % 26);
        char digits[16];
        std::snprintf(digits, sizeof digits, "%07llu", static_cast<unsigned long long>(rng() % 10000000));
        line += digits;
    }
    line += '\t';
}

void appendAmounts(std::string &line, std::mt19937_64 &rng)
{
    char buffer[64];
    if (rng() % 100 >= 1) {
        std::snprintf(buffer, sizeof buffer, "%llu", static_cast<unsigned long long>(rng() % 1000000));
        line += buffer;
    }
    line += '\t';
    if (rng() % 100 >= 2) {
        const int magnitude = static_cast<int>(rng() % 16);
        const int decimals = static_cast<int>(rng() % 20);
        std::uint64_t integer = magnitude == 0 ? 0 : rng() % static_cast<std::uint64_t>(std::pow(10.0, magnitude));
        std::snprintf(buffer, sizeof buffer, "%llu", static_cast<unsigned long long>(integer));
        line += buffer;
        line += '.';
        if (decimals == 0)
            line += '0';
        for (int d = 0; d < decimals; ++d)
            line += static_cast<char>('0' + rng() % 10);
    }
    line += "\r\n";
}

} // namespace

bool writeSyntheticDsr(const SyntheticSpec &spec, const QString &gzipPath, const QString &plainPath)
{
    gzFile gz = gzopen(QFile::encodeName(gzipPath).constData(), ("wb" + std::to_string(spec.gzipLevel)).c_str());
    if (!gz)
        return false;
    gzbuffer(gz, 1 << 20);
    QFile plain(plainPath);
    if (!plainPath.isEmpty() && !plain.open(QIODevice::WriteOnly))
        return false;

    std::mt19937_64 rng(spec.seed);
    // Popularity: the first `resources` rows introduce every resource once (in
    // a scrambled order); the rest follow a Zipf-like law over all of them.
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const double n = static_cast<double>(spec.resources);
    std::string chunk;
    chunk.reserve(1 << 21);
    chunk = "dsp_id\ttitle\tartists\tisrc\tusages\trevenue\r\n";
    for (std::uint64_t row = 0; row < spec.rows; ++row) {
        std::uint64_t index;
        if (row < spec.resources)
            index = (row * 2654435761ULL) % spec.resources;
        else
            index = static_cast<std::uint64_t>(std::pow(n, uniform(rng))) - 1; // density ~ 1/x
        appendResource(chunk, index < spec.sharedHead ? index : spec.resourceOffset + index, spec.catalogueSeed);
        appendAmounts(chunk, rng);
        if (chunk.size() >= (1 << 20) || row + 1 == spec.rows) {
            if (gzwrite(gz, chunk.data(), static_cast<unsigned>(chunk.size())) != static_cast<int>(chunk.size()))
                return false;
            if (!plainPath.isEmpty() && plain.write(chunk.data(), static_cast<qint64>(chunk.size())) != static_cast<qint64>(chunk.size()))
                return false;
            chunk.clear();
        }
    }
    return gzclose(gz) == Z_OK;
}

} // namespace rd::bench
