#include "tco.h"

#include "schema.h"

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

/// A number for formulas: digits grouped by thin spaces, no exponent, trailing zeros dropped.
QString num(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    const double a = std::abs(v);
    int decimals = a >= 100 ? 2 : a >= 1 ? 3 : 10;
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (a < 1 && a > 0) {
        // keep 6 significant digits of small prices
        const int lead = int(std::floor(-std::log10(a)));
        s = QString::number(v, 'f', std::min(12, lead + 6));
        while (s.endsWith(u'0'))
            s.chop(1);
    }
    const qsizetype dot = s.indexOf(u'.');
    qsizetype end = dot < 0 ? s.size() : dot;
    const qsizetype start = s.startsWith(u'-') ? 1 : 0;
    for (qsizetype i = end - 3; i > start; i -= 3)
        s.insert(i, QChar(0x2009));
    return s;
}

double billedMs(double ms, const FaasProvider &p)
{
    const double g = p.billingGranularityMs > 0 ? p.billingGranularityMs : 1.0;
    const double rounded = std::ceil(ms / g - 1e-9) * g;
    return std::max(rounded, p.minimumBilledMs);
}

/// vCPUs the provider allocates to \a memoryMb: the first listed size at or above it.
std::optional<double> vcpuFor(const FaasProvider &p, double memoryMb, QString *problem)
{
    std::vector<std::pair<double, double>> table;
    for (const QString &pair : p.vcpuByMemory.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = pair.split(u':');
        bool okMb = false, okCpu = false;
        const double mb = parts.size() == 2 ? parts[0].trimmed().toDouble(&okMb) : 0;
        const double cpu = parts.size() == 2 ? parts[1].trimmed().toDouble(&okCpu) : 0;
        if (!okMb || !okCpu || mb <= 0 || cpu < 0) {
            *problem = Text::tr("provider %1: “%2” in vCPU by memory is not “MB:vCPU”").arg(p.id, pair.trimmed());
            return std::nullopt;
        }
        table.emplace_back(mb, cpu);
    }
    if (table.empty()) {
        *problem = Text::tr("provider %1 bills vCPU-seconds but lists no vCPU by memory: CPU not priced").arg(p.id);
        return std::nullopt;
    }
    std::sort(table.begin(), table.end());
    for (const auto &[mb, cpu] : table) {
        if (memoryMb <= mb + 1e-9)
            return cpu;
    }
    return table.back().second;
}

