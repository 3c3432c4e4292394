#include "tco.h"

#include "tconumber.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ArchBoard::Tco {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Tco)
};

const QString kFunctions = QStringLiteral("functions.");
const QString kFactor = QStringLiteral("language_factor.");
const QString kColdStart = QStringLiteral("cold_start_ms.");
const QString kArtifact = QStringLiteral("artifact_mb.");
const QString kMsPerMb = QStringLiteral("cold_start_ms_per_mb.");
const QString kMonitoring = QStringLiteral("monitoring_person_days.");

struct ScalarParam
{
    const char *name;
    const char *unit;
    const char *description;
    bool integer;
};

// Scenario and provider inputs, in the order --list-parameters shows them.
const ScalarParam kScalars[] = {
    {"memory_mb", "MB", QT_TRANSLATE_NOOP("Tco", "Memory per function"), true},
    {"duration_ms", "ms", QT_TRANSLATE_NOOP("Tco", "Mean duration of an invocation"), false},
    {"invocations_per_month", "per function", QT_TRANSLATE_NOOP("Tco", "Invocations per month of each function"), false},
    {"cold_start_pct", "%", QT_TRANSLATE_NOOP("Tco", "Share of invocations that start cold"), false},
    {"horizon_years", "years", QT_TRANSLATE_NOOP("Tco", "Horizon; one-offs are spread over it"), true},
    {"base_platform_cost_usd", "USD/year", QT_TRANSLATE_NOOP("Tco", "Platform overhead at the normalisation point (seed: 12 000)"), false},
    {"normalisation_functions", "functions", QT_TRANSLATE_NOOP("Tco", "Functions at which the base platform cost applies (seed: 50)"), false},
    {"ci_builds_per_month", "builds", QT_TRANSLATE_NOOP("Tco", "CI builds per month"), false},
    {"ci_minutes_per_build", "min", QT_TRANSLATE_NOOP("Tco", "CI minutes per build"), false},
    {"ci_price_per_minute_usd", "USD", QT_TRANSLATE_NOOP("Tco", "CI price per build minute"), false},
    {"ci_extra_pipeline_pct", "%", QT_TRANSLATE_NOOP("Tco", "Extra CI time per additional language pipeline (seed: 37)"), false},
    {"storage_price_per_gb_month_usd", "USD/GB-month", QT_TRANSLATE_NOOP("Tco", "Artifact storage price (where the artifacts are kept)"), false},
    {"day_rate_usd", "USD/person-day", QT_TRANSLATE_NOOP("Tco", "Day rate for the monitoring migration"), false},
    {"team_size", "people", QT_TRANSLATE_NOOP("Tco", "People who migrate monitoring per language (the person-days are per person)"), true},
    {"price_per_gb_second", "USD", QT_TRANSLATE_NOOP("Tco", "Provider: price per GB-second"), false},
    {"price_per_vcpu_second", "USD", QT_TRANSLATE_NOOP("Tco", "Provider: price per vCPU-second"), false},
    {"price_per_million_requests", "USD", QT_TRANSLATE_NOOP("Tco", "Provider: price per million requests"), false},
    {"free_gb_seconds_per_month", "GB-s", QT_TRANSLATE_NOOP("Tco", "Provider: free GB-seconds per month and account"), false},
    {"free_vcpu_seconds_per_month", "vCPU-s", QT_TRANSLATE_NOOP("Tco", "Provider: free vCPU-seconds per month and account"), false},
    {"free_requests_per_month", "requests", QT_TRANSLATE_NOOP("Tco", "Provider: free requests per month and account"), false},
};

struct LanguageParam
{
    const QString *prefix;
    const char *unit;
    const char *description;
    bool integer;
};

const LanguageParam kLanguageParams[] = {
    {&kFunctions, "functions", QT_TRANSLATE_NOOP("Tco", "Functions written in %1"), true},
    {&kFactor, "×", QT_TRANSLATE_NOOP("Tco", "Platform-overhead factor of %1"), false},
    {&kColdStart, "ms", QT_TRANSLATE_NOOP("Tco", "Cold-start mean of %1"), false},
    {&kArtifact, "MB", QT_TRANSLATE_NOOP("Tco", "Deployment artifact of %1"), false},
    {&kMsPerMb, "ms/MB", QT_TRANSLATE_NOOP("Tco", "Cold start per artifact MB of %1"), false},
    {&kMonitoring, "person-days per person", QT_TRANSLATE_NOOP("Tco", "Monitoring migration of %1, per person"), false},
};

