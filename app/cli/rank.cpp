#include "command.h"

#include "figurejson.h"
#include "selection.h"
#include "winprobability.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ArchBoard::Cli {

namespace {

struct RankOptions
{
    QString tier;
    QString format;
    QString draws;
    QString seed;
    QString band;
};

QString nameOf(const Workspace &ws, const QString &candidate)
{
    for (const Candidate &c : ws.candidates) {
        if (c.id == candidate)
            return c.name;
    }
    return candidate;
}

void printTier(const Workspace &ws, const SlaTier &tier, const TierResult &t, const TierWinProbability &win)
{
    out() << Text::tr("Tier %1: %2").arg(tier.id, tier.name) << "\n";
    out() << QStringLiteral("  %1 %2 %3 %4\n").arg(QStringLiteral("#"), 3).arg(Text::tr("candidate"), -20).arg(Text::tr("score"), 8).arg(Text::tr("wins (± s.e.)"), 18);
    for (const CandidateScore &s : t.ranking) {
        double p = 0, se = 0;
        for (const CandidateWinChance &c : win.candidates) {
            if (c.candidate == s.candidate) {
                p = c.probability;
                se = c.standardError;
            }
        }
        out() << QStringLiteral("  %1 %2 %3 %4\n")
                     .arg(s.knockedOut ? QStringLiteral("✕") : QString::number(s.rank), 3)
                     .arg(nameOf(ws, s.candidate).left(20), -20)
                     .arg(QString::number(s.score * 100.0, 'f', 1), 8)
                     .arg(QStringLiteral("%1 ± %2").arg(Selection::percentText(p), QString::number(se * 100.0, 'f', 1)), 18);
    }
    out() << "  " << Text::tr("Verdict: %1").arg(Selection::stabilityKey(t.stability));
    if (t.minDistancePp)
        out() << Text::tr(" (nearest flip %1 pp)").arg(QString::number(*t.minDistancePp, 'f', 1));
    out() << "\n  " << Text::tr("How sure: %1").arg(Selection::describeWinChances(win, [&](const QString &id) { return nameOf(ws, id); })) << "\n";
    const AhpResult ahp = Selection::ahp(ws, tier.id);
    if (!ahp.criteria.isEmpty()) {
        if (!ahp.complete()) {
            out() << "  " << Text::tr("AHP: incomplete, missing %1").arg(ahp.missingPairs.join(QStringLiteral(", "))) << "\n";
        } else {
            QStringList weights;
            for (qsizetype i = 0; i < ahp.criteria.size(); ++i)
                weights << QStringLiteral("%1 %2 %").arg(ahp.criteria.at(i), QString::number(ahp.weights[size_t(i)] * 100.0, 'f', 1));
            out() << "  " << Text::tr("AHP weights: %1; consistency ratio %2 (%3)")
                                 .arg(weights.join(QStringLiteral(", ")), QString::number(ahp.consistencyRatio, 'f', 3),
                                      ahp.consistent() ? Text::tr("consistent") : Text::tr("inconsistent: above 0.10"))
                  << "\n";
        }
    }
    out() << "\n";
}

int cmdRank(const QStringList &args, const RankOptions &opt)
{
    if (args.size() != 1)
        return usageError(Text::tr("rank needs exactly one argument: WS"));
    if (opt.format != u"json" && opt.format != u"table")
        return usageError(Text::tr("rank --format must be json or table"));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    auto number = [](const QString &value, const char *name, double min, double max, double fallback, double *outValue) {
        bool ok = true;
        *outValue = value.isEmpty() ? fallback : value.toDouble(&ok);
        if (ok && *outValue >= min && *outValue <= max)
            return true;
        err() << "archboard-cli: " << Text::tr("--%1 %2: expected a number from %3 to %4").arg(QLatin1StringView(name), value).arg(min).arg(max) << "\n";
        return false;
    };
    double draws = 0, seed = 0, band = 0;
    if (!number(opt.draws, "draws", 100, 1000000, ws->info.winDraws, &draws) || !number(opt.seed, "seed", 0, 2147483647, ws->info.winSeed, &seed)
        || !number(opt.band, "weight-band", 0, 50, ws->info.weightBandPp, &band))
        return BadInput;
    if (!opt.tier.isEmpty() && std::none_of(ws->tiers.begin(), ws->tiers.end(), [&](const SlaTier &t) { return t.id == opt.tier; })) {
        err() << "archboard-cli: " << Text::tr("--tier: there is no SLA tier “%1”").arg(opt.tier) << "\n";
        return BadInput;
    }
    const SelectionResult result = Selection::compute(*ws);
    const WinProbabilities win = Selection::winProbabilities(*ws, int(draws), quint64(seed), band);
    QJsonArray tiers;
    if (opt.format == u"table")
        out() << Text::tr("Win probabilities: %1 draws, seed %2, weights ± %3 pp (Dirichlet), %4 rated cells resampled, %5 measurements drawn from their ranges")
                     .arg(win.draws).arg(win.seed).arg(win.weightBandPp).arg(win.resampledCells).arg(win.rangedMeasurements)
              << "\n\n";
    for (size_t i = 0; i < ws->tiers.size(); ++i) {
        const TierResult &t = result.tiers[i];
        if (!opt.tier.isEmpty() && t.tier != opt.tier)
            continue;
        if (opt.format == u"table") {
            printTier(*ws, ws->tiers[i], t, win.tiers[i]);
            continue;
        }
        QJsonArray ranking;
        for (const CandidateScore &s : t.ranking)
            ranking.append(QJsonObject{{QStringLiteral("rank"), s.rank},
                                       {QStringLiteral("candidate"), s.candidate},
                                       {QStringLiteral("name"), nameOf(*ws, s.candidate)},
                                       {QStringLiteral("score"), s.score},
                                       {QStringLiteral("knocked_out"), s.knockedOut},
                                       {QStringLiteral("win_probability"), win.tiers[i].probabilityOf(s.candidate)}});
        tiers.append(QJsonObject{{QStringLiteral("tier"), t.tier},
                                 {QStringLiteral("name"), ws->tiers[i].name},
                                 {QStringLiteral("winner"), t.winner.isEmpty() ? QJsonValue() : QJsonValue(t.winner)},
                                 {QStringLiteral("stability"), Selection::stabilityKey(t.stability)},
                                 {QStringLiteral("ranking"), ranking},
                                 {QStringLiteral("win_probability"), winProbabilityJson(win.tiers[i], win)},
                                 {QStringLiteral("ahp"), ahpJson(Selection::ahp(*ws, t.tier))}});
    }
    if (opt.format == u"json")
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("draws"), win.draws},
                                           {QStringLiteral("seed"), QString::number(win.seed)},
                                           {QStringLiteral("weight_band_pp"), win.weightBandPp},
                                           {QStringLiteral("tiers"), tiers}}));
    return Ok;
}

} // namespace