struct Usage
{
    double invocations = 0; // per month
    double coldInvocations = 0;
    double runGbs = 0, coldGbs = 0, artifactGbs = 0;
    double runVcpus = 0, coldVcpus = 0, artifactVcpus = 0;
    double billedRunMs = 0, billedColdExtraMs = 0, billedArtifactExtraMs = 0;
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

/// Memory and duration as the provider bills them, after its limits.
struct Billing
{
    double memoryMb = 0;
    double durationMs = 0;
    double gb = 0;   ///< billed GB per invocation
    double vcpu = 0; ///< vCPUs where CPU is billed
};

/// Applies the provider's limits to the scenario (docs/tco.md "Provider
/// limits"): capped values are billed at the limit, refused ones make
/// r.refused say why.
Billing applyLimits(const TcoScenario &s, const FaasProvider &p, TcoResult &r)
{
    Billing b;
    b.memoryMb = s.memoryMb;
    b.durationMs = s.durationMs;
    auto memoryLimit = [&](double limit, bool above) {
        if (p.memoryLimit == LimitAction::Cap) {
            b.memoryMb = limit;
            r.limits << (above ? Text::tr("%1 bills at most %2 MB: the scenario's %3 MB is billed as %2 MB (the provider caps it)")
                               : Text::tr("%1 bills at least %2 MB: the scenario's %3 MB is billed as %2 MB"))
                            .arg(p.name, num(limit), num(s.memoryMb));
        } else {
            r.refused = (above ? Text::tr("%1 refuses %2 MB of memory (its largest is %3 MB): the function cannot be created")
                               : Text::tr("%1 refuses %2 MB of memory (its smallest is %3 MB): the function cannot be created"))
                            .arg(p.name, num(s.memoryMb), num(limit));
            r.limits << r.refused;
        }
    };
    if (p.maxMemoryMb > 0 && s.memoryMb > p.maxMemoryMb)
        memoryLimit(p.maxMemoryMb, true);
    else if (p.minMemoryMb > 0 && s.memoryMb < p.minMemoryMb)
        memoryLimit(p.minMemoryMb, false);
    if (p.maxDurationMs > 0 && s.durationMs > p.maxDurationMs) {
        b.durationMs = p.maxDurationMs;
        r.limits << Text::tr("%1 stops an invocation at %2 ms: the scenario's %3 ms invocations time out and are billed up to %2 ms")
                        .arg(p.name, num(p.maxDurationMs), num(s.durationMs));
    }
    const double gran = p.memoryGranularityMb > 0 ? p.memoryGranularityMb : 1.0;
    b.gb = std::ceil(b.memoryMb / gran - 1e-9) * gran / 1024.0;
    if (p.pricePerVcpuSecond > 0) {
        QString problem;
        if (const std::optional<double> v = vcpuFor(p, b.memoryMb, &problem))
            b.vcpu = *v;
        else
            r.notes << problem;
    }
    r.billedMemoryMb = b.gb * 1024.0;
    r.billedDurationMs = billedMs(b.durationMs, p);
    return b;
}

/// The init time an artifact adds to a cold start (artifact MB × ms/MB), 0 when not known.
double artifactInitMs(const TcoLanguageInput &l)
{
    return l.artifactMb && l.coldStartMsPerMb ? *l.artifactMb * *l.coldStartMsPerMb : 0.0;
}

/// Usage of every language per month, as the provider bills it.
std::vector<Usage> usageOf(const TcoInput &in, const Billing &b, bool priced)
{
    const TcoScenario &s = in.scenario;
    const double coldShare = std::clamp(s.coldStartPct, 0.0, 100.0) / 100.0;
    std::vector<Usage> usage(in.languages.size());
    for (size_t i = 0; i < in.languages.size(); ++i) {
        const TcoLanguageInput &l = in.languages[i];
        Usage &u = usage[i];
        u.invocations = std::max(0.0, l.functions) * s.invocationsPerMonth;
        u.coldInvocations = u.invocations * coldShare;
        if (!priced)
            continue;
        const FaasProvider &p = *in.provider;
        u.billedRunMs = billedMs(b.durationMs, p);
        if (p.billsInitDuration) {
            // Init and run are billed as one duration, rounded once: the
            // runtime's cold start first, then what the artifact adds.
            const double base = l.coldStartMeanMs.value_or(0.0);
            if (l.coldStartMeanMs)
                u.billedColdExtraMs = billedMs(b.durationMs + base, p) - u.billedRunMs;
            if (const double artifact = artifactInitMs(l); artifact > 0)
                u.billedArtifactExtraMs = billedMs(b.durationMs + base + artifact, p) - billedMs(b.durationMs + base, p);
        }
        u.runGbs = u.invocations * u.billedRunMs / 1000.0 * b.gb;
        u.coldGbs = u.coldInvocations * u.billedColdExtraMs / 1000.0 * b.gb;
        u.artifactGbs = u.coldInvocations * u.billedArtifactExtraMs / 1000.0 * b.gb;
        u.runVcpus = u.invocations * u.billedRunMs / 1000.0 * b.vcpu;
        u.coldVcpus = u.coldInvocations * u.billedColdExtraMs / 1000.0 * b.vcpu;
        u.artifactVcpus = u.coldInvocations * u.billedArtifactExtraMs / 1000.0 * b.vcpu;
    }
    return usage;
}

/// The scenario's monthly bill after the account's free tier.
struct Bill
{
    double gbs = 0, vcpus = 0, invocations = 0;
    double freeGbs = 0, freeVcpus = 0, freeRequests = 0;
    double gbCost = 0, vcpuCost = 0, requestCost = 0;
};

Bill billOf(const TcoInput &in, const std::vector<Usage> &usage, bool priced)
{
    Bill bill;
    if (!priced)
        return bill;
    for (const Usage &u : usage) {
        bill.gbs += u.runGbs + u.coldGbs + u.artifactGbs;
        bill.vcpus += u.runVcpus + u.coldVcpus + u.artifactVcpus;
        bill.invocations += u.invocations;
    }
    const FaasProvider &p = *in.provider;
    if (in.scenario.freeTier) {
        bill.freeGbs = p.freeGbSecondsPerMonth;
        bill.freeVcpus = p.freeVcpuSecondsPerMonth;
        bill.freeRequests = p.freeRequestsPerMonth;
    }
    bill.gbCost = std::max(0.0, bill.gbs - bill.freeGbs) * p.pricePerGbSecond;
    bill.vcpuCost = std::max(0.0, bill.vcpus - bill.freeVcpus) * p.pricePerVcpuSecond;
    bill.requestCost = std::max(0.0, bill.invocations - bill.freeRequests) / 1e6 * p.pricePerMillionRequests;
    return bill;
}

void explainMonthly(const TcoInput &in, const Billing &b, const Bill &bill, TcoResult &r)
{
    const FaasProvider &p = *in.provider;
    r.monthlyCompute.usd = r.monthlyComputeUsd;
    r.monthlyCompute.formula = Text::tr("(%1 GB-s − %2 free) × %3 USD/GB-s").arg(num(bill.gbs), num(bill.freeGbs), num(p.pricePerGbSecond));
    if (b.vcpu > 0)
        r.monthlyCompute.formula += Text::tr(" + (%1 vCPU-s − %2 free) × %3 USD/vCPU-s")
                                        .arg(num(bill.vcpus), num(bill.freeVcpus), num(p.pricePerVcpuSecond));
    r.monthlyCompute.formula += Text::tr("; memory billed as %1 MB, duration as %2 ms").arg(num(b.gb * 1024), num(billedMs(b.durationMs, p)));
    r.monthlyRequests.usd = r.monthlyRequestsUsd;
    r.monthlyRequests.formula = Text::tr("(%1 requests − %2 free) / 1 000 000 × %3 USD")
                                    .arg(num(bill.invocations), num(bill.freeRequests), num(p.pricePerMillionRequests));
}

double share(double part, double whole)
{
    return whole > 0 ? part / whole : 0.0;
}

void platformLine(const TcoScenario &s, const TcoLanguageInput &l, bool explain, TcoLanguageResult &out)
{
    const bool used = l.functions > 0;
    if (l.languageFactor) {
        out.platformOverhead.usd = s.normalisationFunctions > 0
            ? s.basePlatformCostUsd * *l.languageFactor * l.functions / s.normalisationFunctions : 0.0;
        if (explain)
            out.platformOverhead.formula = Text::tr("%1 USD × %2 × %3 functions / %4%5")
                                               .arg(num(s.basePlatformCostUsd), num(*l.languageFactor), num(l.functions),
                                                    num(s.normalisationFunctions),
                                                    l.factorIsEstimate ? Text::tr(" (factor is an estimate)") : QString());
        if (used && l.factorIsEstimate)
            out.notes << Text::tr("%1's language factor %2 is an estimate: set it in the language cost profiles").arg(l.name, num(*l.languageFactor));
    } else if (used) {
        out.notes << Text::tr("%1 has no language factor: platform overhead not counted").arg(l.name);
        if (explain)
            out.platformOverhead.formula = Text::tr("no language factor for %1").arg(l.name);
    }
}

/// Compute, requests, cold start and the artifact's init time: the language's share of the bill.
void providerLines(const TcoInput &in, const Billing &b, const Bill &bill, const Usage &u, const TcoLanguageInput &l, bool explain,
                   TcoLanguageResult &out)
{
    const double gbsShare = share(u.runGbs, bill.gbs), vcpuShare = share(u.runVcpus, bill.vcpus);
    out.compute.usd = 12.0 * (bill.gbCost * gbsShare + bill.vcpuCost * vcpuShare);
    out.coldStart.usd = 12.0 * (bill.gbCost * share(u.coldGbs, bill.gbs) + bill.vcpuCost * share(u.coldVcpus, bill.vcpus));
    out.dependencyVolume.usd = 12.0 * (bill.gbCost * share(u.artifactGbs, bill.gbs) + bill.vcpuCost * share(u.artifactVcpus, bill.vcpus));
    out.requests.usd = 12.0 * bill.requestCost * share(u.invocations, bill.invocations);
    if (!explain)
        return;
    const FaasProvider &p = *in.provider;
    out.compute.formula = Text::tr("12 × %1 invocations/month × %2 ms billed × %3 GB = %4 GB-s/month, %5 % of the account's %6 GB-s; "
                                   "billable after the free tier × %7 USD/GB-s")
                              .arg(num(u.invocations), num(u.billedRunMs), num(b.gb), num(u.runGbs), num(100 * gbsShare), num(bill.gbs),
                                   num(p.pricePerGbSecond));
    if (b.vcpu > 0)
        out.compute.formula += Text::tr("; plus %1 vCPU × the same seconds × %2 USD/vCPU-s").arg(num(b.vcpu), num(p.pricePerVcpuSecond));
    out.requests.formula = Text::tr("12 × %1 requests/month (%2 % of %3) billable after the free tier × %4 USD per million")
                               .arg(num(u.invocations), num(100 * share(u.invocations, bill.invocations)), num(bill.invocations),
                                    num(p.pricePerMillionRequests));
    if (!p.billsInitDuration)
        out.coldStart.formula = Text::tr("%1 does not bill init time").arg(p.name);
    else if (!l.coldStartMeanMs)
        out.coldStart.formula = Text::tr("no cold-start figure for %1").arg(l.name);
    else
        out.coldStart.formula = Text::tr("12 × %1 cold starts/month (%2 %) × %3 ms extra billed × %4 GB = %5 GB-s/month, "
                                         "billable after the free tier × %6 USD/GB-s")
                                    .arg(num(u.coldInvocations), num(in.scenario.coldStartPct), num(u.billedColdExtraMs), num(b.gb),
                                         num(u.coldGbs), num(p.pricePerGbSecond));
    if (artifactInitMs(l) > 0 && p.billsInitDuration)
        out.dependencyVolume.formula = Text::tr("init: 12 × %1 cold starts/month × (%2 MB × %3 ms/MB = %4 ms billed) × %5 GB = %6 GB-s/month, "
                                                "billable after the free tier × %7 USD/GB-s")
                                           .arg(num(u.coldInvocations), num(*l.artifactMb), num(*l.coldStartMsPerMb), num(u.billedArtifactExtraMs),
                                                num(b.gb), num(u.artifactGbs), num(p.pricePerGbSecond));
    else if (artifactInitMs(l) > 0)
        out.dependencyVolume.formula = Text::tr("init: %1 does not bill init time").arg(p.name);
}

/// The artifact's storage (added to the dependency-volume line) and what is not known about it.
void artifactStorage(const TcoScenario &s, const TcoLanguageInput &l, bool explain, TcoLanguageResult &out)
{
    if (l.functions <= 0)
        return;
    if (!l.artifactMb) {
        if (explain)
            out.dependencyVolume.formula = Text::tr("no artifact size for %1").arg(l.name);
        return;
    }
    const double storage = *l.artifactMb / 1024.0 * l.functions * s.storagePricePerGbMonthUsd * 12.0;
    out.dependencyVolume.usd += storage;
    if (!l.coldStartMsPerMb)
        out.notes << Text::tr("%1: no cold start per artifact MB, so the artifact's effect on cold starts is not counted").arg(l.name);
    if (explain) {
        const QString part = Text::tr("storage: %1 MB × %2 functions × %3 USD/GB-month × 12 = %4")
                                 .arg(num(*l.artifactMb), num(l.functions), num(s.storagePricePerGbMonthUsd), usd(storage));
        out.dependencyVolume.formula = out.dependencyVolume.formula.isEmpty() ? part : out.dependencyVolume.formula + QStringLiteral("; ") + part;
    }
}

void customLines(const TcoInput &in, bool explain, TcoResult &r)
{
    const double horizon = r.horizonYears;
    for (const CostLine &line : in.costLines) {
        TcoFigure f;
        double oneOff = 0;
        switch (line.recurrence) {
        case Recurrence::Annual:
            f.usd = line.amountUsd;
            if (explain)
                f.formula = Text::tr("%1 USD per year").arg(num(line.amountUsd));
            break;
        case Recurrence::Monthly:
            f.usd = line.amountUsd * 12.0;
            if (explain)
                f.formula = Text::tr("%1 USD per month × 12").arg(num(line.amountUsd));
            break;
        case Recurrence::OneOff:
            f.usd = line.amountUsd / horizon;
            oneOff = line.amountUsd;
            if (explain)
                f.formula = Text::tr("%1 USD once, over %2 years").arg(num(line.amountUsd), QString::number(r.horizonYears));
            break;
        }
        auto owner = std::find_if(r.languages.begin(), r.languages.end(),
                                  [&](const TcoLanguageResult &l) { return !line.language.isEmpty() && l.language == line.language; });
        if (owner != r.languages.end()) {
            owner->custom.emplace_back(line.name, f);
            owner->totalAnnualUsd += f.usd;
            owner->oneOffUsd += oneOff;
        } else {
            r.shared.emplace_back(line.name, f);
            r.oneOffUsd += oneOff;
            r.totalAnnualUsd += f.usd;
        }
    }
}

/// One language's lines and latency figures.
TcoLanguageResult languageResult(const TcoInput &in, const Billing &b, const Bill &bill, const Usage &u, const TcoLanguageInput &l,
                                 double ciTotal, int pipelines, bool priced, bool explain)
{
    const TcoScenario &s = in.scenario;
    TcoLanguageResult out;
    out.language = l.language;
    out.name = l.name;
    out.functions = l.functions;
    const bool used = l.functions > 0;
    platformLine(s, l, explain, out);
    if (priced)
        providerLines(in, b, bill, u, l, explain, out);
    if (used && !l.coldStartMeanMs)
        out.notes << Text::tr("%1 has no cold-start figure: cold starts not counted").arg(l.name);
    if (used) {
        out.ci.usd = ciTotal / pipelines;
        if (explain)
            out.ci.formula = Text::tr("%1 builds × %2 min × %3 USD × 12 × (1 + %4 % × %5 extra pipelines) / %6 languages")
                                 .arg(num(s.ciBuildsPerMonth), num(s.ciMinutesPerBuild), num(s.ciPricePerMinuteUsd), num(s.ciExtraPipelinePct),
                                      QString::number(pipelines - 1), QString::number(pipelines));
    }
    artifactStorage(s, l, explain, out);
    if (used) {
        const double oneOff = l.monitoringPersonDays * s.teamSize * s.dayRateUsd;
        out.monitoring.usd = oneOff / std::max(1, s.horizonYears);
        out.oneOffUsd += oneOff;
        if (explain)
            out.monitoring.formula = Text::tr("%1 person-days per person × %2 people × %3 USD once, over %4 years")
                                         .arg(num(l.monitoringPersonDays), QString::number(s.teamSize), num(s.dayRateUsd),
                                              QString::number(std::max(1, s.horizonYears)));
    }
    for (const TcoCostLine &line : costLines())
        out.totalAnnualUsd += (out.*(line.figure)).usd;
    // latency effect
    if (l.coldStartMeanMs) {
        out.coldStartMs = *l.coldStartMeanMs + artifactInitMs(l);
        out.meanAddedLatencyMs = std::clamp(s.coldStartPct, 0.0, 100.0) / 100.0 * *out.coldStartMs;
    }
    out.coldStartSigmaMs = l.coldStartSigmaMs;
    out.firstByteMs = l.firstByteMs;
    out.coldStartsPerMonth = u.coldInvocations;
    return out;
}

/// The computation; formulas only when \a explain (Monte Carlo runs skip them).
TcoResult run(const TcoInput &in, bool explain)
{
    const TcoScenario &s = in.scenario;
    TcoResult r;
    r.scenario = s.id;
    r.scenarioName = s.name;
    r.provider = in.provider ? in.provider->id : QString();
    r.horizonYears = std::max(1, s.horizonYears);

    Billing b;
    if (in.provider)
        b = applyLimits(s, *in.provider, r);
    else
        r.notes << Text::tr("scenario %1 has no provider: compute, requests and cold starts are not priced").arg(s.id);
    const bool priced = in.provider && r.refused.isEmpty();
    if (!r.refused.isEmpty())
        r.notes << Text::tr("%1; compute, requests, cold starts and the artifacts' init time are not priced").arg(r.refused);
    else if (explain)
        r.notes << r.limits;
    const std::vector<Usage> usage = usageOf(in, b, priced);
    const Bill bill = billOf(in, usage, priced);
    r.monthlyComputeUsd = bill.gbCost + bill.vcpuCost;
    r.monthlyRequestsUsd = bill.requestCost;
    if (explain && priced)
        explainMonthly(in, b, bill, r);

    int pipelines = 0;
    for (const TcoLanguageInput &l : in.languages)
        pipelines += l.functions > 0 ? 1 : 0;
    r.pipelines = pipelines;
    const double ciBase = s.ciBuildsPerMonth * s.ciMinutesPerBuild * s.ciPricePerMinuteUsd * 12.0;
    const double ciTotal = pipelines > 0 ? ciBase * (1.0 + s.ciExtraPipelinePct / 100.0 * (pipelines - 1)) : 0.0;
    std::optional<double> minArtifact, maxArtifact;
    for (size_t i = 0; i < in.languages.size(); ++i) {
        const TcoLanguageInput &l = in.languages[i];
        r.languages.push_back(languageResult(in, b, bill, usage[i], l, ciTotal, pipelines, priced, explain));
        if (l.functions > 0 && l.artifactMb) {
            minArtifact = minArtifact ? std::min(*minArtifact, *l.artifactMb) : *l.artifactMb;
            maxArtifact = maxArtifact ? std::max(*maxArtifact, *l.artifactMb) : *l.artifactMb;
        }
    }
    if (minArtifact && *minArtifact > 0) {
        r.artifactSpread = *maxArtifact / *minArtifact;
        if (explain && s.dependencyVolumeSpread > 1)
            r.notes << Text::tr("artifact sizes of the languages in use spread %1× (the scenario's reference: %2×)")
                           .arg(num(*r.artifactSpread), num(s.dependencyVolumeSpread));
    }
    customLines(in, explain, r);
    for (const TcoLanguageResult &l : r.languages) {
        r.totalAnnualUsd += l.totalAnnualUsd;
        r.oneOffUsd += l.oneOffUsd;
        for (const QString &n : l.notes)
            r.notes << n;
    }
    const double recurring = r.totalAnnualUsd - r.oneOffUsd / r.horizonYears;
    for (int year = 1; year <= r.horizonYears; ++year)
        r.cumulativeUsd.push_back(r.oneOffUsd + year * recurring);
    return r;
}

} // namespace

