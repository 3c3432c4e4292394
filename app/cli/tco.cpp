#include "command.h"

#include "figurejson.h"
#include "tco.h"
#include "tcocsv.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace ArchBoard::Cli {

namespace {

QString csvNumber(double v)
{
    return QString::number(std::round(v * 100.0) / 100.0, 'f', 2);
}

struct TcoOptions
{
    QString scenario;
    QStringList sets;
    QString format;
    bool listParameters = false;
    QString sensitivityPct;
    QString runs;
    QString seed;
};

/// The scenario by id, then by name; default the baseline, else the first.
const TcoScenario *findScenario(const Workspace &ws, const QString &option)
{
    const TcoScenario *scenario = nullptr;
    const QString wanted = option.isEmpty() ? Tco::baselineScenario(ws) : option;
    for (const TcoScenario &sc : ws.scenarios) {
        if (sc.id == wanted) {
            scenario = &sc;
            break;
        }
    }
    for (const TcoScenario &sc : ws.scenarios) {
        if (!scenario && !option.isEmpty() && sc.name == option)
            scenario = &sc;
    }
    if (!scenario) {
        QStringList ids;
        for (const TcoScenario &sc : ws.scenarios)
            ids << sc.id;
        err() << "archboard-cli: " << Text::tr("--scenario: there is no scenario “%1” (the workspace has %2)").arg(option, ids.join(QStringLiteral(", "))) << "\n";
    }
    return scenario;
}

/// Applies the --set overrides to \a in; \a overrides lists them as given, \a overridden the parameters.
bool applySets(const QStringList &sets, const Workspace &ws, TcoInput *in, QJsonArray *overrides, QStringList *overridden)
{
    for (const QString &set : sets) {
        const qsizetype eq = set.indexOf(u'=');
        if (eq <= 0) {
            err() << "archboard-cli: " << Text::tr("--set %1: expected PARAM=VALUE").arg(set) << "\n";
            return false;
        }
        QString error;
        if (!Tco::set(in, ws, set.left(eq).trimmed(), set.mid(eq + 1), &error)) {
            err() << "archboard-cli: --set " << set << ": " << error << "\n";
            return false;
        }
        overrides->append(set);
        if (!overridden->contains(set.left(eq).trimmed()))
            *overridden << set.left(eq).trimmed();
    }
    return true;
}

bool numberOption(const QString &value, const char *name, double min, double max, double fallback, double *outValue)
{
    if (value.isEmpty()) {
        *outValue = fallback;
        return true;
    }
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok || v < min || v > max) {
        err() << "archboard-cli: " << Text::tr("--%1 %2: expected a number from %3 to %4").arg(QLatin1StringView(name), value).arg(min).arg(max) << "\n";
        return false;
    }
    *outValue = v;
    return true;
}

/// --list-parameters
void printParameters(const TcoInput &in, const Workspace &ws, const QString &format)
{
    const std::vector<TcoParameter> params = Tco::parameters(in, ws);
    if (format == u"json") {
        QJsonArray a;
        for (const TcoParameter &p : params)
            a.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("unit"), p.unit},
                                 {QStringLiteral("value"), p.isBool ? QJsonValue(p.value != 0) : p.isText ? QJsonValue(p.textValue)
                                                           : p.missing ? QJsonValue() : QJsonValue(p.value)},
                                 {QStringLiteral("description"), p.description}});
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("scenario"), in.scenario.id}, {QStringLiteral("parameters"), a}}));
    } else if (format == u"csv") {
        out() << "name,unit,value,description\n";
        for (const TcoParameter &p : params)
            out() << csvField(p.name) << ',' << csvField(p.unit) << ','
                  << csvField(p.isText || p.isBool ? p.textValue : p.missing ? QString() : QString::number(p.value, 'g', 12)) << ',' << csvField(p.description) << "\n";
    } else {
        out() << Text::tr("Parameters of scenario %1 (set with --set NAME=VALUE):").arg(in.scenario.id) << "\n\n";
        for (const TcoParameter &p : params) {
            const QString value = p.isText || p.isBool ? p.textValue : p.missing ? QStringLiteral("—") : QString::number(p.value, 'g', 12);
            out() << QStringLiteral("  %1 %2 %3  %4\n").arg(p.name, -34).arg(value, 14).arg(p.unit, -14).arg(p.description);
        }
    }
}