double *scalar(TcoInput &in, const QString &name)
{
    TcoScenario &s = in.scenario;
    static const QHash<QString, double TcoScenario::*> reals = {
        {QStringLiteral("duration_ms"), &TcoScenario::durationMs},
        {QStringLiteral("invocations_per_month"), &TcoScenario::invocationsPerMonth},
        {QStringLiteral("cold_start_pct"), &TcoScenario::coldStartPct},
        {QStringLiteral("base_platform_cost_usd"), &TcoScenario::basePlatformCostUsd},
        {QStringLiteral("normalisation_functions"), &TcoScenario::normalisationFunctions},
        {QStringLiteral("ci_builds_per_month"), &TcoScenario::ciBuildsPerMonth},
        {QStringLiteral("ci_minutes_per_build"), &TcoScenario::ciMinutesPerBuild},
        {QStringLiteral("ci_price_per_minute_usd"), &TcoScenario::ciPricePerMinuteUsd},
        {QStringLiteral("ci_extra_pipeline_pct"), &TcoScenario::ciExtraPipelinePct},
        {QStringLiteral("storage_price_per_gb_month_usd"), &TcoScenario::storagePricePerGbMonthUsd},
        {QStringLiteral("day_rate_usd"), &TcoScenario::dayRateUsd},
    };
    if (const auto it = reals.constFind(name); it != reals.cend())
        return &(s.*(it.value()));
    if (!in.provider)
        return nullptr;
    static const QHash<QString, double FaasProvider::*> prices = {
        {QStringLiteral("price_per_gb_second"), &FaasProvider::pricePerGbSecond},
        {QStringLiteral("price_per_vcpu_second"), &FaasProvider::pricePerVcpuSecond},
        {QStringLiteral("price_per_million_requests"), &FaasProvider::pricePerMillionRequests},
        {QStringLiteral("free_gb_seconds_per_month"), &FaasProvider::freeGbSecondsPerMonth},
        {QStringLiteral("free_vcpu_seconds_per_month"), &FaasProvider::freeVcpuSecondsPerMonth},
        {QStringLiteral("free_requests_per_month"), &FaasProvider::freeRequestsPerMonth},
    };
    if (const auto it = prices.constFind(name); it != prices.cend())
        return &((*in.provider).*(it.value()));
    return nullptr;
}

TcoLanguageInput languageInput(const Workspace &ws, const QString &language)
{
    TcoLanguageInput l;
    l.language = language;
    l.name = language;
    for (const Candidate &c : ws.candidates) {
        if (c.id == language)
            l.name = c.name;
    }
    for (const LanguageProfile &p : ws.languageProfiles) {
        if (p.language != language)
            continue;
        l.languageFactor = p.languageFactor;
        l.factorIsEstimate = p.factorIsEstimate;
        l.coldStartMeanMs = p.coldStartMeanMs;
        l.coldStartSigmaMs = p.coldStartSigmaMs;
        l.firstByteMs = p.firstByteMs;
        l.artifactMb = p.artifactMb;
        l.coldStartMsPerMb = p.coldStartMsPerMb;
        l.monitoringPersonDays = p.monitoringPersonDays;
    }
    return l;
}

bool isCandidate(const Workspace &ws, const QString &id)
{
    return std::any_of(ws.candidates.begin(), ws.candidates.end(), [&](const Candidate &c) { return c.id == id; });
}

} // namespace

std::optional<TcoInput> input(const Workspace &ws, const QString &scenario)
{
    const auto it = std::find_if(ws.scenarios.begin(), ws.scenarios.end(), [&](const TcoScenario &s) { return s.id == scenario; });
    if (it == ws.scenarios.end())
        return std::nullopt;
    TcoInput in;
    in.scenario = *it;
    for (const FaasProvider &p : ws.providers) {
        if (p.id == it->provider)
            in.provider = p;
    }
    for (const ScenarioFunctions &f : ws.scenarioFunctions) {
        if (f.scenario != scenario)
            continue;
        TcoLanguageInput l = languageInput(ws, f.language);
        l.functions = f.functions;
        in.languages.push_back(l);
    }
    for (const CostLine &c : ws.costLines) {
        if (c.scenario == scenario)
            in.costLines.push_back(c);
    }
    for (const TcoRange &r : ws.tcoRanges) {
        if (r.scenario != scenario)
            continue;
        in.ranges.push_back(r);
        if (const std::optional<double> v = number(in, r.parameter))
            in.rangeBase.insert(r.parameter, *v);
    }
    return in;
}

bool isParameter(const QString &name)
{
    if (name == u"provider" || name == u"free_tier")
        return true;
    for (const ScalarParam &p : kScalars) {
        if (name == QLatin1StringView(p.name))
            return true;
    }
    for (const LanguageParam &p : kLanguageParams) {
        if (name.startsWith(*p.prefix) && name.size() > p.prefix->size())
            return true;
    }
    return false;
}

