// Renders the start page, the user guide and the keyboard shortcuts at 1600×1000, the way a
// user sees them (docs/screenshots/start-page*.png, user-guide*.png, keyboard-shortcuts*.png).
//   QT_QPA_PLATFORM=offscreen build/tests/archboard-startpageshots OUTDIR [--language zh_CN]
// With --language the window shows in that language and every file name ends in -<language>.
#include "mainwindow.h"
#include "shortcutsdialog.h"
#include "startpage.h"
#include "translations.h"
#include "userguide.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace ArchBoard;

namespace {

/// The window with \a dialog centred over it, as a user sees a dialog opened from it.
QImage withDialog(QWidget &window, QWidget *dialog)
{
    QImage image = window.grab().toImage();
    if (dialog) {
        const QImage over = dialog->grab().toImage();
        QPainter painter(&image);
        painter.fillRect(image.rect(), QColor(0, 0, 0, 60));
        const QPoint at((image.width() - over.width()) / 2, (image.height() - over.height()) / 2);
        painter.setPen(QPen(QColor(80, 80, 80), 1));
        painter.drawRect(QRect(at, over.size()).adjusted(-1, -1, 0, 0));
        painter.drawImage(at, over);
    }
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("archboard-startpageshots"));
    QStringList args = QCoreApplication::arguments().mid(1);
    QString suffix;
    if (const qsizetype i = args.indexOf(QStringLiteral("--language")); i >= 0 && i + 1 < args.size()) {
        const QString language = args.at(i + 1);
        args.remove(i, 2);
        if (Translations::install(language) != language) {
            std::fprintf(stderr, "no translation for %s\n", qPrintable(language));
            return 1;
        }
        suffix = u'-' + language;
    }
    const QString out = !args.isEmpty() ? args.first() : QStringLiteral(".");
    QDir().mkpath(out);
    // Two recent files, as after a few days of use.
    QSettings().setValue(QStringLiteral("recentFiles"),
                         QStringList{QStringLiteral("/home/board/reviews/estate-review-2027.archboard"),
                                     QStringLiteral("/home/board/reviews/payments-migration.archboard.yaml")});

    MainWindow w;
    w.setInteractive(false);
    w.resize(1600, 1000);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 1;
    QTest::qWait(300);
    w.showStartPage();
    QTest::qWait(300);
    bool ok = withDialog(w, nullptr).save(QDir(out).filePath(QStringLiteral("start-page%1.png").arg(suffix)));

    UserGuide *guide = w.showUserGuide(QStringLiteral("tco"));
    guide->resize(1200, 820);
    QTest::qWait(300);
    ok = withDialog(w, guide).save(QDir(out).filePath(QStringLiteral("user-guide%1.png").arg(suffix))) && ok;
    guide->close();

    ShortcutsDialog *shortcuts = w.showShortcuts();
    shortcuts->resize(760, 900);
    QTest::qWait(300);
    ok = withDialog(w, shortcuts).save(QDir(out).filePath(QStringLiteral("keyboard-shortcuts%1.png").arg(suffix))) && ok;
    shortcuts->close();
    QSettings().remove(QStringLiteral("recentFiles"));
    return ok ? 0 : 1;
}