Command rankCommand()
{
    return {"rank",
            QT_TRANSLATE_NOOP("cli", "  rank WS              each tier's ranking with its win probabilities and AHP weights (--tier ID,\n"
                                     "                       --draws N, --seed N, --weight-band PP, --format json|table)"),
            [] {
                return QList<QCommandLineOption>{
                    formatOption(),
                    tierOption(),
                    QCommandLineOption(QStringLiteral("draws"), Text::tr("rank: Monte Carlo draws (default: the workspace's, 10 000)."), QStringLiteral("n")),
                    seedOption(),
                    QCommandLineOption(QStringLiteral("weight-band"),
                                       Text::tr("rank: σ of each tier's largest weight share in percentage points (default: the workspace's, 5)."),
                                       QStringLiteral("pp"))};
            },
            [](const QCommandLineParser &parser, const QStringList &args) {
                RankOptions opt;
                opt.tier = parser.value(QStringLiteral("tier"));
                opt.format = valueOr(parser, QStringLiteral("format"), QStringLiteral("table"));
                opt.draws = parser.value(QStringLiteral("draws"));
                opt.seed = parser.value(QStringLiteral("seed"));
                opt.band = parser.value(QStringLiteral("weight-band"));
                return cmdRank(args, opt);
            }};
}

} // namespace ArchBoard::Cli
