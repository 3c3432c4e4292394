// archboard-cli: the engines headless. Exit codes: 0 ok, 1 findings, 2 bad input or usage.
#include "command.h"

#include "translations.h"

#include <QGuiApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <memory>

#include <unistd.h>

using namespace ArchBoard;
using namespace ArchBoard::Cli;

namespace {

/// Only the report draws (fonts, charts, PDF: a QGuiApplication on the
/// offscreen platform when there is no display); everything else stays a
/// QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || qstrcmp(argv[i], "--report") == 0 || qstrncmp(argv[i], "--report=", 9) == 0;
    if (!report)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // What Qt would fall back to, made private here so it does not warn on every headless run.
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(uint(getuid()));
        if (QDir().mkpath(QString::fromLocal8Bit(dir))
            && QFile::setPermissions(QString::fromLocal8Bit(dir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

QString helpText()
{
    QStringList lines{Text::tr("ArchBoard headless: the workbench's engines for scripts and CI."), QString(), Text::tr("Commands:")};
    for (const Command &c : commands())
        lines << Text::tr(c.help);
    lines << QString() << Text::tr("Commands with more to say: archboard-cli COMMAND --help (diff, merge, textconv, workshop).")
          << QString() << Text::tr("Exit codes: 0 ok, 1 findings, 2 bad input or usage.")
          << Text::tr("Commands that write a workspace refuse one that ArchBoard has open; --force writes it anyway.");
    return lines.join(u'\n');
}

/// The command named on the command line: the first argument that is neither an option nor an option's value.
const Command *commandNamed(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1StringView(c.name))
            return &c;
    }
    return nullptr;
}

/// The positional arguments as the command's --help entry writes them
/// ("merge BASE OURS THEIRS [-o OUT]" → "BASE OURS THEIRS"): the entry up to
/// its description column, without the name and the options.
QString positionals(const Command &command)
{
    QString synopsis = QString::fromUtf8(command.help).section(u'\n', 0, 0).trimmed().section(QStringLiteral("  "), 0, 0);
    synopsis = synopsis.mid(qsizetype(qstrlen(command.name)));
    static const QRegularExpression options(QStringLiteral("\\[-[^\\]]*\\]|--?[a-z][a-z-]*( [A-Z][A-Z.]*)?"));
    return synopsis.remove(options).simplified();
}

/// `archboard-cli COMMAND --help` for a command with details: its usage with
/// the positional arguments, what it does and only its options.
QString commandHelp(const Command &command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(command.details));
    parser.addHelpOption();
    for (const QCommandLineOption &o : command.options())
        parser.addOption(o);
    const QString args = positionals(command);
    return parser.helpText().replace(QStringLiteral("archboard-cli [options]"),
                                     QStringLiteral("archboard-cli %1 [options]%2")
                                         .arg(QLatin1StringView(command.name), args.isEmpty() ? QString() : u' ' + args));
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("archboard-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ArchBoard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARCHBOARD_VERSION));
    // The locale only (LANG, LC_ALL, LANGUAGE), never the GUI's setting: scripts get what they asked for.
    Translations::install(QString());

    // Every command's options are known to the parser, so they may come before
    // or after the command; those the command does not take are refused below.
    QCommandLineParser parser;
    parser.setApplicationDescription(helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    QSet<QString> known;
    for (const Command &c : commands()) {
        for (const QCommandLineOption &o : c.options()) {
            if (!known.contains(o.names().constLast())) {
                known.insert(o.names().constLast());
                parser.addOption(o);
            }
        }
    }
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("sample, convert, validate, report, rank, export, import-cml, export-cml, import-adr, decide, scan, tco, diff, merge, textconv or workshop"));
    parser.addPositionalArgument(QStringLiteral("args"), Text::tr("Arguments of the command"), QStringLiteral("[args...]"));

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        const QStringList words = parser.positionalArguments();
        const Command *command = words.isEmpty() ? nullptr : commandNamed(words.constFirst());
        out() << (command && command->details ? commandHelp(*command) : parser.helpText());
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "archboard-cli " << QCoreApplication::applicationVersion() << "\n";
        return Ok;
    }
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(Text::tr("no command given"));
    const QString name = args.takeFirst();
    const Command *command = commandNamed(name);
    if (!command)
        return usageError(Text::tr("unknown command “%1”").arg(name));
    QSet<QString> accepted;
    for (const QCommandLineOption &o : command->options())
        accepted.unite(QSet<QString>(o.names().cbegin(), o.names().cend()));
    for (const QString &option : parser.optionNames()) {
        if (!accepted.contains(option))
            return usageError(Text::tr("%1 does not take --%2").arg(name, option));
    }
    return command->run(parser, args);
}
