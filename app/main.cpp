// The ArchBoard desktop application: wiring only.
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QStatusBar>
#include <QTextStream>

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
    QCommandLineOption quitOption(QStringLiteral("quit-after-load"),
                                  QApplication::translate("main", "Open the file (or the sample), paint the window once and exit: 0 when both "
                                                                  "worked, 2 when the file could not be opened. For smoke tests of an installation."));
    parser.addOption(quitOption);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Workspace to open (*.archboard or *.archboard.yaml)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    ArchBoard::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(quitOption)) {
        // No dialogs (recovery offer, error boxes): a smoke test must not wait for a click.
        window.setInteractive(false);
        window.show();
        const bool opened = !files.isEmpty() ? window.openFile(files.first()) : window.openSample();
        if (!opened) {
            QTextStream(stderr) << "archboard: " << window.statusBar()->currentMessage() << "\n";
            return 2;
        }
        const QImage painted = window.grab().toImage();
        if (painted.isNull()) {
            QTextStream(stderr) << "archboard: " << QApplication::translate("main", "the main window could not be painted") << "\n";
            return 1;
        }
        QTextStream(stdout) << QApplication::translate("main", "%1: opened, window painted at %2×%3")
                                   .arg(window.windowTitle().remove(QStringLiteral("[*]")))
                                   .arg(painted.width())
                                   .arg(painted.height())
                            << "\n";
        return 0;
    }
    window.show();
    window.offerRecovery();
    if (!files.isEmpty())
        window.openFile(files.first());
    else if (parser.isSet(sampleOption))
        window.openSample();
    return app.exec();
}
