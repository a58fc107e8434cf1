#pragma once

// One libFuzzer target. Built two ways (tests/fuzz/CMakeLists.txt):
//  - by tests/fuzz/run-fuzzers.sh with clang -fsanitize=fuzzer,address,undefined: libFuzzer
//    provides main() and explores for as many executions as asked;
//  - in the normal build (any compiler) with FuzzReplay.cpp as main(): it replays the seed
//    corpus and a bounded number of deterministic mutations of it, as a ctest test.
// A target aborts (FUZZ_CHECK) when a property that must always hold is broken, so both
// ways report it as a finding.

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace earshot::fuzz {

// Inputs a target builds itself (e.g. an engine state saved by a scripted run), added to
// the seed corpus; `--emit-seeds DIR` writes them as files for the libFuzzer corpus.
// Optional: FuzzReplay.cpp has a weak default with none.
std::vector<std::string> generatedSeeds();

// The input as bytes, without a copy.
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace earshot::fuzz

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz property broken: %s (%s:%d)\n", #condition, __FILE__,       \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
