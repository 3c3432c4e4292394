#pragma once

// Shared by the benchmarks: a step that fails is reported with a message and a
// non-zero exit, never with std::abort(), so the rows printed so far stay on
// screen and CI's smoke run (ctest -L bench-smoke) turns red with the reason.

#include <QString>

#include <cstdio>
#include <cstdlib>

namespace ArchBoard::Bench {

[[noreturn]] inline void fail(const char *step, const QString &why)
{
    std::fflush(stdout);
    std::fprintf(stderr, "benchmark step failed: %s: %s\n", step, qPrintable(why));
    std::fflush(stderr);
    std::exit(1);
}

inline void check(bool ok, const char *step, const QString &why)
{
    if (!ok)
        fail(step, why);
}

} // namespace ArchBoard::Bench