std::vector<TcoParameter> parameters(const TcoInput &in, const Workspace &ws)
{
    std::vector<TcoParameter> out;
    TcoParameter provider;
    provider.name = QStringLiteral("provider");
    provider.isText = true;
    provider.textValue = in.provider ? in.provider->id : QString();
    QStringList ids;
    for (const FaasProvider &p : ws.providers)
        ids << p.id;
    provider.description = Text::tr("FaaS provider preset: %1").arg(ids.join(QStringLiteral(", ")));
    out.push_back(provider);
    TcoParameter freeTier;
    freeTier.name = QStringLiteral("free_tier");
    freeTier.isBool = true;
    freeTier.value = in.scenario.freeTier ? 1 : 0;
    freeTier.textValue = in.scenario.freeTier ? QStringLiteral("true") : QStringLiteral("false");
    freeTier.description = Text::tr("Apply the provider's monthly free tier (once per account)");
    out.push_back(freeTier);
    for (const ScalarParam &p : kScalars) {
        TcoParameter t;
        t.name = QString::fromLatin1(p.name);
        t.unit = QString::fromUtf8(p.unit);
        t.description = Text::tr(p.description);
        t.integer = p.integer;
        const std::optional<double> v = number(in, t.name);
        if (!v)
            continue; // provider prices without a provider
        t.value = *v;
        out.push_back(t);
    }
    // Every language of the scenario, then the other candidates (functions only).
    QStringList languages;
    for (const TcoLanguageInput &l : in.languages)
        languages << l.language;
    for (const Candidate &c : ws.candidates) {
        if (!languages.contains(c.id))
            languages << c.id;
    }
    for (const QString &language : languages) {
        const bool inScenario = std::any_of(in.languages.begin(), in.languages.end(),
                                            [&](const TcoLanguageInput &l) { return l.language == language; });
        QString name = language;
        for (const Candidate &c : ws.candidates) {
            if (c.id == language)
                name = c.name;
        }
        for (const LanguageParam &p : kLanguageParams) {
            TcoParameter t;
            t.name = *p.prefix + language;
            if (!inScenario && p.prefix != &kFunctions)
                continue;
            const std::optional<double> v = number(in, t.name);
            t.missing = !v && p.prefix != &kFunctions; // a missing figure: set it to use it
            t.value = v.value_or(0.0);
            t.unit = QString::fromUtf8(p.unit);
            t.description = Text::tr(p.description).arg(name);
            t.integer = p.integer;
            out.push_back(t);
        }
    }
    return out;
}

