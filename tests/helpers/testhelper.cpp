// Child process for tests that need a second process: one that gets killed
// mid-save, one that autosaves and crashes, one that holds a workspace lock.
#include "document.h"
#include "generator.h"
#include "recovery.h"
#include "workspace.h"
#include "workspacefile.h"
#include "workspacelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace ArchBoard;

namespace {

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/// Adds candidate "crash-<i>" and records i in the description, then saves; forever.
int saveLoop(const QString &path)
{
    Workspace ws;
    if (QFile::exists(path)) {
        InputError error;
        std::unique_ptr<Workspace> loaded = WorkspaceFile::load(path, &error);
        if (!loaded) {
            say("load-failed " + error.toString().toUtf8());
            return 3;
        }
        ws = *loaded;
    } else {
        Testing::GeneratorSpec spec;
        spec.services = 600;
        spec.dependenciesPerService = 20;
        ws = Testing::generateWorkspace(spec, 5);
    }
    int next = 1;
    for (const Candidate &c : ws.candidates) {
        if (c.id.startsWith(QStringLiteral("crash-")))
            next = std::max(next, c.id.mid(6).toInt() + 1);
    }
    say("ready");
    for (int i = next;; ++i) {
        Candidate c;
        c.id = QStringLiteral("crash-%1").arg(i);
        c.name = QStringLiteral("Crash %1").arg(i);
        ws.candidates.push_back(c);
        ws.info.description = QStringLiteral("edit %1").arg(i);
        say("begin " + QByteArray::number(i));
        QString error;
        if (!WorkspaceFile::save(ws, path, &error)) {
            say("save-failed " + error.toUtf8());
            return 3;
        }
        say("committed " + QByteArray::number(i));
    }
}

int autosaveAndWait(const QString &dir, const QString &originalPath)
{
    Testing::GeneratorSpec spec;
    Document doc(std::make_unique<Workspace>(Testing::generateWorkspace(spec, 3)));
    doc.setFileName(originalPath);
    Autosaver autosaver(&doc, RecoveryStore(dir));
    autosaver.setBurst(1000, 1000000);
    QObject::connect(&autosaver, &Autosaver::written, [](const QString &file) { say("autosaved " + file.toUtf8()); });
    QObject::connect(&autosaver, &Autosaver::failed, [](const QString &why) { say("failed " + why.toUtf8()); });
    doc.setValue(TableId::Workspace, 0, 0, QStringLiteral("Crash edit 崩溃"));
    autosaver.saveNow();
    return QCoreApplication::exec(); // until killed
}

/// Edits and autosaves as fast as the writes finish, until killed: "autosaved N"
/// once the recovery copy holds edit N.
int autosaveLoop(const QString &dir)
{
    Testing::GeneratorSpec spec;
    spec.services = 400;
    spec.dependenciesPerService = 20;
    Document doc(std::make_unique<Workspace>(Testing::generateWorkspace(spec, 4)));
    Autosaver autosaver(&doc, RecoveryStore(dir));
    autosaver.setInterval(3600 * 1000);
    autosaver.setBurst(1000000, 1000000);
    int n = 0;
    const auto next = [&] {
        ++n;
        doc.setValue(TableId::Workspace, 0, 0, QStringLiteral("edit %1").arg(n));
        say("begin " + QByteArray::number(n));
        autosaver.saveNow();
    };
    QObject::connect(&autosaver, &Autosaver::written, [&](const QString &) {
        say("autosaved " + QByteArray::number(n));
        QTimer::singleShot(0, next);
    });
    QObject::connect(&autosaver, &Autosaver::failed, [](const QString &why) {
        say("failed " + why.toUtf8());
        QCoreApplication::exit(3);
    });
    say("ready");
    QTimer::singleShot(0, next);
    return QCoreApplication::exec(); // until killed
}

int holdLock(const QString &path)
{
    WorkspaceLock lock(path);
    if (!lock.tryLock()) {
        say("lock-failed " + lock.errorString().toUtf8());
        return 3;
    }
    say("locked");
    return QCoreApplication::exec(); // until killed
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("archboard-testhelper"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args.at(1) == u"save-loop")
        return saveLoop(args.at(2));
    if (args.size() >= 4 && args.at(1) == u"autosave")
        return autosaveAndWait(args.at(2), args.at(3));
    if (args.size() >= 3 && args.at(1) == u"autosave-loop")
        return autosaveLoop(args.at(2));
    if (args.size() >= 3 && args.at(1) == u"hold-lock")
        return holdLock(args.at(2));
    // Stand-ins for the diagram renderer: one that never finishes, one that crashes.
    if (args.size() >= 2 && args.at(1) == u"render-hang") {
        QThread::sleep(3600);
        return 0;
    }
    if (args.size() >= 2 && args.at(1) == u"render-crash") {
        std::fputs("about to crash\n", stderr);
        std::abort();
    }
    std::fputs("usage: archboard-testhelper save-loop FILE | autosave DIR ORIGINAL | hold-lock FILE\n", stderr);
    return 2;
}
