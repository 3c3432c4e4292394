#include "command.h"

#include "report.h"
#include "tco.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

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
    // The scenario: by id, then by name; default the baseline, else the first.
    const TcoScenario *scenario = nullptr;
    const QString wanted = opt.scenario.isEmpty() ? Tco::baselineScenario(*ws) : opt.scenario;
    for (const TcoScenario &sc : ws->scenarios) {
        if (sc.id == wanted) {
            scenario = &sc;
            break;
        }
    }
    for (const TcoScenario &sc : ws->scenarios) {
        if (!scenario && !opt.scenario.isEmpty() && sc.name == opt.scenario)
            scenario = &sc;
    }
    if (!scenario) {
        QStringList ids;
        for (const TcoScenario &sc : ws->scenarios)
            ids << sc.id;
        err() << "archboard-cli: " << Text::tr("--scenario: there is no scenario “%1” (the workspace has %2)").arg(opt.scenario, ids.join(QStringLiteral(", "))) << "\n";
        return BadInput;
    }
    std::optional<TcoInput> in = Tco::input(*ws, scenario->id);
    QJsonArray overrides;
    for (const QString &set : opt.sets) {
        const qsizetype eq = set.indexOf(u'=');
        if (eq <= 0) {
            err() << "archboard-cli: " << Text::tr("--set %1: expected PARAM=VALUE").arg(set) << "\n";
            return BadInput;
        }
        QString error;
        if (!Tco::set(&*in, *ws, set.left(eq).trimmed(), set.mid(eq + 1), &error)) {
            err() << "archboard-cli: --set " << set << ": " << error << "\n";
            return BadInput;
        }
        overrides.append(set);
    }
    auto numberOption = [&](const QString &value, const char *name, double min, double max, double fallback, double *outValue) {
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
    };
    double pct = 0, runs = 0, seed = 0;
    if (!numberOption(opt.sensitivityPct, "sensitivity", 0.1, 100, in->scenario.sensitivityPct, &pct)
        || !numberOption(opt.runs, "runs", 100, 1000000, in->scenario.monteCarloRuns, &runs)
        || !numberOption(opt.seed, "seed", 0, 2147483647, in->scenario.monteCarloSeed, &seed))
        return BadInput;

    if (opt.listParameters) {
        const std::vector<TcoParameter> params = Tco::parameters(*in, *ws);
        if (opt.format == u"json") {
            QJsonArray a;
            for (const TcoParameter &p : params)
                a.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("unit"), p.unit},
                                     {QStringLiteral("value"), p.isBool ? QJsonValue(p.value != 0) : p.isText ? QJsonValue(p.textValue)
                                                               : p.missing ? QJsonValue() : QJsonValue(p.value)},
                                     {QStringLiteral("description"), p.description}});
            out() << QJsonDocument(QJsonObject{{QStringLiteral("scenario"), in->scenario.id}, {QStringLiteral("parameters"), a}}).toJson(QJsonDocument::Indented);
        } else if (opt.format == u"csv") {
            out() << "name,unit,value,description\n";
            for (const TcoParameter &p : params)
                out() << csvField(p.name) << ',' << csvField(p.unit) << ','
                      << csvField(p.isText || p.isBool ? p.textValue : p.missing ? QString() : QString::number(p.value, 'g', 12)) << ',' << csvField(p.description) << "\n";
        } else {
            out() << Text::tr("Parameters of scenario %1 (set with --set NAME=VALUE):").arg(in->scenario.id) << "\n\n";
            for (const TcoParameter &p : params) {
                const QString value = p.isText || p.isBool ? p.textValue : p.missing ? QStringLiteral("—") : QString::number(p.value, 'g', 12);
                out() << QStringLiteral("  %1 %2 %3  %4\n").arg(p.name, -34).arg(value, 14).arg(p.unit, -14).arg(p.description);
            }
        }
        return Ok;
    }

    const TcoResult result = Tco::compute(*in);
    const std::vector<TcoSensitivity> sensitivity = Tco::sensitivity(*in, pct);
    const TcoUncertainty uncertainty = Tco::uncertainty(*in, int(runs), quint64(seed));
    const std::optional<double> baselineTotal = Tco::baselineTotal(*ws);
    if (opt.format == u"json") {
        QJsonObject o = tcoResultJson(*in, result, sensitivity, uncertainty, baselineTotal);
        o.insert(QStringLiteral("overrides"), overrides);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    struct Column
    {
        const char *key;
        const TcoFigure TcoLanguageResult::*figure;
    };
    const Column columns[] = {{"platform_overhead_usd", &TcoLanguageResult::platformOverhead}, {"compute_usd", &TcoLanguageResult::compute},
                              {"requests_usd", &TcoLanguageResult::requests}, {"cold_start_usd", &TcoLanguageResult::coldStart},
                              {"ci_usd", &TcoLanguageResult::ci}, {"dependency_volume_usd", &TcoLanguageResult::dependencyVolume},
                              {"monitoring_usd", &TcoLanguageResult::monitoring}};
    if (opt.format == u"csv") {
        out() << "language,functions";
        for (const Column &c : columns)
            out() << ',' << c.key;
        out() << ",custom_usd,total_annual_usd\n";
        for (const TcoLanguageResult &l : result.languages) {
            out() << csvField(l.name) << ',' << l.functions;
            for (const Column &c : columns)
                out() << ',' << csvNumber((l.*(c.figure)).usd);
            out() << ',' << csvNumber(l.customUsd()) << ',' << csvNumber(l.totalAnnualUsd) << "\n";
        }
        for (const auto &[name, figure] : result.shared) {
            out() << csvField(name) << ",";
            for (size_t i = 0; i < std::size(columns); ++i)
                out() << ',';
            out() << ',' << csvNumber(figure.usd) << ',' << csvNumber(figure.usd) << "\n";
        }
        out() << "total,";
        for (size_t i = 0; i < std::size(columns) + 1; ++i)
            out() << ',';
        out() << ',' << csvNumber(result.totalAnnualUsd) << "\n";
        return Ok;
    }
    // table
    out() << Text::tr("Scenario %1: %2").arg(result.scenario, result.scenarioName) << "\n";
    out() << Text::tr("Provider %1, free tier %2, horizon %3 years").arg(result.provider.isEmpty() ? Text::tr("none") : result.provider,
                                                                  in->scenario.freeTier ? Text::tr("applied") : Text::tr("not applied"))
                 .arg(result.horizonYears) << "\n";
    if (!overrides.isEmpty())
        out() << Text::tr("Overrides (not saved): %1").arg(opt.sets.join(QStringLiteral(", "))) << "\n";
    out() << "\n" << QStringLiteral("%1 %2").arg(Text::tr("language"), -16).arg(Text::tr("functions"), 10);
    const char *heads[] = {QT_TRANSLATE_NOOP("cli", "platform"), QT_TRANSLATE_NOOP("cli", "compute"),
                           QT_TRANSLATE_NOOP("cli", "requests"), QT_TRANSLATE_NOOP("cli", "cold start"),
                           QT_TRANSLATE_NOOP("cli", "CI"), QT_TRANSLATE_NOOP("cli", "dep. volume"),
                           QT_TRANSLATE_NOOP("cli", "monitoring"), QT_TRANSLATE_NOOP("cli", "custom"),
                           QT_TRANSLATE_NOOP("cli", "total/year")};
    for (const char *h : heads)
        out() << QStringLiteral(" %1").arg(Text::tr(h), 12);
    out() << "\n";
    for (const TcoLanguageResult &l : result.languages) {
        out() << QStringLiteral("%1 %2").arg(l.name.left(16), -16).arg(l.functions, 10);
        for (const Column &c : columns)
            out() << QStringLiteral(" %1").arg(csvNumber((l.*(c.figure)).usd), 12);
        out() << QStringLiteral(" %1 %2").arg(csvNumber(l.customUsd()), 12).arg(csvNumber(l.totalAnnualUsd), 12) << "\n";
    }
    for (const auto &[name, figure] : result.shared)
        out() << QStringLiteral("%1 %2 %3\n").arg(name.left(16), -16).arg(QString(), 10 + 13 * 8).arg(csvNumber(figure.usd), 12);
    out() << "\n" << Text::tr("Total per year: %1").arg(Tco::usd(result.totalAnnualUsd));
    if (in->scenario.id == Tco::baselineScenario(*ws) && overrides.isEmpty())
        out() << Text::tr(" (the baseline)");
    else if (baselineTotal)
        out() << Text::tr(" (%1%2 against the baseline)").arg(result.totalAnnualUsd >= *baselineTotal ? QStringLiteral("+") : QString(),
                                                       Tco::usd(result.totalAnnualUsd - *baselineTotal));
    out() << "\n" << Text::tr("Monthly after free tiers: compute %1, requests %2").arg(Tco::usd(result.monthlyComputeUsd), Tco::usd(result.monthlyRequestsUsd)) << "\n";
    QStringList cumulative;
    for (size_t y = 0; y < result.cumulativeUsd.size(); ++y)
        cumulative << Text::tr("year %1: %2").arg(y + 1).arg(Tco::usd(result.cumulativeUsd[y]));
    out() << Text::tr("Cumulative: %1").arg(cumulative.join(QStringLiteral("; "))) << "\n";
    out() << Text::tr("Uncertainty (%1 runs, seed %2, ranges on %3): P10 %4, P50 %5, P90 %6")
                 .arg(uncertainty.runs).arg(uncertainty.seed)
                 .arg(uncertainty.parameters.isEmpty() ? Text::tr("no input") : uncertainty.parameters.join(QStringLiteral(", ")),
                      Tco::usd(uncertainty.p10), Tco::usd(uncertainty.p50), Tco::usd(uncertainty.p90)) << "\n";
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
                    QCommandLineOption(QStringLiteral("seed"), Text::tr("tco: Monte Carlo seed (default: the scenario's)."), QStringLiteral("n"))};
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
