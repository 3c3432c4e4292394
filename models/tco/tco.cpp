#include "tco.h"

#include "schema.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <random>

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
    double runGbs = 0, coldGbs = 0;
    double runVcpus = 0, coldVcpus = 0;
    double billedRunMs = 0, billedColdExtraMs = 0;
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
    {"storage_price_per_gb_month_usd", "USD/GB-month", QT_TRANSLATE_NOOP("Tco", "Artifact storage price"), false},
    {"transfer_price_per_gb_usd", "USD/GB", QT_TRANSLATE_NOOP("Tco", "Artifact transfer price per cold start"), false},
    {"day_rate_usd", "USD/person-day", QT_TRANSLATE_NOOP("Tco", "Day rate for the monitoring migration"), false},
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
    {&kMonitoring, "person-days", QT_TRANSLATE_NOOP("Tco", "Monitoring migration of %1"), false},
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
        {QStringLiteral("transfer_price_per_gb_usd"), &TcoScenario::transferPricePerGbUsd},
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

/// The computation; formulas only when \a explain (Monte Carlo runs skip them).
TcoResult run(const TcoInput &in, bool explain)
{
    const TcoScenario &s = in.scenario;
    TcoResult r;
    r.scenario = s.id;
    r.scenarioName = s.name;
    r.provider = in.provider ? in.provider->id : QString();
    r.horizonYears = std::max(1, s.horizonYears);
    const double horizon = r.horizonYears;

    // --- usage per language, per month ---------------------------------------------
    std::vector<Usage> usage(in.languages.size());
    double gb = 0, vcpu = 0;
    if (in.provider) {
        const FaasProvider &p = *in.provider;
        const double gran = p.memoryGranularityMb > 0 ? p.memoryGranularityMb : 1.0;
        gb = std::ceil(s.memoryMb / gran - 1e-9) * gran / 1024.0;
        if (p.pricePerVcpuSecond > 0) {
            QString problem;
            if (const std::optional<double> v = vcpuFor(p, s.memoryMb, &problem))
                vcpu = *v;
            else
                r.notes << problem;
        }
    } else {
        r.notes << Text::tr("scenario %1 has no provider: compute, requests and cold starts are not priced").arg(s.id);
    }
    const double coldShare = std::clamp(s.coldStartPct, 0.0, 100.0) / 100.0;
    double totalGbs = 0, totalVcpus = 0, totalInvocations = 0;
    for (size_t i = 0; i < in.languages.size(); ++i) {
        const TcoLanguageInput &l = in.languages[i];
        Usage &u = usage[i];
        u.invocations = std::max(0.0, l.functions) * s.invocationsPerMonth;
        u.coldInvocations = u.invocations * coldShare;
        if (!in.provider)
            continue;
        const FaasProvider &p = *in.provider;
        u.billedRunMs = billedMs(s.durationMs, p);
        std::optional<double> coldMs = l.coldStartMeanMs;
        if (coldMs && l.artifactMb && l.coldStartMsPerMb)
            *coldMs += *l.artifactMb * *l.coldStartMsPerMb;
        if (coldMs && p.billsInitDuration)
            u.billedColdExtraMs = billedMs(s.durationMs + *coldMs, p) - u.billedRunMs;
        u.runGbs = u.invocations * u.billedRunMs / 1000.0 * gb;
        u.coldGbs = u.coldInvocations * u.billedColdExtraMs / 1000.0 * gb;
        u.runVcpus = u.invocations * u.billedRunMs / 1000.0 * vcpu;
        u.coldVcpus = u.coldInvocations * u.billedColdExtraMs / 1000.0 * vcpu;
        totalGbs += u.runGbs + u.coldGbs;
        totalVcpus += u.runVcpus + u.coldVcpus;
        totalInvocations += u.invocations;
    }
    double gbCost = 0, vcpuCost = 0, requestCost = 0;
    double freeGbs = 0, freeVcpus = 0, freeRequests = 0;
    if (in.provider) {
        const FaasProvider &p = *in.provider;
        if (s.freeTier) {
            freeGbs = p.freeGbSecondsPerMonth;
            freeVcpus = p.freeVcpuSecondsPerMonth;
            freeRequests = p.freeRequestsPerMonth;
        }
        gbCost = std::max(0.0, totalGbs - freeGbs) * p.pricePerGbSecond;
        vcpuCost = std::max(0.0, totalVcpus - freeVcpus) * p.pricePerVcpuSecond;
        requestCost = std::max(0.0, totalInvocations - freeRequests) / 1e6 * p.pricePerMillionRequests;
    }
    r.monthlyComputeUsd = gbCost + vcpuCost;
    r.monthlyRequestsUsd = requestCost;
    if (explain && in.provider) {
        const FaasProvider &p = *in.provider;
        r.monthlyCompute.usd = r.monthlyComputeUsd;
        r.monthlyCompute.formula = Text::tr("(%1 GB-s − %2 free) × %3 USD/GB-s")
                                       .arg(num(totalGbs), num(freeGbs), num(p.pricePerGbSecond));
        if (vcpu > 0)
            r.monthlyCompute.formula += Text::tr(" + (%1 vCPU-s − %2 free) × %3 USD/vCPU-s")
                                            .arg(num(totalVcpus), num(freeVcpus), num(p.pricePerVcpuSecond));
        r.monthlyCompute.formula += Text::tr("; memory billed as %1 MB, duration as %2 ms").arg(num(gb * 1024), num(billedMs(s.durationMs, p)));
        r.monthlyRequests.usd = requestCost;
        r.monthlyRequests.formula = Text::tr("(%1 requests − %2 free) / 1 000 000 × %3 USD")
                                        .arg(num(totalInvocations), num(freeRequests), num(p.pricePerMillionRequests));
    }

    // --- lines per language, per year ----------------------------------------------
    int pipelines = 0;
    for (const TcoLanguageInput &l : in.languages)
        pipelines += l.functions > 0 ? 1 : 0;
    r.pipelines = pipelines;
    const double ciBase = s.ciBuildsPerMonth * s.ciMinutesPerBuild * s.ciPricePerMinuteUsd * 12.0;
    const double ciTotal = pipelines > 0 ? ciBase * (1.0 + s.ciExtraPipelinePct / 100.0 * (pipelines - 1)) : 0.0;
    auto share = [](double part, double whole) { return whole > 0 ? part / whole : 0.0; };
    std::optional<double> minArtifact, maxArtifact;

    for (size_t i = 0; i < in.languages.size(); ++i) {
        const TcoLanguageInput &l = in.languages[i];
        const Usage &u = usage[i];
        TcoLanguageResult out;
        out.language = l.language;
        out.name = l.name;
        out.functions = l.functions;
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
                out.notes << Text::tr("%1's language factor %2 is an estimate: set it in the language cost profiles")
                                 .arg(l.name, num(*l.languageFactor));
        } else if (used) {
            out.notes << Text::tr("%1 has no language factor: platform overhead not counted").arg(l.name);
            if (explain)
                out.platformOverhead.formula = Text::tr("no language factor for %1").arg(l.name);
        }

        const double gbsShare = share(u.runGbs, totalGbs), coldGbsShare = share(u.coldGbs, totalGbs);
        const double vcpuShare = share(u.runVcpus, totalVcpus), coldVcpuShare = share(u.coldVcpus, totalVcpus);
        out.compute.usd = 12.0 * (gbCost * gbsShare + vcpuCost * vcpuShare);
        out.coldStart.usd = 12.0 * (gbCost * coldGbsShare + vcpuCost * coldVcpuShare);
        out.requests.usd = 12.0 * requestCost * share(u.invocations, totalInvocations);
        if (explain && in.provider) {
            const FaasProvider &p = *in.provider;
            out.compute.formula = Text::tr("12 × %1 invocations/month × %2 ms billed × %3 GB = %4 GB-s/month, %5 % of the account's %6 GB-s; "
                                     "billable after the free tier × %7 USD/GB-s")
                                      .arg(num(u.invocations), num(u.billedRunMs), num(gb), num(u.runGbs),
                                           num(100 * gbsShare), num(totalGbs), num(p.pricePerGbSecond));
            if (vcpu > 0)
                out.compute.formula += Text::tr("; plus %1 vCPU × the same seconds × %2 USD/vCPU-s").arg(num(vcpu), num(p.pricePerVcpuSecond));
            out.requests.formula = Text::tr("12 × %1 requests/month (%2 % of %3) billable after the free tier × %4 USD per million")
                                       .arg(num(u.invocations), num(100 * share(u.invocations, totalInvocations)),
                                            num(totalInvocations), num(p.pricePerMillionRequests));
            if (!p.billsInitDuration)
                out.coldStart.formula = Text::tr("%1 does not bill init time").arg(p.name);
            else if (!l.coldStartMeanMs)
                out.coldStart.formula = Text::tr("no cold-start figure for %1").arg(l.name);
            else
                out.coldStart.formula = Text::tr("12 × %1 cold starts/month (%2 %) × %3 ms extra billed × %4 GB = %5 GB-s/month, "
                                           "billable after the free tier × %6 USD/GB-s")
                                            .arg(num(u.coldInvocations), num(s.coldStartPct), num(u.billedColdExtraMs), num(gb),
                                                 num(u.coldGbs), num(p.pricePerGbSecond));
        }
        if (used && !l.coldStartMeanMs)
            out.notes << Text::tr("%1 has no cold-start figure: cold starts not counted").arg(l.name);

        if (used) {
            out.ci.usd = ciTotal / pipelines;
            if (explain)
                out.ci.formula = Text::tr("%1 builds × %2 min × %3 USD × 12 × (1 + %4 % × %5 extra pipelines) / %6 languages")
                                     .arg(num(s.ciBuildsPerMonth), num(s.ciMinutesPerBuild), num(s.ciPricePerMinuteUsd),
                                          num(s.ciExtraPipelinePct), QString::number(pipelines - 1), QString::number(pipelines));
        }

        if (used && l.artifactMb) {
            const double gbArtifact = *l.artifactMb / 1024.0;
            const double storage = gbArtifact * l.functions * s.storagePricePerGbMonthUsd * 12.0;
            const double transfer = u.coldInvocations * 12.0 * gbArtifact * s.transferPricePerGbUsd;
            out.dependencyVolume.usd = storage + transfer;
            if (explain)
                out.dependencyVolume.formula = Text::tr("%1 MB × %2 functions × %3 USD/GB-month × 12 + %4 cold starts/year × %1 MB × %5 USD/GB")
                                                   .arg(num(*l.artifactMb), num(l.functions), num(s.storagePricePerGbMonthUsd),
                                                        num(u.coldInvocations * 12.0), num(s.transferPricePerGbUsd));
            minArtifact = minArtifact ? std::min(*minArtifact, *l.artifactMb) : *l.artifactMb;
            maxArtifact = maxArtifact ? std::max(*maxArtifact, *l.artifactMb) : *l.artifactMb;
        } else if (used && explain) {
            out.dependencyVolume.formula = Text::tr("no artifact size for %1").arg(l.name);
        }

        if (used) {
            const double oneOff = l.monitoringPersonDays * s.dayRateUsd;
            out.monitoring.usd = oneOff / horizon;
            out.oneOffUsd += oneOff;
            if (explain)
                out.monitoring.formula = Text::tr("%1 person-days × %2 USD once, over %3 years")
                                             .arg(num(l.monitoringPersonDays), num(s.dayRateUsd), QString::number(r.horizonYears));
        }

        out.totalAnnualUsd = out.platformOverhead.usd + out.compute.usd + out.requests.usd + out.coldStart.usd + out.ci.usd
            + out.dependencyVolume.usd + out.monitoring.usd;

        // latency effect
        if (l.coldStartMeanMs) {
            double cold = *l.coldStartMeanMs;
            if (l.artifactMb && l.coldStartMsPerMb)
                cold += *l.artifactMb * *l.coldStartMsPerMb;
            out.coldStartMs = cold;
            out.meanAddedLatencyMs = coldShare * cold;
        }
        out.coldStartSigmaMs = l.coldStartSigmaMs;
        out.firstByteMs = l.firstByteMs;
        out.coldStartsPerMonth = u.coldInvocations;
        r.languages.push_back(out);
    }
    if (minArtifact && *minArtifact > 0) {
        r.artifactSpread = *maxArtifact / *minArtifact;
        if (explain && s.dependencyVolumeSpread > 1)
            r.notes << Text::tr("artifact sizes of the languages in use spread %1× (the scenario's reference: %2×)")
                           .arg(num(*r.artifactSpread), num(s.dependencyVolumeSpread));
    }

    // --- custom lines ----------------------------------------------------------------
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
    for (const TcoLanguageResult &l : r.languages) {
        r.totalAnnualUsd += l.totalAnnualUsd;
        r.oneOffUsd += l.oneOffUsd;
        for (const QString &n : l.notes)
            r.notes << n;
    }
    const double recurring = r.totalAnnualUsd - r.oneOffUsd / horizon;
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

