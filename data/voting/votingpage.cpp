#include "votingpage.h"

#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

#include <memory>

static void initVotingPageResources()
{
    // The page lives in a static library; referencing the initializer keeps it linked.
    Q_INIT_RESOURCE(votingpage);
}

namespace ArchBoard::VotingPage {

namespace {

struct Entry
{
    const char *key;
    const char *text;
};

// %1, %2 are filled in by the page. Spelled out as QT_TRANSLATE_NOOP so
// lupdate files them under "VotingPage".
constexpr Entry kTexts[] = {
    {"title", QT_TRANSLATE_NOOP("VotingPage", "ArchBoard voting")},
    {"joinHeading", QT_TRANSLATE_NOOP("VotingPage", "Join the vote")},
    {"codeLabel", QT_TRANSLATE_NOOP("VotingPage", "Join code (shown on the projector)")},
    {"continue", QT_TRANSLATE_NOOP("VotingPage", "Continue")},
    {"nameHeading", QT_TRANSLATE_NOOP("VotingPage", "Who are you?")},
    {"namePick", QT_TRANSLATE_NOOP("VotingPage", "Pick your name, or type a new one:")},
    {"nameLabel", QT_TRANSLATE_NOOP("VotingPage", "Your name")},
    {"join", QT_TRANSLATE_NOOP("VotingPage", "Join")},
    {"connecting", QT_TRANSLATE_NOOP("VotingPage", "Connecting…")},
    {"connected", QT_TRANSLATE_NOOP("VotingPage", "Connected")},
    {"reconnecting", QT_TRANSLATE_NOOP("VotingPage", "Connection lost, reconnecting… Your scores are kept on this device.")},
    {"votingAs", QT_TRANSLATE_NOOP("VotingPage", "Scoring as %1")},
    {"tier", QT_TRANSLATE_NOOP("VotingPage", "SLA tier: %1")},
    {"round", QT_TRANSLATE_NOOP("VotingPage", "Round %1")},
    {"progress", QT_TRANSLATE_NOOP("VotingPage", "%1 of %2 cells scored")},
    {"blind", QT_TRANSLATE_NOOP("VotingPage", "Nobody sees your scores until the facilitator reveals them. 1 = poor, 5 = excellent.")},
    {"clear", QT_TRANSLATE_NOOP("VotingPage", "Clear")},
    {"scoreOf", QT_TRANSLATE_NOOP("VotingPage", "Score %1")},
    {"reason", QT_TRANSLATE_NOOP("VotingPage", "Reason (optional, one line)")},
    {"measured", QT_TRANSLATE_NOOP("VotingPage", "Measured")},
    {"higher", QT_TRANSLATE_NOOP("VotingPage", "higher is better")},
    {"lower", QT_TRANSLATE_NOOP("VotingPage", "lower is better")},
    {"noValue", QT_TRANSLATE_NOOP("VotingPage", "no figure")},
    {"previous", QT_TRANSLATE_NOOP("VotingPage", "Round %1 scores:")},
    {"saving", QT_TRANSLATE_NOOP("VotingPage", "sending…")},
    {"saved", QT_TRANSLATE_NOOP("VotingPage", "saved")},
    {"revealed", QT_TRANSLATE_NOOP("VotingPage", "Scores revealed: look at the projector. The facilitator may open another round.")},
    {"closed", QT_TRANSLATE_NOOP("VotingPage", "Voting is closed. Thank you!")},
    {"pending", QT_TRANSLATE_NOOP("VotingPage", "This name is in use on another device. Wait here until the facilitator approves this device.")},
    {"replaced", QT_TRANSLATE_NOOP("VotingPage", "The facilitator let another device take over this name. This page no longer scores.")},
    {"err.bad-code", QT_TRANSLATE_NOOP("VotingPage", "That join code is not right.")},
    {"err.too-many-attempts", QT_TRANSLATE_NOOP("VotingPage", "Too many wrong codes: wait a minute, then try again.")},
    {"err.round-closed", QT_TRANSLATE_NOOP("VotingPage", "This round is closed.")},
    {"err.too-fast", QT_TRANSLATE_NOOP("VotingPage", "Too many scores at once: they are sent again in a moment.")},
    {"err.bad-name", QT_TRANSLATE_NOOP("VotingPage", "Use a name of 1 to 60 characters without control characters.")},
    {"err.too-many-raters", QT_TRANSLATE_NOOP("VotingPage", "This vote has no room for more raters.")},
    {"err.other", QT_TRANSLATE_NOOP("VotingPage", "The server refused a message: %1")},
};

QString translated(const QTranslator *translator, const char *text)
{
    if (!translator)
        return QString::fromUtf8(text);
    const QString t = translator->translate("VotingPage", text);
    return t.isEmpty() ? QString::fromUtf8(text) : t;
}

} // namespace

File file(const QByteArray &name)
{
    static const bool initialised = (initVotingPageResources(), true);
    Q_UNUSED(initialised);
    static const struct
    {
        const char *name;
        const char *type;
    } files[] = {
        {"index.html", "text/html; charset=utf-8"},
        {"app.js", "text/javascript; charset=utf-8"},
        {"app.css", "text/css; charset=utf-8"},
    };
    for (const auto &f : files) {
        if (name == f.name) {
            QFile resource(QStringLiteral(":/voting/") + QLatin1StringView(f.name));
            if (resource.open(QIODevice::ReadOnly))
                return {resource.readAll(), f.type};
        }
    }
    return {};
}

QByteArray configJson(const QString &defaultLanguage)
{
    QJsonObject texts;
    for (const QString &language : Translations::available()) {
        std::unique_ptr<QTranslator> translator;
        if (language != u"en") {
            translator = std::make_unique<QTranslator>();
            if (!translator->load(QStringLiteral(":/i18n/archboard_%1.qm").arg(language)))
                translator.reset();
        }
        QJsonObject map;
        for (const Entry &e : kTexts)
            map.insert(QLatin1StringView(e.key), translated(translator.get(), e.text));
        // The language switch names each language in itself ("English", "简体中文").
        map.insert(QStringLiteral("languageName"), Translations::nativeName(language));
        texts.insert(language, map);
    }
    const QString fallback = Translations::available().contains(defaultLanguage) ? defaultLanguage : QStringLiteral("en");
    return QJsonDocument(QJsonObject{{QStringLiteral("default"), fallback}, {QStringLiteral("texts"), texts}}).toJson(QJsonDocument::Compact);
}

int textCount()
{
    return int(std::size(kTexts));
}

} // namespace ArchBoard::VotingPage
