#include "radar.h"

#include "document.h"
#include "schema.h"
#include "selection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace ArchBoard {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context (a free Text::tr() would be filed elsewhere).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Radar)
};

QString ringLabel(RadarRing ring)
{
    return Enums::radarRing.label(int(ring));
}

QString scoreText(double score)
{
    return QString::number(score, 'f', 2);
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

// The candidates a record chooses, by index into ws.candidates.
std::vector<int> chosenBy(const Workspace &ws, const DecisionRecord &record)
{
    std::vector<int> chosen;
    bool anyChosenOption = false;
    for (const DecisionOption &option : ws.decisionOptions) {
        if (option.decision != record.id || !option.chosen)
            continue;
        anyChosenOption = true;
        const QString name = option.name.trimmed();
        for (int c = 0; c < int(ws.candidates.size()); ++c) {
            const Candidate &cand = ws.candidates[size_t(c)];
            if (name.compare(cand.name.trimmed(), Qt::CaseInsensitive) == 0 || name.compare(cand.id, Qt::CaseInsensitive) == 0) {
                if (std::find(chosen.begin(), chosen.end(), c) == chosen.end())
                    chosen.push_back(c);
                break;
            }
        }
    }
    // A record without a chosen option lets its candidate links say what it decided.
    if (!anyChosenOption) {
        for (const DecisionLink &link : ws.decisionLinks) {
            if (link.decision != record.id || link.kind != LinkKind::Candidate)
                continue;
            for (int c = 0; c < int(ws.candidates.size()); ++c)
                if (ws.candidates[size_t(c)].id == link.element && std::find(chosen.begin(), chosen.end(), c) == chosen.end())
                    chosen.push_back(c);
        }
    }
    return chosen;
}

// Lower is stronger: accepted, proposed, then the closed statuses.
int statusStrength(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Accepted: return 0;
    case DecisionStatus::Proposed: return 1;
    case DecisionStatus::Rejected:
    case DecisionStatus::Deprecated:
    case DecisionStatus::Superseded: return 2;
    case DecisionStatus::Unstated: return 3;
    }
    return 3;
}

QString recordReason(const DecisionRecord &record)
{
    switch (record.status) {
    case DecisionStatus::Accepted:
        return Text::tr("Chosen in the accepted decision record %1 “%2”.").arg(record.id, record.title);
    case DecisionStatus::Proposed:
        return Text::tr("Chosen in the proposed decision record %1 “%2”.").arg(record.id, record.title);
    case DecisionStatus::Rejected:
        return Text::tr("Chosen in the rejected decision record %1 “%2”.").arg(record.id, record.title);
    case DecisionStatus::Deprecated:
        return Text::tr("Chosen in the deprecated decision record %1 “%2”.").arg(record.id, record.title);
    case DecisionStatus::Superseded:
        return record.supersededBy.isEmpty()
            ? Text::tr("Chosen in the superseded decision record %1 “%2” and not chosen again.").arg(record.id, record.title)
            : Text::tr("Chosen in the decision record %1 “%2”, superseded by %3, which does not choose it again.")
                  .arg(record.id, record.title, record.supersededBy);
    case DecisionStatus::Unstated:
        break;
    }
    return {};
}

QString tierName(const Workspace &ws, const QString &id)
{
    for (const SlaTier &t : ws.tiers)
        if (t.id == id)
            return t.name.isEmpty() ? id : t.name;
    return id;
}

QString criterionName(const Workspace &ws, const QString &id)
{
    for (const Criterion &c : ws.criteria)
        if (c.id == id)
            return c.name.isEmpty() ? id : c.name;
    return id;
}

const CandidateScore *scoreOf(const TierResult &tier, const QString &candidate)
{
    for (const CandidateScore &s : tier.ranking)
        if (s.candidate == candidate)
            return &s;
    return nullptr;
}