QString usd(double value)
{
    QString s = QString::number(std::round(value * 100.0) / 100.0, 'f', 2);
    const qsizetype start = s.startsWith(u'-') ? 1 : 0;
    for (qsizetype i = s.indexOf(u'.') - 3; i > start; i -= 3)
        s.insert(i, QChar(0x2009));
    return s + QStringLiteral(" USD");
}

QString money(double usd)
{
    if (!std::isfinite(usd))
        return QStringLiteral("—");
    const double a = std::abs(usd);
    QString s = QString::number(usd, 'f', a >= 100 ? 0 : 2);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (s == u"-0")
        s = QStringLiteral("0");
    const qsizetype dot = s.indexOf(u'.');
    const qsizetype end = dot < 0 ? s.size() : dot;
    const qsizetype start = s.startsWith(u'-') ? 1 : 0;
    for (qsizetype i = end - 3; i > start; i -= 3)
        s.insert(i, QChar(0x2009));
    return s;
}

UsdScale usdScale(double largest)
{
    if (largest >= 1e6)
        return {1e6, Text::tr("million USD")};
    if (largest >= 1e4)
        return {1e3, Text::tr("thousand USD")};
    return {1, Text::tr("USD")};
}

QColor lineColour(int index)
{
    // Paul Tol's bright scheme, distinguishable in colour-blind vision; grey for the custom line.
    static const QColor colours[] = {QColor(0x44, 0x77, 0xaa), QColor(0x66, 0xcc, 0xee), QColor(0x22, 0x88, 0x33), QColor(0xcc, 0xbb, 0x44),
                                     QColor(0xee, 0x66, 0x77), QColor(0xaa, 0x33, 0x77), QColor(0xbb, 0xbb, 0xbb), QColor(0x33, 0x22, 0x88)};
    return colours[std::max(index, 0) % 8];
}

