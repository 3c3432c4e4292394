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
        return {-1, QString::fromUtf8(p.readAllStandardOutput()),
                QStringLiteral("archboard-cli did not finish within %1 ms").arg(timeoutMs)};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace ArchBoard::Testing
