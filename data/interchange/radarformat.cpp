#include "radarformat.h"

#include "enums.h"
#include "radar.h"
#include "figurejson.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ArchBoard::RadarFormat {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context (a free Text::tr() would be filed elsewhere).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RadarFormat)
};

// Zalando's own ring colours, innermost first.
const char *const kRingColors[] = {"#5ba300", "#009eb0", "#c7ba00", "#e09b96"};
// BYOR matches ring names against its own vocabulary: English, whatever the UI language.
const char *const kByorRings[] = {"Adopt", "Trial", "Assess", "Hold"};

int zalandoMoved(RadarMovement movement)
{
    switch (movement) {
    case RadarMovement::MovedOut: return -1;
    case RadarMovement::Unchanged: return 0;
    case RadarMovement::MovedIn: return 1;
    case RadarMovement::New: return 2;
    }
    return 0;
}

// BYOR's `status` column (build-your-own-radar src/models/blip.js, matched case-insensitively).
QString byorStatus(RadarMovement movement)
{
    switch (movement) {
    case RadarMovement::New: return QStringLiteral("New");
    case RadarMovement::MovedIn: return QStringLiteral("Moved In");
    case RadarMovement::MovedOut: return QStringLiteral("Moved Out");
    case RadarMovement::Unchanged: return QStringLiteral("No Change");
    }
    return QStringLiteral("No Change");
}

QString movementText(const RadarBlip &b)
{
    if (!b.previousRing)
        return {};
    const QString from = Enums::radarRing.label(int(*b.previousRing));
    switch (b.movement) {
    case RadarMovement::MovedIn: return Text::tr("Moved in from %1.").arg(from);
    case RadarMovement::MovedOut: return Text::tr("Moved out from %1.").arg(from);
    default: return {};
    }
}

QString description(const RadarBlip &b)
{
    const QString moved = movementText(b);
    return moved.isEmpty() ? b.reason : b.reason + u' ' + moved;
}

} // namespace

std::optional<Kind> kindOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"json")
        return Kind::ZalandoJson;
    if (suffix == u"csv")
        return Kind::ByorCsv;
    return std::nullopt;
}

QByteArray zalandoJson(const TechRadar &radar, const QString &date)
{
    QJsonArray quadrants;
    for (const RadarQuadrant &q : Radar::quadrants())
        quadrants.append(QJsonObject{{QStringLiteral("name"), q.title}});
    QJsonArray rings;
    for (int r = 0; r < Enums::radarRing.count(); ++r)
        rings.append(QJsonObject{{QStringLiteral("name"), Enums::radarRing.label(r)},
                                 {QStringLiteral("color"), QString::fromLatin1(kRingColors[r])}});
    QJsonArray entries;
    for (const RadarBlip &b : radar.blips)
        entries.append(QJsonObject{
            {QStringLiteral("label"), b.name},
            {QStringLiteral("quadrant"), b.quadrant},
            {QStringLiteral("ring"), int(b.ring)},
            {QStringLiteral("moved"), zalandoMoved(b.movement)},
            {QStringLiteral("active"), true},
            {QStringLiteral("description"), description(b)},
        });
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("date"), date},
                             {QStringLiteral("quadrants"), quadrants},
                             {QStringLiteral("rings"), rings},
                             {QStringLiteral("entries"), entries},
                         })
        .toJson(QJsonDocument::Indented);
}

QByteArray byorCsv(const TechRadar &radar)
{
    const std::vector<RadarQuadrant> quadrants = Radar::quadrants();
    QString out = QStringLiteral("name,ring,quadrant,isNew,status,description\n");
    for (const RadarBlip &b : radar.blips) {
        const QStringList cells{
            csvField(b.name.toHtmlEscaped()),
            csvField(QString::fromLatin1(kByorRings[int(b.ring)])),
            csvField(quadrants[size_t(b.quadrant)].name),
            b.movement == RadarMovement::New ? QStringLiteral("TRUE") : QStringLiteral("FALSE"),
            byorStatus(b.movement),
            csvField(description(b).toHtmlEscaped()),
        };
        out += cells.join(u',') + u'\n';
    }
    return out.toUtf8();
}

bool write(const TechRadar &radar, const QString &fileName, const QString &date, QString *error)
{
    const std::optional<Kind> kind = kindOf(fileName);
    if (!kind) {
        if (error)
            *error = Text::tr("%1: the radar file must end in .json (Zalando tech radar) or .csv (ThoughtWorks BYOR)").arg(fileName);
        return false;
    }
    const QByteArray bytes = *kind == Kind::ZalandoJson ? zalandoJson(radar, date) : byorCsv(radar);
    QString why;
    if (!SafeFile::write(fileName, bytes, &why)) {
        if (error)
            *error = why;
        return false;
    }
    return true;
}

} // namespace ArchBoard::RadarFormat