Diagram pipelineDiagram(const TcoInput &in, const TcoResult &result, const Workspace &ws)
{
    Diagram d;
    d.name = QStringLiteral("build-pipeline-") + Schema::slugify(in.scenario.id); // a file name: no separators
    d.title = Text::tr("Build pipeline: %1").arg(in.scenario.name);
    d.leftToRight = true;
    DiagramNode source;
    source.id = QStringLiteral("source");
    source.label = Text::tr("Source repository");
    source.shape = NodeShape::Note;
    d.nodes.append(source);
    DiagramNode detect;
    detect.id = QStringLiteral("detect");
    detect.label = Text::tr("Language detection");
    detect.shape = NodeShape::Diamond;
    d.nodes.append(detect);
    DiagramNode gateway;
    gateway.id = QStringLiteral("gateway");
    gateway.label = Text::tr("API gateway");
    gateway.shape = NodeShape::RoundedBox;
    d.edges.append({source.id, detect.id, {}, {}, {}, false, false, {}, false});
    int pipelines = 0;
    for (const TcoLanguageResult &l : result.languages) {
        if (l.functions <= 0)
            continue;
        ++pipelines;
        DiagramNode build;
        build.id = QStringLiteral("build-") + l.language;
        build.shape = NodeShape::Box;
        build.element = QStringLiteral("candidate:") + l.language;
        QStringList lines{Text::tr("%1 build").arg(l.name), Text::tr("%1 functions").arg(num(l.functions))};
        for (const TcoLanguageInput &li : in.languages) {
            if (li.language == l.language && li.artifactMb)
                lines << Text::tr("artifact %1 MB").arg(num(*li.artifactMb));
        }
        lines << Text::tr("CI %1/year").arg(usd(l.ci.usd));
        build.label = lines.join(u'\n');
        build.tooltip = l.ci.formula;
        for (const Candidate &c : ws.candidates) {
            if (c.id == l.language && !c.color.isEmpty()) {
                build.fillColor = c.color;
                build.fontColor = Diagrams::textColourOn(c.color);
            }
        }
        d.nodes.append(build);
        d.edges.append({detect.id, build.id, l.name, {}, {}, false, false, {}, false});
        d.edges.append({build.id, gateway.id, {}, {}, {}, false, false, {}, false});
    }
    if (pipelines == 0)
        d.edges.append({detect.id, gateway.id, Text::tr("no functions"), {}, {}, false, true, {}, false});
    d.nodes.append(gateway);
    return d;
}

QString baselineScenario(const Workspace &ws)
{
    for (const TcoScenario &s : ws.scenarios) {
        if (s.baseline)
            return s.id;
    }
    return ws.scenarios.empty() ? QString() : ws.scenarios.front().id;
}

std::optional<double> baselineTotal(const Workspace &ws)
{
    const std::optional<TcoInput> in = input(ws, baselineScenario(ws));
    if (!in)
        return std::nullopt;
    return run(*in, false).totalAnnualUsd;
}

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

TcoResult compute(const TcoInput &in)
{
    return run(in, true);
}

double annualTotal(const TcoInput &in)
{
    return run(in, false).totalAnnualUsd;
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
