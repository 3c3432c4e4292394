// Writes the generated "large" workspace the benchmarks use (the budgets in docs/architecture.md), so
// the CLI and the GUI can be timed on it: archboard-make-workspace OUT.archboard [--seed N]
#include "generator.h"
#include "workspacefile.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(u'-')) {
        std::fprintf(stderr, "usage: archboard-make-workspace OUT.archboard [--seed N]\n");
        return 2;
    }
    quint32 seed = 42;
    if (const qsizetype at = args.indexOf(QStringLiteral("--seed")); at > 0 && at + 1 < args.size())
        seed = args.at(at + 1).toUInt();
    QString error;
    if (!ArchBoard::WorkspaceFile::save(ArchBoard::Testing::generateWorkspace(ArchBoard::Testing::largeSpec(), seed), args.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    return 0;
}
