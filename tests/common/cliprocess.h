#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ArchBoard::Testing {

/// What one run of archboard-cli left: its exit code (-1 when it crashed or
/// did not finish) and what it printed.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    QByteArray outBytes; ///< stdout as written (byte-for-byte comparisons)
};

/// Runs the archboard-cli named by ARCHBOARD_CLI (set by ctest) with \a args.
CliRun cli(const QStringList &args, int timeoutMs = 120000);

} // namespace ArchBoard::Testing