/// The table format's first part: the scenario, the lines per language and the totals.
void printCostTable(const TcoInput &in, const Workspace &ws, const TcoAnalysis &analysis, const QStringList &sets)
{
    const TcoResult &result = analysis.result;
    const std::optional<double> baselineTotal = analysis.baselineTotal;
    out() << Text::tr("Scenario %1: %2").arg(result.scenario, result.scenarioName) << "\n";
    out() << Text::tr("Provider %1, free tier %2, horizon %3 years").arg(result.provider.isEmpty() ? Text::tr("none") : result.provider,
                                                                  in.scenario.freeTier ? Text::tr("applied") : Text::tr("not applied"))
                 .arg(result.horizonYears) << "\n";
    if (!sets.isEmpty())
        out() << Text::tr("Overrides (not saved): %1").arg(sets.join(QStringLiteral(", "))) << "\n";
    if (!result.refused.isEmpty())
        out() << Text::tr("Not deployable: %1").arg(result.refused) << "\n";
    for (const QString &limit : result.limits) {
        if (limit != result.refused)
            out() << Text::tr("Provider limit: %1").arg(limit) << "\n";
    }
    out() << "\n" << QStringLiteral("%1 %2").arg(Text::tr("language"), -16).arg(Text::tr("functions"), 10);
    // The column heads are the engine's line names, cut to the column.
    for (const QString &h : Tco::lineNames())
        out() << QStringLiteral(" %1").arg(h.left(12), 12);
    out() << QStringLiteral(" %1").arg(Text::tr("total/year"), 12) << "\n";
    for (const TcoLanguageResult &l : result.languages) {
        out() << QStringLiteral("%1 %2").arg(l.name.left(16), -16).arg(l.functions, 10);
        for (const TcoLineValue &v : Tco::lines(l))
            out() << QStringLiteral(" %1").arg(csvNumber(v.usd), 12);
        out() << QStringLiteral(" %1").arg(csvNumber(l.totalAnnualUsd), 12) << "\n";
    }
    for (const auto &[name, figure] : result.shared)
        out() << QStringLiteral("%1 %2 %3\n").arg(name.left(16), -16).arg(QString(), 10 + 13 * 8).arg(csvNumber(figure.usd), 12);
    out() << "\n" << Text::tr("Total per year: %1").arg(Tco::usd(result.totalAnnualUsd));
    if (in.scenario.id == Tco::baselineScenario(ws) && sets.isEmpty())
        out() << Text::tr(" (the baseline)");
    else if (baselineTotal)
        out() << Text::tr(" (%1%2 against the baseline)").arg(result.totalAnnualUsd >= *baselineTotal ? QStringLiteral("+") : QString(),
                                                       Tco::usd(result.totalAnnualUsd - *baselineTotal));
    out() << "\n" << Text::tr("Monthly after free tiers: compute %1, requests %2").arg(Tco::usd(result.monthlyComputeUsd), Tco::usd(result.monthlyRequestsUsd)) << "\n";
    QStringList cumulative;
    for (size_t y = 0; y < result.cumulativeUsd.size(); ++y)
        cumulative << Text::tr("year %1: %2").arg(y + 1).arg(Tco::usd(result.cumulativeUsd[y]));
    out() << Text::tr("Cumulative: %1").arg(cumulative.join(QStringLiteral("; "))) << "\n";
}

/// The table format's second part: uncertainty, cold starts, sensitivity and notes.
void printRisks(const TcoAnalysis &analysis, double pct)
{
    const TcoResult &result = analysis.result;
    const std::vector<TcoSensitivity> &sensitivity = analysis.sensitivity;
    const TcoUncertainty &uncertainty = analysis.uncertainty;
    out() << Text::tr("Uncertainty (%1 runs, seed %2, distributions on %3): P10 %4, P50 %5, P90 %6")
                 .arg(uncertainty.runs).arg(uncertainty.seed)
                 .arg(uncertainty.parameters.isEmpty() ? Text::tr("no input") : uncertainty.parameters.join(QStringLiteral(", ")),
                      Tco::usd(uncertainty.p10), Tco::usd(uncertainty.p50), Tco::usd(uncertainty.p90)) << "\n";
    for (const TcoDriver &d : uncertainty.drivers)
        out() << "  " << Text::tr("%1 (%2): %3 % of the spread").arg(d.parameter, d.distribution, QString::number(d.varianceSharePct, 'f', 1)) << "\n";
    for (const QString &skipped : uncertainty.skipped)
        out() << "  " << Text::tr("not used: %1").arg(skipped) << "\n";
    out() << "\n" << Text::tr("Cold starts (latency):") << "\n";
    for (const TcoLanguageResult &l : result.languages) {
        if (!l.coldStartMs) {
            out() << "  " << Text::tr("%1: no cold-start figure").arg(l.name) << "\n";
            continue;
        }
        out() << "  " << Text::tr("%1: %2 ms ± %3, first byte %4 ms, %5 cold starts/month, +%6 ms per invocation on average")
                             .arg(l.name, QString::number(*l.coldStartMs), l.coldStartSigmaMs ? QString::number(*l.coldStartSigmaMs) : QStringLiteral("—"),
                                  l.firstByteMs ? QString::number(*l.firstByteMs) : QStringLiteral("—"), QString::number(l.coldStartsPerMonth, 'f', 0),
                                  QString::number(l.meanAddedLatencyMs.value_or(0), 'f', 2)) << "\n";
    }
    out() << "\n" << Text::tr("Sensitivity (each input ±%1 %, largest effect first):").arg(pct) << "\n";
    for (size_t i = 0; i < sensitivity.size() && i < 10; ++i) {
        const TcoSensitivity &s = sensitivity[i];
        out() << QStringLiteral("  %1 %2 → %3   %4 → %5\n").arg(s.parameter, -34).arg(QString::number(s.lowValue, 'g', 8), 12)
                     .arg(csvNumber(s.lowUsd), 12).arg(QString::number(s.highValue, 'g', 8), 12).arg(csvNumber(s.highUsd), 12);
    }
    if (!result.notes.isEmpty()) {
        out() << "\n";
        for (const QString &n : result.notes)
            out() << Text::tr("note: %1").arg(n) << "\n";
    }
}