// Rules 4–6: a shortlisted candidate no record decides.
void placeByScores(const Workspace &ws, const SelectionResult &selection, RadarBlip *blip)
{
    QStringList wins;
    const TierResult *firstWin = nullptr;
    const CandidateScore *firstWinScore = nullptr;
    int scoredTiers = 0;
    int knockedOutTiers = 0;
    const TierResult *firstKnockOut = nullptr;
    const CandidateScore *firstKnockOutScore = nullptr;
    const TierResult *best = nullptr;
    const CandidateScore *bestScore = nullptr;
    for (const TierResult &tier : selection.tiers) {
        const CandidateScore *s = scoreOf(tier, blip->candidate);
        if (!s)
            continue;
        ++scoredTiers;
        if (tier.winner == blip->candidate) {
            wins << Text::tr("the SLA tier “%1” (score %2)").arg(tierName(ws, tier.tier), scoreText(s->score));
            if (!firstWin) {
                firstWin = &tier;
                firstWinScore = s;
            }
        }
        if (s->knockedOut) {
            ++knockedOutTiers;
            if (!firstKnockOut) {
                firstKnockOut = &tier;
                firstKnockOutScore = s;
            }
        } else if (!bestScore || s->score > bestScore->score) {
            best = &tier;
            bestScore = s;
        }
    }
    if (firstWin) {
        blip->ring = RadarRing::Trial;
        blip->basis = RadarBasis::TierWinner;
        blip->tier = firstWin->tier;
        blip->score = firstWinScore->score;
        blip->reason = Text::tr("Wins %1.").arg(wins.join(QStringLiteral(", ")));
        return;
    }
    if (scoredTiers > 0 && knockedOutTiers == scoredTiers) {
        blip->ring = RadarRing::Hold;
        blip->basis = RadarBasis::KnockedOut;
        blip->tier = firstKnockOut->tier;
        blip->score = firstKnockOutScore->score;
        const QString criterion = firstKnockOutScore->failed.empty() ? QString() : criterionName(ws, firstKnockOutScore->failed.front().criterion);
        blip->reason = criterion.isEmpty()
            ? Text::tr("Knocked out in every SLA tier (%1 of %1).").arg(knockedOutTiers)
            : Text::tr("Knocked out in every SLA tier (%1 of %1); in “%2” it fails the must-pass threshold on %3.")
                  .arg(QString::number(knockedOutTiers), tierName(ws, firstKnockOut->tier), criterion);
        return;
    }
    blip->ring = RadarRing::Assess;
    blip->basis = RadarBasis::Shortlisted;
    if (best) {
        blip->tier = best->tier;
        blip->score = bestScore->score;
        blip->reason = Text::tr("Shortlisted and ranked, not knocked out: best rank %1 of %2 in the SLA tier “%3” (score %4).")
                           .arg(QString::number(bestScore->rank), QString::number(best->ranking.size()), tierName(ws, best->tier),
                                scoreText(bestScore->score));
    } else {
        blip->reason = Text::tr("Shortlisted; no SLA tier ranks it yet.");
    }
}

} // namespace

int TechRadar::count(RadarMovement movement) const
{
    return int(std::count_if(blips.begin(), blips.end(), [movement](const RadarBlip &b) { return b.movement == movement; }));
}

