#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace ArchBoard {

/**
 * What the window shows when ArchBoard opens without a file (File → Start Page
 * brings it back): the recent files, a new workspace from the sample or with
 * the reference data only, Open…, and what to do first in each tool. The page
 * only asks; the main window opens and creates.
 */
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    /// The files of File → Open Recent, newest first.
    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }

signals:
    void openRecentRequested(const QString &path);
    void newFromSampleRequested();
    void newWorkspaceRequested();
    void openRequested();
    /// A page of Help → User Guide ("selection", "tco", …).
    void guideRequested(const QString &page);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    QListWidget *m_recent = nullptr;
    QPushButton *m_newButton = nullptr;
};

} // namespace ArchBoard