std::optional<double> number(const TcoInput &in, const QString &name)
{
    if (name == u"memory_mb")
        return in.scenario.memoryMb;
    if (name == u"horizon_years")
        return in.scenario.horizonYears;
    if (name == u"team_size")
        return in.scenario.teamSize;
    if (name == u"free_tier")
        return in.scenario.freeTier ? 1.0 : 0.0;
    if (const double *v = scalar(const_cast<TcoInput &>(in), name))
        return *v;
    for (const LanguageParam &p : kLanguageParams) {
        if (!name.startsWith(*p.prefix))
            continue;
        const QString language = name.mid(p.prefix->size());
        for (const TcoLanguageInput &l : in.languages) {
            if (l.language != language)
                continue;
            if (p.prefix == &kFunctions)
                return l.functions;
            if (p.prefix == &kFactor)
                return l.languageFactor;
            if (p.prefix == &kColdStart)
                return l.coldStartMeanMs;
            if (p.prefix == &kArtifact)
                return l.artifactMb;
            if (p.prefix == &kMsPerMb)
                return l.coldStartMsPerMb;
            if (p.prefix == &kMonitoring)
                return l.monitoringPersonDays;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

bool setNumber(TcoInput *in, const Workspace &ws, const QString &name, double value, QString *error)
{
    if (!std::isfinite(value)) {
        *error = Text::tr("%1: the value must be a finite number").arg(name);
        return false;
    }
    auto atLeast = [&](double min) {
        if (value >= min)
            return true;
        *error = Text::tr("%1: %2 is below the smallest allowed value %3").arg(name, num(value), num(min));
        return false;
    };
    if (name == u"memory_mb") {
        if (value < 128 || value > 32768) {
            *error = Text::tr("memory_mb: %1 is outside 128–32 768 MB").arg(num(value));
            return false;
        }
        in->scenario.memoryMb = int(std::lround(value));
        return true;
    }
    if (name == u"horizon_years") {
        if (value < 1 || value > 30) {
            *error = Text::tr("horizon_years: %1 is outside 1–30 years").arg(num(value));
            return false;
        }
        in->scenario.horizonYears = int(std::lround(value));
        return true;
    }
    if (name == u"team_size") {
        if (value < 0 || value > 100000) {
            *error = Text::tr("team_size: %1 is outside 0–100 000 people").arg(num(value));
            return false;
        }
        in->scenario.teamSize = int(std::lround(value));
        return true;
    }
    if (name == u"free_tier") {
        in->scenario.freeTier = value != 0;
        return true;
    }
    if (name == u"cold_start_pct" && value > 100) {
        *error = Text::tr("cold_start_pct: %1 is more than 100 %").arg(num(value));
        return false;
    }
    if (name == u"normalisation_functions" && value <= 0) {
        *error = Text::tr("normalisation_functions must be more than 0");
        return false;
    }
    if (double *v = scalar(*in, name)) {
        if (!atLeast(0))
            return false;
        *v = value;
        return true;
    }
    for (const LanguageParam &p : kLanguageParams) {
        if (!name.startsWith(*p.prefix) || name.size() == p.prefix->size())
            continue;
        const QString language = name.mid(p.prefix->size());
        auto it = std::find_if(in->languages.begin(), in->languages.end(), [&](const TcoLanguageInput &l) { return l.language == language; });
        if (it == in->languages.end()) {
            if (!isCandidate(ws, language)) {
                *error = Text::tr("%1: there is no candidate (language) “%2”").arg(name, language);
                return false;
            }
            if (p.prefix != &kFunctions) {
                *error = Text::tr("%1: the scenario has no functions in %2; set functions.%2 first").arg(name, language);
                return false;
            }
            in->languages.push_back(languageInput(ws, language));
            it = in->languages.end() - 1;
        }
        if (!atLeast(0))
            return false;
        if (p.prefix == &kFunctions)
            it->functions = std::round(value);
        else if (p.prefix == &kFactor) {
            it->languageFactor = value;
            it->factorIsEstimate = false;
        } else if (p.prefix == &kColdStart)
            it->coldStartMeanMs = value;
        else if (p.prefix == &kArtifact)
            it->artifactMb = value;
        else if (p.prefix == &kMsPerMb)
            it->coldStartMsPerMb = value;
        else if (p.prefix == &kMonitoring)
            it->monitoringPersonDays = value;
        return true;
    }
    if (name == u"provider") {
        *error = Text::tr("provider takes a provider id, not a number");
        return false;
    }
    for (const ScalarParam &p : kScalars) {
        if (name == QLatin1StringView(p.name)) {
            *error = Text::tr("%1: the scenario has no provider to set it on").arg(name);
            return false;
        }
    }
    *error = Text::tr("unknown parameter “%1” (archboard-cli tco --list-parameters lists them)").arg(name);
    return false;
}

bool set(TcoInput *in, const Workspace &ws, const QString &name, const QString &value, QString *error)
{
    const QString v = value.trimmed();
    if (name == u"provider") {
        for (const FaasProvider &p : ws.providers) {
            if (p.id == v) {
                in->provider = p;
                in->scenario.provider = p.id;
                return true;
            }
        }
        QStringList ids;
        for (const FaasProvider &p : ws.providers)
            ids << p.id;
        *error = Text::tr("provider: there is no provider “%1” (the workspace has %2)").arg(v, ids.isEmpty() ? Text::tr("none") : ids.join(QStringLiteral(", ")));
        return false;
    }
    if (name == u"free_tier") {
        const QString lower = v.toLower();
        if (lower == u"true" || lower == u"yes" || lower == u"1" || lower == u"on")
            return setNumber(in, ws, name, 1, error);
        if (lower == u"false" || lower == u"no" || lower == u"0" || lower == u"off")
            return setNumber(in, ws, name, 0, error);
        *error = Text::tr("free_tier: “%1” is not true or false").arg(v);
        return false;
    }
    if (!isParameter(name)) {
        *error = Text::tr("unknown parameter “%1” (archboard-cli tco --list-parameters lists them)").arg(name);
        return false;
    }
    bool ok = false;
    const double number = v.toDouble(&ok);
    if (!ok) {
        *error = Text::tr("%1: “%2” is not a number").arg(name, v);
        return false;
    }
    return setNumber(in, ws, name, number, error);
}

QStringList sensitivityParameters(const TcoInput &in)
{
    QStringList names;
    for (const ScalarParam &p : kScalars) {
        if (QLatin1StringView(p.name) != QLatin1StringView("horizon_years"))
            names << QString::fromLatin1(p.name);
    }
    for (const TcoLanguageInput &l : in.languages) {
        for (const LanguageParam &p : kLanguageParams)
            names << *p.prefix + l.language;
    }
    return names;
}

double clampToParameter(const QString &name, double value)
{
    if (name == u"memory_mb")
        return std::clamp(std::round(value), 128.0, 32768.0);
    if (name == u"horizon_years")
        return std::clamp(std::round(value), 1.0, 30.0);
    if (name == u"cold_start_pct")
        return std::clamp(value, 0.0, 100.0);
    if (name == u"normalisation_functions")
        return std::max(value, 1e-9);
    if (name == u"team_size")
        return std::clamp(value, 0.0, 100000.0);
    return std::max(value, 0.0);
}

} // namespace ArchBoard::Tco
