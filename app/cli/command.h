#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace ArchBoard {

class JsonWriter;
struct Workspace;

/// archboard-cli: one command per file, found through the table in commands.cpp.
namespace Cli {

enum ExitCode { Ok = 0, Findings = 1, BadInput = 2 };

// The messages' context; Q_DECLARE_TR_FUNCTIONS is what lupdate reads it from.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

/**
 * One command of archboard-cli: its name, the lines it adds to `--help`, the
 * options it accepts (any other option is a usage error for it) and what it
 * does with the parsed command line and its positional arguments.
 */
struct Command
{
    const char *name;
    /// The command's entry in `archboard-cli --help` (translated in context "cli").
    const char *help;
    QList<QCommandLineOption> (*options)();
    int (*run)(const QCommandLineParser &parser, const QStringList &args);
    /// What `archboard-cli COMMAND --help` says before the command's options (translated in context "cli"),
    /// for commands with more to explain than their --help entry; null for the others.
    const char *details = nullptr;
};

/// Every command, in the order `--help` lists them.
const QList<Command> &commands();

QTextStream &out();
QTextStream &err();
/// Prints \a doc indented on stdout after what out() holds (terminal-safe, no copy of the text).
void printJson(const QJsonDocument &doc);
/// JSON that \a write writes as it goes, to stdout as printJson() writes it, in
/// pieces of 64 KB (no copy of the whole text). False when stdout refused it.
bool printJson(const std::function<void(JsonWriter &)> &write);
/// Prints "archboard-cli: message" and the --help hint; returns BadInput.
int usageError(const QString &message);
/// Loads a workspace file, or prints why not and returns null. What the read
/// changed (values brought into range) goes to \a warnings, or is printed when it is null.
std::unique_ptr<Workspace> loadOrReport(const QString &path, QStringList *warnings = nullptr);
/**
 * Saves a workspace file; prints why not and returns BadInput when it fails.
 * A file open in ArchBoard (its workspace lock held by a live process) is
 * refused unless \a force: the GUI's next save would overwrite this change.
 */
int saveOrReport(const Workspace &ws, const QString &path, bool force);
/// The value of option \a name, or \a fallback when it is not given.
QString valueOr(const QCommandLineParser &parser, const QString &name, const QString &fallback);

/// Options several commands share (one definition, one translation).
QCommandLineOption formatOption();
QCommandLineOption intoOption();
/// --force: write a workspace even while ArchBoard has it open.
QCommandLineOption forceOption();
bool forced(const QCommandLineParser &parser);
QCommandLineOption seedOption();
QCommandLineOption tierOption();

} // namespace Cli
} // namespace ArchBoard