namespace Radar {

std::vector<RadarQuadrant> quadrants()
{
    return {
        {QStringLiteral("languages-frameworks"), QStringLiteral("Languages & Frameworks"), Text::tr("Languages & Frameworks")},
        {QStringLiteral("platforms"), QStringLiteral("Platforms"), Text::tr("Platforms")},
        {QStringLiteral("tools"), QStringLiteral("Tools"), Text::tr("Tools")},
        {QStringLiteral("techniques"), QStringLiteral("Techniques"), Text::tr("Techniques")},
    };
}

int quadrantOf(CandidateCategory category)
{
    switch (category) {
    case CandidateCategory::Language:
    case CandidateCategory::Framework: return 0;
    case CandidateCategory::Platform: return 1;
    case CandidateCategory::Tool: return 2;
    case CandidateCategory::Technique: return 3;
    }
    return 0;
}

QString latestExport(const Workspace &ws)
{
    QString latest;
    QDateTime latestTime;
    for (const RadarEntry &e : ws.radarHistory) {
        const QDateTime t = parseTime(e.exportedAt);
        // An unparsable timestamp still counts, after every valid one (compared as text).
        const bool later = latest.isEmpty()
            || (t.isValid() && (!latestTime.isValid() || t > latestTime))
            || (!t.isValid() && !latestTime.isValid() && e.exportedAt > latest);
        if (later) {
            latest = e.exportedAt;
            latestTime = t;
        }
    }
    return latest;
}

QString nextExportTime(const Workspace &ws)
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    const QDateTime latest = parseTime(latestExport(ws));
    if (latest.isValid() && now <= latest)
        now = latest.toUTC().addSecs(1);
    return now.toString(Qt::ISODate);
}

TechRadar build(const Workspace &ws, const SelectionResult &selection)
{
    TechRadar radar;

    // The strongest record choosing each candidate; among equals the latest (highest number).
    QHash<int, const DecisionRecord *> deciding;
    for (const DecisionRecord &record : ws.decisions) {
        if (record.status == DecisionStatus::Unstated)
            continue; // a record that states no status decides no ring
        for (int c : chosenBy(ws, record)) {
            const DecisionRecord *current = deciding.value(c);
            if (!current || statusStrength(record.status) < statusStrength(current->status)
                || (statusStrength(record.status) == statusStrength(current->status) && record.number > current->number))
                deciding.insert(c, &record);
        }
    }

    for (int c = 0; c < int(ws.candidates.size()); ++c) {
        const Candidate &cand = ws.candidates[size_t(c)];
        RadarBlip blip;
        blip.candidate = cand.id;
        blip.name = cand.name.isEmpty() ? cand.id : cand.name;
        blip.quadrant = quadrantOf(cand.category);
        if (const DecisionRecord *record = deciding.value(c)) {
            blip.decision = record->id;
            blip.reason = recordReason(*record);
            switch (record->status) {
            case DecisionStatus::Accepted:
                blip.ring = RadarRing::Adopt;
                blip.basis = RadarBasis::AcceptedRecord;
                break;
            case DecisionStatus::Proposed:
                blip.ring = RadarRing::Trial;
                blip.basis = RadarBasis::ProposedRecord;
                break;
            default:
                blip.ring = RadarRing::Hold;
                blip.basis = RadarBasis::ClosedRecord;
                break;
            }
        } else if (cand.shortlisted) {
            placeByScores(ws, selection, &blip);
        } else {
            radar.omitted.push_back({cand.id, blip.name, Text::tr("Not shortlisted and chosen by no decision record.")});
            continue;
        }
        radar.blips.push_back(blip);
    }

    // Movement against the latest recorded export.
    radar.previousExport = latestExport(ws);
    if (!radar.previousExport.isEmpty()) {
        QHash<QString, RadarRing> previous;
        std::vector<RadarEntry> previousEntries;
        for (const RadarEntry &e : ws.radarHistory)
            if (e.exportedAt == radar.previousExport) {
                previous.insert(e.candidate, e.ring);
                previousEntries.push_back(e);
            }
        QSet<QString> present;
        for (RadarBlip &blip : radar.blips) {
            present.insert(blip.candidate);
            const auto it = previous.constFind(blip.candidate);
            if (it == previous.constEnd()) {
                blip.movement = RadarMovement::New;
                continue;
            }
            blip.previousRing = *it;
            // Rings count from Adopt (0) outwards: a smaller ring is a move in.
            blip.movement = int(blip.ring) < int(*it) ? RadarMovement::MovedIn
                : int(blip.ring) > int(*it)           ? RadarMovement::MovedOut
                                                      : RadarMovement::Unchanged;
        }
        for (const RadarEntry &e : previousEntries)
            if (!present.contains(e.candidate))
                radar.dropped.push_back(e);
    }
    return radar;
}

