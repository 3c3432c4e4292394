#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace ArchBoard {

/**
 * Help → User Guide: a page per tool, shipped as Markdown in the resources
 * (:/archboard/guide/<language>/<page>.md, English and Chinese) and rendered in
 * a text browser, with the list of pages beside it. Opens in the language of
 * the user interface.
 */
class UserGuide : public QDialog
{
    Q_OBJECT

public:
    struct Page
    {
        QString id;        ///< the file name without .md: "selection", "tco", …
        QString title;     ///< translated
        QString firstStep; ///< what to do first in this tool, one sentence or two (the start page); translated
    };

    /// Every page in reading order.
    static QList<Page> pages();
    /// The guide's languages, as folders: "en", "zh_CN".
    static QStringList languages();
    /// The language of the user interface's translation ("en" when none is loaded).
    static QString currentLanguage();
    /// A page's Markdown in \a language (English when that language lacks it); empty for an unknown page.
    static QString markdown(const QString &page, const QString &language);

    /// \a language: "" for currentLanguage().
    explicit UserGuide(QWidget *parent = nullptr, const QString &language = {});

    /// Shows the page \a id ("" or unknown: the first).
    void showPage(const QString &id);
    QString language() const { return m_language; }
    QString currentPage() const;
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }

private:
    QString m_language;
    QListWidget *m_contents = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace ArchBoard
