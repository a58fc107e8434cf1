// main() of a fuzz target in the normal build: replays the seed corpus, then a bounded
// number of deterministic mutations of it (the same inputs every run, so a failure is
// reproducible). Usage: fuzz_x CORPUS_DIR [MUTATIONS] | fuzz_x --emit-seeds DIR
#include "FuzzTarget.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

namespace {

std::vector<std::string> readCorpus(const std::filesystem::path &dir)
{
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto &entry : std::filesystem::directory_iterator(dir, error)) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<std::string> seeds;
    for (const auto &file : files) {
        std::ifstream in(file, std::ios::binary);
        seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return seeds;
}

// libFuzzer-like mutations: flip, replace with an interesting byte, insert, erase, cut,
// duplicate a span, splice with another seed.
std::string mutate(const std::vector<std::string> &seeds, std::mt19937_64 &random)
{
    std::string s = seeds[random() % seeds.size()];
    const int steps = 1 + int(random() % 4);
    static const char interesting[] = {'\0', '"', '{', '}',  '[',  ']', ',',        ':',       '-',
                                       '9',  'e', '.', '\\', '\n', '=', char(0xff), char(0x80)};
    for (int i = 0; i < steps; ++i) {
        const std::size_t at = s.empty() ? 0 : random() % s.size();
        switch (random() % 7) {
        case 0:
            if (!s.empty())
                s[at] = char(s[at] ^ (1 << (random() % 8)));
            break;
        case 1:
            if (!s.empty())
                s[at] = interesting[random() % sizeof(interesting)];
            break;
        case 2:
            s.insert(at, 1, interesting[random() % sizeof(interesting)]);
            break;
        case 3:
            if (!s.empty())
                s.erase(at, 1 + random() % std::min<std::size_t>(16, s.size() - at));
            break;
        case 4:
            s.resize(at);
            break;
        case 5:
            if (!s.empty()) {
                const std::size_t length = 1 + random() % std::min<std::size_t>(64, s.size() - at);
                s.insert(at, s.substr(at, length));
            }
            break;
        default: {
            const std::string &other = seeds[random() % seeds.size()];
            const std::size_t from = other.empty() ? 0 : random() % other.size();
            s = s.substr(0, at) + other.substr(from);
            break;
        }
        }
    }
    return s;
}

void run(const std::string &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.data()), input.size());
}

} // namespace

__attribute__((weak)) std::vector<std::string> earshot::fuzz::generatedSeeds()
{
    return {};
}

int main(int argc, char **argv)
{
    if (argc == 3 && std::string(argv[1]) == "--emit-seeds") {
        const std::filesystem::path dir(argv[2]);
        std::filesystem::create_directories(dir);
        int n = 0;
        for (const std::string &seed : earshot::fuzz::generatedSeeds()) {
            std::ofstream out(dir / ("generated-" + std::to_string(++n)), std::ios::binary);
            out << seed;
        }
        std::printf("%d generated seed(s) written to %s\n", n, argv[2]);
        return 0;
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [MUTATIONS] | --emit-seeds DIR\n", argv[0]);
        return 2;
    }
    std::vector<std::string> seeds = readCorpus(argv[1]);
    for (std::string &seed : earshot::fuzz::generatedSeeds())
        seeds.push_back(std::move(seed));
    if (seeds.empty()) {
        std::fprintf(stderr, "no seeds in %s\n", argv[1]);
        return 2;
    }
    const long mutations = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 20'000;
    for (const std::string &seed : seeds)
        run(seed);
    std::mt19937_64 random(0xea25407);
    for (long i = 0; i < mutations; ++i)
        run(mutate(seeds, random));
    std::printf("%zu seed(s) and %ld mutation(s) replayed, 0 findings\n", seeds.size(), mutations);
    return 0;
}
