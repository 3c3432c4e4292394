#include "cliprocess.h"

#include <QProcess>

namespace ArchBoard::Testing {

CliRun cli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(qEnvironmentVariable("ARCHBOARD_CLI"), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        const QByteArray out = p.readAllStandardOutput();
        return {-1, QString::fromUtf8(out), QStringLiteral("archboard-cli did not finish within %1 ms").arg(timeoutMs), out};
    }
    const QByteArray out = p.readAllStandardOutput();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(out), QString::fromUtf8(p.readAllStandardError()), out};
}

} // namespace ArchBoard::Testing
