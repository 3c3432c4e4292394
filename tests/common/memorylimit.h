#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

#include <sys/resource.h>

namespace ArchBoard::Testing {

/**
 * Starts \a p's program limited to \a megabytes of memory: RLIMIT_AS
 * (\a addressSpace) or RLIMIT_DATA. When the program has ASan
 * (ARCHBOARD_SANITIZE: the whole suite under the sanitizers) a setrlimit
 * would stop it from starting — ASan reserves terabytes of address space for
 * its shadow memory — so ASan's own limits say the same: no allocation larger
 * than the limit, and an abort once the resident memory passes it (plus what
 * ASan itself keeps). Either way a program that needs more crashes, and the
 * test sees it.
 */
inline void limitMemory(QProcess &p, quint64 megabytes, bool addressSpace)
{
#ifdef ARCHBOARD_TEST_CLI_SANITIZED
    Q_UNUSED(addressSpace);
    QProcessEnvironment env = p.processEnvironment().isEmpty() ? QProcessEnvironment::systemEnvironment() : p.processEnvironment();
    QString options = env.value(QStringLiteral("ASAN_OPTIONS"));
    if (!options.isEmpty())
        options += u':';
    options += QStringLiteral("allocator_may_return_null=0:max_allocation_size_mb=%1:hard_rss_limit_mb=%2:quarantine_size_mb=16")
                   .arg(megabytes)
                   .arg(megabytes + 512);
    env.insert(QStringLiteral("ASAN_OPTIONS"), options);
    p.setProcessEnvironment(env);
#else
    p.setChildProcessModifier([megabytes, addressSpace] {
        const rlimit limit{rlim_t(megabytes) << 20, rlim_t(megabytes) << 20};
        ::setrlimit(addressSpace ? RLIMIT_AS : RLIMIT_DATA, &limit);
    });
#endif
}

} // namespace ArchBoard::Testing
