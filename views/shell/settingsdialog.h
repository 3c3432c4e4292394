#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace ArchBoard {

/**
 * Edit → Settings…: the user's preferences kept in QSettings. For now the
 * interface language ("" follows the system locale); a change applies from the
 * next start, which the dialog says.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// The language picked in the list: "", "en" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &language);

    /// Stores the choices; true when the language changed (it applies from the next start).
    bool save();

private:
    QComboBox *m_language = nullptr;
    QLabel *m_notice = nullptr;
};

} // namespace ArchBoard