std::vector<TcoSensitivity> sensitivity(const TcoInput &in, double pct)
{
    std::vector<TcoSensitivity> out;
    const Workspace none;
    QStringList names;
    for (const ScalarParam &p : kScalars) {
        if (QLatin1StringView(p.name) != QLatin1StringView("horizon_years"))
            names << QString::fromLatin1(p.name);
    }
    for (const TcoLanguageInput &l : in.languages) {
        for (const LanguageParam &p : kLanguageParams)
            names << *p.prefix + l.language;
    }
    for (const QString &name : names) {
        const std::optional<double> value = number(in, name);
        if (!value || *value == 0)
            continue;
        TcoSensitivity s;
        s.parameter = name;
        s.value = *value;
        s.lowValue = *value * (1.0 - pct / 100.0);
        s.highValue = *value * (1.0 + pct / 100.0);
        if (name == u"cold_start_pct")
            s.highValue = std::min(100.0, s.highValue);
        if (name == u"memory_mb") {
            s.lowValue = std::max(128.0, std::round(s.lowValue));
            s.highValue = std::min(32768.0, std::round(s.highValue));
        }
        TcoInput low = in, high = in;
        QString error;
        if (!setNumber(&low, none, name, s.lowValue, &error) || !setNumber(&high, none, name, s.highValue, &error))
            continue;
        // Integer inputs are rounded by setNumber: report what was used.
        s.lowValue = *number(low, name);
        s.highValue = *number(high, name);
        s.lowUsd = run(low, false).totalAnnualUsd;
        s.highUsd = run(high, false).totalAnnualUsd;
        out.push_back(s);
    }
    std::stable_sort(out.begin(), out.end(), [](const TcoSensitivity &a, const TcoSensitivity &b) { return a.swing() > b.swing(); });
    return out;
}

