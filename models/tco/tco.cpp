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

TcoResult compute(const TcoInput &in)
{
    return run(in, true);
}

double annualTotal(const TcoInput &in)
{
    return run(in, false).totalAnnualUsd;
}

} // namespace ArchBoard::Tco
