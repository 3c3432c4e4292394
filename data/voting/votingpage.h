#pragma once

#include <QByteArray>
#include <QString>

namespace ArchBoard::VotingPage {

/// A static file of the member's page (index.html, app.js, app.css) from the
/// Qt resources; an empty body for any other name.
struct File
{
    QByteArray body;
    QByteArray contentType;
};
File file(const QByteArray &name);

/// The page's texts in every shipped language and the language to show when
/// the browser asks for none of them: {"default":"zh_CN","texts":{"en":{…},"zh_CN":{…}}}.
/// The texts are ordinary translated strings (context "VotingPage"), so
/// they go through the same .ts files as the rest of ArchBoard.
QByteArray configJson(const QString &defaultLanguage);

/// The number of texts (tests check each has a translation).
int textCount();

} // namespace ArchBoard::VotingPage
