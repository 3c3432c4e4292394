#pragma once

// Shared by the libFuzzer targets: an invariant that fails aborts, so
// libFuzzer saves the input as a crash and the sanitizers print the stack.
#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace ArchBoard::Fuzz {

[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace ArchBoard::Fuzz
