// The ArchBoard desktop application: wiring only.
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ArchBoard"));
    QApplication::setOrganizationName(QStringLiteral("ArchBoard"));
    QApplication::setApplicationVersion(QStringLiteral(ARCHBOARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.archboard.ArchBoard"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/archboard/icons/archboard.svg")));
    // Edit → Settings… stores the language; it applies from the next start.
    ArchBoard::Translations::install(ArchBoard::Translations::configuredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Architecture-decision workbench for review boards."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption sampleOption(QStringLiteral("sample"), QApplication::translate("main", "Open the bundled sample workspace."));
    parser.addOption(sampleOption);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Workspace to open (*.archboard or *.archboard.yaml)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    ArchBoard::MainWindow window;
    window.show();
    window.offerRecovery();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    else if (parser.isSet(sampleOption))
        window.openSample();
    return app.exec();
}