TcoUncertainty uncertainty(const TcoInput &in, int runs, quint64 seed)
{
    TcoUncertainty u;
    u.runs = std::max(1, runs);
    u.seed = seed;
    const Workspace none;
    struct Ranged
    {
        QString name;
        double low, mode, high;
    };
    std::vector<Ranged> ranged;
    for (const TcoRange &r : in.ranges) {
        const std::optional<double> value = number(in, r.parameter);
        if (!value || r.high < r.low)
            continue;
        double low = r.low, high = r.high;
        const double base = in.rangeBase.value(r.parameter, *value);
        if (base != 0 && *value != base) {
            const double scale = *value / base;
            low = std::min(r.low * scale, r.high * scale);
            high = std::max(r.low * scale, r.high * scale);
        }
        ranged.push_back({r.parameter, low, std::clamp(*value, low, high), high});
        u.parameters << r.parameter;
    }
    const double base = run(in, false).totalAnnualUsd;
    if (ranged.empty()) {
        u.p10 = u.p50 = u.p90 = base;
        return u;
    }
    // mt19937_64's output sequence is fixed by the C++ standard; the
    // conversion to [0, 1) and the triangular inverse CDF are ours.
    std::mt19937_64 rng(seed);
    auto uniform = [&rng] { return double(rng() >> 11) * 0x1.0p-53; };
    std::vector<double> totals;
    totals.reserve(size_t(u.runs));
    for (int i = 0; i < u.runs; ++i) {
        TcoInput sample = in;
        for (const Ranged &r : ranged) {
            const double x = uniform();
            double v = r.low;
            const double width = r.high - r.low;
            if (width > 0) {
                const double f = (r.mode - r.low) / width;
                v = x < f ? r.low + std::sqrt(x * width * (r.mode - r.low))
                          : r.high - std::sqrt((1 - x) * width * (r.high - r.mode));
            }
            QString error;
            setNumber(&sample, none, r.name, v, &error);
        }
        totals.push_back(run(sample, false).totalAnnualUsd);
    }
    std::sort(totals.begin(), totals.end());
    auto percentile = [&](double p) {
        const double at = p * double(totals.size() - 1);
        const size_t lo = size_t(std::floor(at));
        const size_t hi = std::min(totals.size() - 1, lo + 1);
        return totals[lo] + (totals[hi] - totals[lo]) * (at - double(lo));
    };
    u.p10 = percentile(0.10);
    u.p50 = percentile(0.50);
    u.p90 = percentile(0.90);
    return u;
}

} // namespace ArchBoard::Tco