TechRadar build(const Workspace &ws)
{
    return build(ws, Selection::compute(ws));
}

std::vector<RadarEntry> historyEntries(const TechRadar &radar, const QString &exportedAt)
{
    const std::vector<RadarQuadrant> qs = quadrants();
    std::vector<RadarEntry> rows;
    rows.reserve(radar.blips.size());
    for (const RadarBlip &b : radar.blips)
        rows.push_back({exportedAt, b.candidate, b.name, qs[size_t(b.quadrant)].key, b.ring});
    return rows;
}

bool recordExport(Document *document, const TechRadar &radar, const QString &exportedAt, QString *error)
{
    // Rows as the schema stores them, taken from a scratch workspace.
    Workspace scratch;
    scratch.radarHistory = historyEntries(radar, exportedAt);
    if (scratch.radarHistory.empty())
        return true;
    if (document->isReadOnly()) {
        if (error)
            *error = Text::tr("The workspace is open read-only.");
        return false;
    }
    const TableSchema &schema = Schema::table(TableId::RadarHistory);
    document->undoStack()->beginMacro(Text::tr("Record tech radar export %1").arg(exportedAt));
    bool ok = true;
    for (int i = 0; ok && i < int(scratch.radarHistory.size()); ++i)
        ok = document->insertRow(TableId::RadarHistory, document->rowCount(TableId::RadarHistory), schema.rowValues(scratch, i));
    document->undoStack()->endMacro();
    if (!ok) {
        // Leave the history as it was: the half-recorded export is undone.
        if (error)
            *error = document->errorString();
        document->undoStack()->undo();
    }
    return ok;
}

QString movementKey(RadarMovement movement)
{
    switch (movement) {
    case RadarMovement::New: return QStringLiteral("new");
    case RadarMovement::MovedIn: return QStringLiteral("in");
    case RadarMovement::MovedOut: return QStringLiteral("out");
    case RadarMovement::Unchanged: return QStringLiteral("unchanged");
    }
    return {};
}

QString movementSummary(const TechRadar &radar)
{
    QStringList lines;
    lines << (radar.previousExport.isEmpty()
                  ? Text::tr("%1 blips, all new (no earlier export recorded).").arg(radar.blips.size())
                  : Text::tr("%1 blips since the export of %2: %3 new, %4 moved in, %5 moved out, %6 unchanged, %7 dropped.")
                        .arg(QString::number(radar.blips.size()), radar.previousExport, QString::number(radar.count(RadarMovement::New)),
                             QString::number(radar.count(RadarMovement::MovedIn)), QString::number(radar.count(RadarMovement::MovedOut)),
                             QString::number(radar.count(RadarMovement::Unchanged)), QString::number(radar.dropped.size())));
    for (const RadarBlip &b : radar.blips) {
        switch (b.movement) {
        case RadarMovement::MovedIn:
            lines << Text::tr("  moved in: %1 %2 → %3").arg(b.name, ringLabel(*b.previousRing), ringLabel(b.ring));
            break;
        case RadarMovement::MovedOut:
            lines << Text::tr("  moved out: %1 %2 → %3").arg(b.name, ringLabel(*b.previousRing), ringLabel(b.ring));
            break;
        case RadarMovement::New:
            if (!radar.previousExport.isEmpty())
                lines << Text::tr("  new: %1 in %2").arg(b.name, ringLabel(b.ring));
            break;
        case RadarMovement::Unchanged:
            break;
        }
    }
    for (const RadarEntry &e : radar.dropped)
        lines << Text::tr("  dropped: %1 (was %2)").arg(e.name, ringLabel(e.ring));
    for (const RadarOmission &o : radar.omitted)
        lines << Text::tr("  not on the radar: %1 — %2").arg(o.name, o.reason);
    return lines.join(u'\n');
}

} // namespace Radar

} // namespace ArchBoard