int cmdTco(const QStringList &args, const TcoOptions &opt)
{
    if (args.size() != 1)
        return usageError(Text::tr("tco needs exactly one argument: WS"));
    if (opt.format != u"json" && opt.format != u"table" && opt.format != u"csv")
        return usageError(Text::tr("tco --format must be json, table or csv"));
    std::unique_ptr<Workspace> ws = loadOrReport(args.at(0));
    if (!ws)
        return BadInput;
    if (ws->scenarios.empty()) {
        err() << "archboard-cli: " << Text::tr("%1 has no TCO scenario").arg(args.at(0)) << "\n";
        return BadInput;
    }
    const TcoScenario *scenario = findScenario(*ws, opt.scenario);
    if (!scenario)
        return BadInput;
    std::optional<TcoInput> in = Tco::input(*ws, scenario->id);
    QJsonArray overrides;
    QStringList overridden;
    if (!applySets(opt.sets, *ws, &*in, &overrides, &overridden))
        return BadInput;
    double pct = 0, runs = 0, seed = 0;
    if (!numberOption(opt.sensitivityPct, "sensitivity", 0.1, 100, in->scenario.sensitivityPct, &pct)
        || !numberOption(opt.runs, "runs", 100, 1000000, in->scenario.monteCarloRuns, &runs)
        || !numberOption(opt.seed, "seed", 0, 2147483647, in->scenario.monteCarloSeed, &seed))
        return BadInput;

    if (opt.listParameters) {
        printParameters(*in, *ws, opt.format);
        return Ok;
    }

    const TcoAnalysis analysis = Tco::analyse(*in, pct, int(runs), quint64(seed), Tco::baselineTotal(*ws), overridden);
    if (opt.format == u"json") {
        QJsonObject o = tcoResultJson(*in, analysis.result, analysis.sensitivity, analysis.uncertainty, analysis.baselineTotal);
        o.insert(QStringLiteral("overrides"), overrides);
        printJson(QJsonDocument(o));
        return Ok;
    }
    if (opt.format == u"csv") {
        // The same bytes as the cost-model page's Export CSV (one writer).
        const QByteArray bytes = Tco::csv(analysis, *ws);
        out().flush();
        if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()) || std::fflush(stdout) != 0) {
            err() << "archboard-cli: " << Text::tr("cannot write the CSV to the standard output") << "\n";
            return BadInput;
        }
        return Ok;
    }
    // table
    printCostTable(*in, *ws, analysis, opt.sets);
    printRisks(analysis, pct);
    return Ok;
}

} // namespace

Command tcoCommand()
{
    return {"tco",
            QT_TRANSLATE_NOOP("cli", "  tco WS               annual cost of a FaaS scenario (--scenario ID, --set PARAM=VALUE..., --format json|table|csv,\n"
                                     "                       --list-parameters, --sensitivity PCT, --runs N, --seed N)"),
            [] {
                return QList<QCommandLineOption>{
                    formatOption(),
                    QCommandLineOption(QStringLiteral("scenario"), Text::tr("tco: the scenario (id or name); default the baseline."), QStringLiteral("id")),
                    QCommandLineOption(QStringLiteral("set"), Text::tr("tco: override a parameter for this run (repeatable); nothing is saved."),
                                       QStringLiteral("param=value")),
                    QCommandLineOption(QStringLiteral("list-parameters"), Text::tr("tco: list the parameters with units and current values.")),
                    QCommandLineOption(QStringLiteral("sensitivity"), Text::tr("tco: move each input by ± this % (default: the scenario's, 20)."),
                                       QStringLiteral("pct")),
                    QCommandLineOption(QStringLiteral("runs"), Text::tr("tco: Monte Carlo runs (default: the scenario's)."), QStringLiteral("n")),
                    seedOption()};
            },
            [](const QCommandLineParser &parser, const QStringList &args) {
                TcoOptions opt;
                opt.scenario = parser.value(QStringLiteral("scenario"));
                opt.sets = parser.values(QStringLiteral("set"));
                opt.format = valueOr(parser, QStringLiteral("format"), QStringLiteral("table"));
                opt.listParameters = parser.isSet(QStringLiteral("list-parameters"));
                opt.sensitivityPct = parser.value(QStringLiteral("sensitivity"));
                opt.runs = parser.value(QStringLiteral("runs"));
                opt.seed = parser.value(QStringLiteral("seed"));
                return cmdTco(args, opt);
            }};
}

} // namespace ArchBoard::Cli
