// The FaaS TCO engine: the seed's platform-overhead formula, provider billing
// cases computed by hand from the providers' published prices and worked
// examples, rounding, the free tier applied once per account, CI, monitoring,
// custom lines, parameters, scenario override and undo, sensitivity and the
// seeded Monte Carlo.
#include "document.h"
#include "generator.h"
#include "figurejson.h"
#include "schema.h"
#include "tco.h"
#include "tcocomparison.h"
#include "tcocsv.h"
#include "tcowhatif.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ArchBoard;
using ArchBoard::Testing::sampleWorkspace;

namespace {

// Published prices (first tier, us-east-1 / Tier 1), as the sample's presets hold them.
FaasProvider awsX86()
{
    FaasProvider p;
    p.id = QStringLiteral("aws");
    p.name = QStringLiteral("AWS Lambda x86");
    p.pricePerGbSecond = 0.0000166667;
    p.pricePerMillionRequests = 0.20;
    p.freeGbSecondsPerMonth = 400000;
    p.freeRequestsPerMonth = 1000000;
    p.billingGranularityMs = 1;
    p.minimumBilledMs = 1;
    p.billsInitDuration = true;
    return p;
}

FaasProvider azureConsumption()
{
    FaasProvider p;
    p.id = QStringLiteral("azure");
    p.name = QStringLiteral("Azure Functions Consumption");
    p.pricePerGbSecond = 0.000016;
    p.pricePerMillionRequests = 0.20;
    p.freeGbSecondsPerMonth = 400000;
    p.freeRequestsPerMonth = 1000000;
    p.billingGranularityMs = 1;
    p.minimumBilledMs = 100;
    p.memoryGranularityMb = 128;
    p.billsInitDuration = false;
    return p;
}

FaasProvider cloudRunFunctions()
{
    FaasProvider p;
    p.id = QStringLiteral("gcp");
    p.name = QStringLiteral("Google Cloud Run functions");
    p.pricePerGbSecond = 0.0000025;
    p.pricePerVcpuSecond = 0.000024;
    p.pricePerMillionRequests = 0.40;
    p.freeGbSecondsPerMonth = 360000;
    p.freeVcpuSecondsPerMonth = 180000;
    p.freeRequestsPerMonth = 2000000;
    p.billingGranularityMs = 100;
    p.minimumBilledMs = 100;
    p.billsInitDuration = true;
    p.vcpuByMemory = QStringLiteral("128:0.083, 256:0.167, 512:0.333, 1024:0.583, 2048:1, 4096:2");
    return p;
}

/// A scenario with nothing but compute: no platform overhead, CI, monitoring.
TcoInput computeOnly(const FaasProvider &p, int memoryMb, double durationMs, double invocations, double functions = 1)
{
    TcoInput in;
    in.scenario.id = QStringLiteral("s");
    in.scenario.memoryMb = memoryMb;
    in.scenario.durationMs = durationMs;
    in.scenario.invocationsPerMonth = invocations;
    in.scenario.coldStartPct = 0;
    in.scenario.basePlatformCostUsd = 0;
    in.provider = p;
    TcoLanguageInput l;
    l.language = QStringLiteral("go");
    l.name = QStringLiteral("Go");
    l.functions = functions;
    in.languages.push_back(l);
    return in;
}

const TcoLanguageResult &lang(const TcoResult &r, const QString &id)
{
    for (const TcoLanguageResult &l : r.languages) {
        if (l.language == id)
            return l;
    }
    qFatal("no language %s", qPrintable(id));
}

} // namespace

class TestTco : public QObject
{
    Q_OBJECT

private slots:
    void seedPlatformOverhead();
    void seedSampleScenario();
    void awsLambdaPublishedExample();
    void azureConsumptionPublishedExample();
    void azureRoundsMemoryAndMinimumDuration();
    void cloudRunFunctionsBillsCpuAndRoundsTo100ms();
    void freeTierAppliedOncePerAccount();
    void freeTierCanBeSwitchedOff();
    void coldStartsBilledAsTheProviderBillsInit();
    void ciGrowsPerExtraPipeline();
    void dependencyVolume();
    void seedWithTheDocsArtifactSizes();
    void providerLimits();
    void monitoringIsPerPerson();
    void distributionsAsStated();
    void csvIsOneDocument();
    void whatIfSession();
    void costLinesAreOneList();
    void monitoringAndCustomLinesOverTheHorizon();
    void missingFiguresAreNotedNotGuessed();
    void parametersByName_data();
    void parametersByName();
    void listedParametersCoverTheCliNames();
    void scenarioOverrideAndUndo();
    void settingAFactorEndsTheEstimate();
    void sensitivityIsRankedBySwing();
    void monteCarloIsReproducible();
    void pipelineDiagram();
    void csvFieldsAreInert();
    void baselineIsTheMarkedScenarioElseTheFirst();
};

void TestTco::seedPlatformOverhead()
{
    // Seed §2.5: base_platform_cost × language_factor × functions / 50.
    TcoInput in;
    in.scenario.basePlatformCostUsd = 12000;
    in.scenario.normalisationFunctions = 50;
    for (const auto &[id, factor] : {std::pair{"python", 1.8}, {"go", 1.1}, {"rust", 1.3}}) {
        TcoLanguageInput l;
        l.language = QString::fromLatin1(id);
        l.languageFactor = factor;
        l.functions = 50;
        in.languages.push_back(l);
    }
    const TcoResult r = Tco::compute(in);
    QCOMPARE(lang(r, QStringLiteral("python")).platformOverhead.usd, 21600.0);
    QCOMPARE(lang(r, QStringLiteral("go")).platformOverhead.usd, 13200.0);
    QCOMPARE(lang(r, QStringLiteral("rust")).platformOverhead.usd, 15600.0);
    QVERIFY(lang(r, QStringLiteral("python")).platformOverhead.formula.contains(QStringLiteral("1.8")));
    // 200 Python functions are four times the overhead of 50.
    in.languages[0].functions = 200;
    QCOMPARE(lang(Tco::compute(in), QStringLiteral("python")).platformOverhead.usd, 86400.0);
}

void TestTco::seedSampleScenario()
{
    const Workspace ws = sampleWorkspace();
    const std::optional<TcoInput> in = Tco::input(ws, QStringLiteral("seed-baseline"));
    QVERIFY(in);
    QCOMPARE(in->languages.size(), size_t(3));
    QVERIFY(in->provider);
    const TcoResult r = Tco::compute(*in);
    QCOMPARE(lang(r, QStringLiteral("python")).platformOverhead.usd, 21600.0);
    QCOMPARE(lang(r, QStringLiteral("go")).platformOverhead.usd, 13200.0);
    QCOMPARE(lang(r, QStringLiteral("rust")).platformOverhead.usd, 15600.0);
    // Per-language totals and the shared lines add up to the total.
    double sum = 0;
    for (const TcoLanguageResult &l : r.languages)
        sum += l.totalAnnualUsd;
    QVERIFY(std::abs(sum - r.totalAnnualUsd) < 1e-6);
    // Python's cold start (842 ms) costs more than Rust's (98 ms) at the same share.
    QVERIFY(lang(r, QStringLiteral("python")).coldStart.usd > lang(r, QStringLiteral("rust")).coldStart.usd);
    QCOMPARE(*lang(r, QStringLiteral("python")).meanAddedLatencyMs, 8.42); // 1 % × 842 ms
    QVERIFY(!Tco::input(ws, QStringLiteral("no-such-scenario")));
}

void TestTco::awsLambdaPublishedExample()
{
    // https://aws.amazon.com/lambda/pricing/ (as of 2025-08-01), "Example 1":
    // 512 MB, 3 million invocations a month, 1 s each. 3 000 000 × 1 s × 0.5 GB
    // = 1 500 000 GB-s; minus the 400 000 GB-s free tier = 1 100 000 GB-s ×
    // 0.0000166667 USD = 18.33 USD. Requests: 3 M − 1 M free = 2 M × 0.20 USD = 0.40 USD.
    const TcoResult r = Tco::compute(computeOnly(awsX86(), 512, 1000, 3000000));
    QCOMPARE(std::round(r.monthlyComputeUsd * 100) / 100, 18.33);
    QCOMPARE(std::round(r.monthlyRequestsUsd * 100) / 100, 0.40);
    QCOMPARE(std::round(lang(r, QStringLiteral("go")).compute.usd * 100) / 100, std::round(12 * 1100000 * 0.0000166667 * 100) / 100);
    QCOMPARE(std::round(lang(r, QStringLiteral("go")).requests.usd * 100) / 100, 4.80);
    // Billed duration is rounded up to 1 ms: 100.2 ms bills as 101 ms.
    const TcoResult rounded = Tco::compute(computeOnly(awsX86(), 1024, 100.2, 10000000));
    const double gbs = 10000000 * 0.101 * 1.0 - 400000;
    QVERIFY(std::abs(rounded.monthlyComputeUsd - gbs * 0.0000166667) < 1e-6);
}

void TestTco::azureConsumptionPublishedExample()
{
    // https://azure.microsoft.com/pricing/details/functions/ (as of 2025-08-01),
    // Consumption plan pricing example: 512 MB observed, 3 000 000 executions of
    // 1 s. 1 500 000 GB-s − 400 000 free = 1 100 000 × 0.000016 USD = 17.60 USD;
    // 3 M executions − 1 M free = 2 M × 0.20 USD per million = 0.40 USD.
    const TcoResult r = Tco::compute(computeOnly(azureConsumption(), 512, 1000, 3000000));
    QVERIFY(std::abs(r.monthlyComputeUsd - 17.60) < 1e-9);
    QVERIFY(std::abs(r.monthlyRequestsUsd - 0.40) < 1e-9);
}

void TestTco::azureRoundsMemoryAndMinimumDuration()
{
    // Same page: memory is rounded up to the nearest 128 MB, executions bill at
    // least 100 ms. 200 MB → 256 MB; 50 ms → 100 ms. 10 M × 0.1 s × 0.25 GB =
    // 250 000 GB-s, inside the free grant: 0 USD compute.
    TcoResult r = Tco::compute(computeOnly(azureConsumption(), 200, 50, 10000000));
    QCOMPARE(r.monthlyComputeUsd, 0.0);
    // Without the free grant: 250 000 × 0.000016 = 4.00 USD.
    TcoInput in = computeOnly(azureConsumption(), 200, 50, 10000000);
    in.scenario.freeTier = false;
    r = Tco::compute(in);
    QVERIFY(std::abs(r.monthlyComputeUsd - 4.0) < 1e-9);
    QVERIFY(r.monthlyCompute.formula.contains(QStringLiteral("256 MB")));
    QVERIFY(r.monthlyCompute.formula.contains(QStringLiteral("100 ms")));
}

void TestTco::cloudRunFunctionsBillsCpuAndRoundsTo100ms()
{
    // https://cloud.google.com/run/pricing (Tier 1, request-based, as of
    // 2025-08-01) with the default 0.333 vCPU of a 512 MiB function
    // (https://cloud.google.com/functions/docs/configuring/memory).
    // 10 M invocations of 250 ms bill 300 ms each (rounded up to 100 ms):
    //   memory 10 M × 0.3 s × 0.5 GiB = 1 500 000 − 360 000 free = 1 140 000 × 0.0000025 = 2.85 USD
    //   CPU    10 M × 0.3 s × 0.333   =   999 000 − 180 000 free =   819 000 × 0.000024  = 19.656 USD
    //   requests 10 M − 2 M free = 8 M × 0.40 USD = 3.20 USD
    const TcoResult r = Tco::compute(computeOnly(cloudRunFunctions(), 512, 250, 10000000));
    QVERIFY(std::abs(r.monthlyComputeUsd - (2.85 + 19.656)) < 1e-6);
    QVERIFY(std::abs(r.monthlyRequestsUsd - 3.20) < 1e-9);
    // 600 MB takes the next listed size's CPU (1024 MB: 0.583 vCPU).
    TcoInput in = computeOnly(cloudRunFunctions(), 600, 250, 10000000);
    in.scenario.freeTier = false;
    const double expected = 10000000 * 0.3 * (600.0 / 1024) * 0.0000025 + 10000000 * 0.3 * 0.583 * 0.000024;
    QVERIFY(std::abs(Tco::compute(in).monthlyComputeUsd - expected) < 1e-6);
    // A provider that bills CPU without a vCPU table says so instead of guessing.
    FaasProvider broken = cloudRunFunctions();
    broken.vcpuByMemory.clear();
    const TcoResult noTable = Tco::compute(computeOnly(broken, 512, 250, 10000000));
    QVERIFY(noTable.notes.join(u'\n').contains(QStringLiteral("vCPU")));
}

void TestTco::freeTierAppliedOncePerAccount()
{
    // Two languages, 300 000 GB-s each: the account's 400 000 free GB-s are
    // taken once from the 600 000 together, not 400 000 per language.
    TcoInput in = computeOnly(awsX86(), 1024, 1000, 300000);
    TcoLanguageInput rust = in.languages[0];
    rust.language = QStringLiteral("rust");
    in.languages.push_back(rust);
    in.scenario.basePlatformCostUsd = 0;
    const TcoResult r = Tco::compute(in);
    QVERIFY(std::abs(r.monthlyComputeUsd - 200000 * 0.0000166667) < 1e-9);
    // 600 000 requests are all free (1 M per month).
    QCOMPARE(r.monthlyRequestsUsd, 0.0);
    // Shared out in proportion to use: half each, and the lines add up to the bill.
    const double go = lang(r, QStringLiteral("go")).compute.usd;
    const double rs = lang(r, QStringLiteral("rust")).compute.usd;
    QVERIFY(std::abs(go - rs) < 1e-9);
    QVERIFY(std::abs(go + rs - 12 * r.monthlyComputeUsd) < 1e-9);
}

void TestTco::freeTierCanBeSwitchedOff()
{
    TcoInput in = computeOnly(awsX86(), 512, 1000, 3000000);
    in.scenario.freeTier = false;
    const TcoResult r = Tco::compute(in);
    QVERIFY(std::abs(r.monthlyComputeUsd - 1500000 * 0.0000166667) < 1e-9);
    QVERIFY(std::abs(r.monthlyRequestsUsd - 0.60) < 1e-9);
}

void TestTco::coldStartsBilledAsTheProviderBillsInit()
{
    // AWS (bills INIT since 2025-08-01): a cold invocation bills init + run,
    // rounded up to 1 ms. 1 M invocations, 2 % cold, 100 ms run, 842 ms init,
    // 512 MB, no free tier: 20 000 × 0.842 s × 0.5 GB = 8 420 GB-s.
    TcoInput in = computeOnly(awsX86(), 512, 100, 1000000);
    in.scenario.freeTier = false;
    in.scenario.coldStartPct = 2;
    in.languages[0].coldStartMeanMs = 842;
    in.languages[0].firstByteMs = 910;
    TcoResult r = Tco::compute(in);
    QVERIFY(std::abs(lang(r, QStringLiteral("go")).coldStart.usd - 12 * 8420 * 0.0000166667) < 1e-9);
    QCOMPARE(lang(r, QStringLiteral("go")).coldStartsPerMonth, 20000.0);
    QCOMPARE(*lang(r, QStringLiteral("go")).meanAddedLatencyMs, 0.02 * 842);
    // Cloud Run rounds to 100 ms: 250 ms run + 127 ms start = 377 → 400 ms, 100 ms more than a warm call.
    TcoInput gcp = computeOnly(cloudRunFunctions(), 512, 250, 1000000);
    gcp.scenario.freeTier = false;
    gcp.scenario.coldStartPct = 10;
    gcp.languages[0].coldStartMeanMs = 127;
    r = Tco::compute(gcp);
    const double extra = 100000 * 0.1;
    QVERIFY(std::abs(lang(r, QStringLiteral("go")).coldStart.usd - 12 * (extra * 0.5 * 0.0000025 + extra * 0.333 * 0.000024)) < 1e-9);
    // Azure bills execution time only: no money, but the latency effect stays.
    TcoInput az = computeOnly(azureConsumption(), 512, 100, 1000000);
    az.scenario.coldStartPct = 2;
    az.languages[0].coldStartMeanMs = 842;
    r = Tco::compute(az);
    QCOMPARE(lang(r, QStringLiteral("go")).coldStart.usd, 0.0);
    QCOMPARE(*lang(r, QStringLiteral("go")).meanAddedLatencyMs, 0.02 * 842);
    // A bigger artifact slows the cold start where the user gives the effect.
    in.languages[0].artifactMb = 50;
    in.languages[0].coldStartMsPerMb = 2;
    QCOMPARE(*lang(Tco::compute(in), QStringLiteral("go")).coldStartMs, 842.0 + 100.0);
}

void TestTco::ciGrowsPerExtraPipeline()
{
    // 200 builds × 10 min × 0.008 USD × 12 = 192 USD for one pipeline; three
    // languages: 192 × (1 + 37 % × 2) = 334.08 USD, a third each.
    TcoInput in;
    in.scenario.ciBuildsPerMonth = 200;
    in.scenario.ciMinutesPerBuild = 10;
    in.scenario.ciPricePerMinuteUsd = 0.008;
    in.scenario.ciExtraPipelinePct = 37;
    for (const char *id : {"python", "go", "rust"}) {
        TcoLanguageInput l;
        l.language = QString::fromLatin1(id);
        l.functions = 10;
        in.languages.push_back(l);
    }
    TcoResult r = Tco::compute(in);
    QCOMPARE(r.pipelines, 3.0);
    QVERIFY(std::abs(lang(r, QStringLiteral("go")).ci.usd - 334.08 / 3) < 1e-9);
    in.languages.resize(1);
    r = Tco::compute(in);
    QVERIFY(std::abs(lang(r, QStringLiteral("python")).ci.usd - 192) < 1e-9);
    // A language with no functions has no pipeline.
    TcoLanguageInput none;
    none.language = QStringLiteral("java");
    in.languages.push_back(none);
    r = Tco::compute(in);
    QCOMPARE(r.pipelines, 1.0);
    QCOMPARE(lang(r, QStringLiteral("java")).ci.usd, 0.0);
}

void TestTco::dependencyVolume()
{
    // What providers bill for a larger artifact (issue 14): the init time it
    // adds to each cold start where init is billed, and its storage. AWS x86,
    // 512 MB, 100 ms, 10 functions × 1 M invocations, 0.1 % cold: 10 000 cold
    // starts a month. Go's runtime starts in 127 ms; its 42 MB artifact at
    // 2 ms/MB adds 84 ms: 10 000 × 0.084 s × 0.5 GB = 420 GB-s a month.
    TcoInput in = computeOnly(awsX86(), 512, 100, 1000000, 10);
    in.scenario.freeTier = false;
    in.scenario.coldStartPct = 0.1;
    in.scenario.storagePricePerGbMonthUsd = 0.023;
    in.languages[0].coldStartMeanMs = 127;
    in.languages[0].artifactMb = 42;
    in.languages[0].coldStartMsPerMb = 2;
    TcoResult r = Tco::compute(in);
    const double storage = 42.0 / 1024 * 10 * 0.023 * 12;
    const double init = 12 * 420 * 0.0000166667;
    QVERIFY2(std::abs(lang(r, QStringLiteral("go")).dependencyVolume.usd - (init + storage)) < 1e-9,
             qPrintable(QString::number(lang(r, QStringLiteral("go")).dependencyVolume.usd)));
    // The runtime's own 127 ms stays on the cold-start line: 10 000 × 0.127 × 0.5 GB-s.
    QVERIFY(std::abs(lang(r, QStringLiteral("go")).coldStart.usd - 12 * 635 * 0.0000166667) < 1e-9);
    QCOMPARE(*lang(r, QStringLiteral("go")).coldStartMs, 211.0); // 127 + 84 ms of latency
    QVERIFY(lang(r, QStringLiteral("go")).dependencyVolume.formula.contains(QStringLiteral("42 MB × 2 ms/MB = 84 ms billed")));

    // Cloud Run functions rounds instance time to 100 ms: 100 + 127 = 227 → 300,
    // + 84 = 311 → 400 ms, so the artifact adds 100 billed ms (and its vCPU time).
    TcoInput gcp = in;
    gcp.provider = cloudRunFunctions();
    gcp.scenario.storagePricePerGbMonthUsd = 0;
    r = Tco::compute(gcp);
    const double gcpInit = 12 * (10000 * 0.1 * 0.5 * 0.0000025 + 10000 * 0.1 * 0.333 * 0.000024);
    QVERIFY2(std::abs(lang(r, QStringLiteral("go")).dependencyVolume.usd - gcpInit) < 1e-9,
             qPrintable(QString::number(lang(r, QStringLiteral("go")).dependencyVolume.usd)));

    // Azure Consumption does not bill init: only the storage is left.
    TcoInput azure = in;
    azure.provider = azureConsumption();
    r = Tco::compute(azure);
    QVERIFY(std::abs(lang(r, QStringLiteral("go")).dependencyVolume.usd - storage) < 1e-9);
    QVERIFY(lang(r, QStringLiteral("go")).dependencyVolume.formula.contains(QStringLiteral("does not bill init time")));

    // Without ms/MB the artifact's effect on cold starts is not known: storage only, and said so.
    in.languages[0].coldStartMsPerMb.reset();
    r = Tco::compute(in);
    QVERIFY(std::abs(lang(r, QStringLiteral("go")).dependencyVolume.usd - storage) < 1e-9);
    QVERIFY(r.notes.join(u'\n').contains(QStringLiteral("no cold start per artifact MB")));

    TcoLanguageInput small = in.languages[0];
    small.language = QStringLiteral("rust");
    small.artifactMb = 10;
    in.languages.push_back(small);
    QCOMPARE(*Tco::compute(in).artifactSpread, 4.2);
    in.scenario.dependencyVolumeSpread = 4.2;
    QVERIFY(Tco::compute(in).notes.join(u'\n').contains(QStringLiteral("spread 4.2× (the scenario's reference: 4.2×)")));
}

void TestTco::seedWithTheDocsArtifactSizes()
{
    // Issue 14: with 50/15/12 MB artifacts the old transfer line took the seed
    // baseline from 54 245 to 94 852 USD. Now the sizes cost their storage
    // (no ms/MB figure in the article): 50 functions each × 0.023 USD/GB-month × 12.
    Workspace ws = sampleWorkspace();
    const double before = *Tco::baselineTotal(ws);
    for (LanguageProfile &p : ws.languageProfiles) {
        if (p.language == u"python")
            p.artifactMb = 50;
        else if (p.language == u"go")
            p.artifactMb = 15;
        else if (p.language == u"rust")
            p.artifactMb = 12;
    }
    const double after = *Tco::baselineTotal(ws);
    const double storage = (50.0 + 15 + 12) / 1024 * 50 * 0.023 * 12;
    QVERIFY2(std::abs(after - before - storage) < 1e-9, qPrintable(QString::number(after - before)));
}

void TestTco::providerLimits()
{
    // Azure Consumption bills memory "up to the maximum memory size of 1,536 MB":
    // 4 096 MB, 3 M executions of 1 s → 3 M × 1.5 GB = 4 500 000 GB-s − 400 000
    // free = 4 100 000 × 0.000016 USD = 65.60 USD a month.
    FaasProvider azure = azureConsumption();
    azure.minMemoryMb = 128;
    azure.maxMemoryMb = 1536;
    azure.memoryLimit = LimitAction::Cap;
    TcoResult r = Tco::compute(computeOnly(azure, 4096, 1000, 3000000));
    QCOMPARE(std::round(r.monthlyComputeUsd * 100) / 100, 65.60);
    QCOMPARE(*r.billedMemoryMb, 1536.0);
    QVERIFY(r.refused.isEmpty());
    QVERIFY2(r.notes.join(u'\n').contains(QStringLiteral("billed as 1\u2009536 MB")), qPrintable(r.notes.join(u'\n')));

    // AWS Lambda refuses more than 10 240 MB: nothing the provider bills is
    // priced, the rest of the scenario still is, and the result says why.
    FaasProvider aws = awsX86();
    aws.minMemoryMb = 128;
    aws.maxMemoryMb = 10240;
    aws.memoryLimit = LimitAction::Refuse;
    aws.maxDurationMs = 900000;
    TcoInput in = computeOnly(aws, 20000, 1000, 3000000);
    in.scenario.basePlatformCostUsd = 12000;
    in.languages[0].languageFactor = 1.1;
    in.languages[0].functions = 50;
    r = Tco::compute(in);
    QVERIFY(r.refused.contains(QStringLiteral("refuses 20\u2009000 MB")));
    QCOMPARE(r.monthlyComputeUsd, 0.0);
    QCOMPARE(r.monthlyRequestsUsd, 0.0);
    QCOMPARE(lang(r, QStringLiteral("go")).compute.usd, 0.0);
    QCOMPARE(lang(r, QStringLiteral("go")).platformOverhead.usd, 13200.0);
    QVERIFY(Tco::csv(Tco::analyse(in, 20, 100, 1), Workspace()).contains("refused,"));

    // A 20-minute invocation stops at the 15-minute timeout and is billed up to it.
    r = Tco::compute(computeOnly(aws, 1024, 1200000, 1000));
    QCOMPARE(*r.billedDurationMs, 900000.0);
    QVERIFY(std::abs(r.monthlyComputeUsd - std::max(0.0, 1000 * 900.0 * 1.0 - 400000) * 0.0000166667) < 1e-9);
    QVERIFY(r.notes.join(u'\n').contains(QStringLiteral("time out")));
}

void TestTco::monitoringIsPerPerson()
{
    // Seed §2.5: 人均 2.1 人日/语言迁移 — 2.1 person-days per person per language.
    TcoInput in;
    in.scenario.horizonYears = 3;
    in.scenario.dayRateUsd = 800;
    in.scenario.teamSize = 6;
    TcoLanguageInput l;
    l.language = QStringLiteral("rust");
    l.functions = 5;
    l.monitoringPersonDays = 2.1;
    in.languages.push_back(l);
    const TcoResult r = Tco::compute(in);
    QVERIFY(std::abs(lang(r, QStringLiteral("rust")).monitoring.usd - 2.1 * 6 * 800 / 3) < 1e-9);
    QVERIFY(std::abs(r.oneOffUsd - 2.1 * 6 * 800) < 1e-9);
    QVERIFY(lang(r, QStringLiteral("rust")).monitoring.formula.contains(QStringLiteral("per person × 6 people")));
    QString error;
    QVERIFY(Tco::setNumber(&in, Workspace(), QStringLiteral("team_size"), 10, &error));
    QCOMPARE(*Tco::number(in, QStringLiteral("team_size")), 10.0);
    QVERIFY(!Tco::setNumber(&in, Workspace(), QStringLiteral("team_size"), -1, &error));
}

void TestTco::distributionsAsStated()
{
    // One input at a time, so the total moves linearly with it and the
    // percentiles can be computed by hand.
    const Workspace ws = sampleWorkspace();
    TcoInput in = *Tco::input(ws, QStringLiteral("seed-baseline"));
    const double perUsd = (21600 + 13200 + 15600) / 12000.0; // total per USD of base cost
    const double base = Tco::compute(in).totalAnnualUsd;
    // Normal 12 000 ± 1 000: P10/P90 at ∓1.2816 σ.
    in.ranges = {TcoRange{in.scenario.id, QStringLiteral("base_platform_cost_usd"), Distribution::Normal, 11000, 13000, {}}};
    TcoUncertainty u = Tco::uncertainty(in, 20000, 3);
    const double z = 1.2815516 * 1000 * perUsd;
    QVERIFY2(std::abs((base - u.p10) - z) < 0.03 * z, qPrintable(QString::number(base - u.p10)));
    QVERIFY2(std::abs((u.p90 - base) - z) < 0.03 * z, qPrintable(QString::number(u.p90 - base)));
    QVERIFY(std::abs(u.standardDeviation - 1000 * perUsd) < 0.03 * 1000 * perUsd);
    QCOMPARE(u.drivers.size(), size_t(1));
    QCOMPARE(u.drivers[0].varianceSharePct, 100.0);
    // Lognormal with mean 12 000 and σ 1 000: the mean is kept, the median is below it.
    in.ranges[0].distribution = Distribution::Lognormal;
    u = Tco::uncertainty(in, 20000, 3);
    QVERIFY2(std::abs(u.mean - base) < 0.01 * 1000 * perUsd, qPrintable(QString::number(u.mean - base)));
    QVERIFY(u.p50 < base);
    // Uniform 9 000–15 000: P10/P90 at 9 600 and 14 400.
    in.ranges[0].distribution = Distribution::Uniform;
    in.ranges[0].low = 9000;
    in.ranges[0].high = 15000;
    u = Tco::uncertainty(in, 20000, 3);
    QVERIFY(std::abs((base - u.p10) - 2400 * perUsd) < 0.03 * 2400 * perUsd);

    // The sample: the article's σ and the board's ranges give a band that
    // matches the tornado's order, and the base platform cost drives it.
    const TcoInput sample = *Tco::input(ws, QStringLiteral("seed-baseline"));
    u = Tco::uncertainty(sample, 5000, 1);
    QCOMPARE(u.parameters.size(), 9);
    QCOMPARE(u.drivers.front().parameter, QStringLiteral("base_platform_cost_usd"));
    double shares = 0;
    for (const TcoDriver &d : u.drivers)
        shares += d.varianceSharePct;
    QVERIFY(std::abs(shares - 100) < 1e-9);
    const double total = Tco::compute(sample).totalAnnualUsd;
    QVERIFY2((u.p90 - u.p10) / total > 0.15, qPrintable(QString::number((u.p90 - u.p10) / total))); // was ±1.5 % with usage ranges only
    QVERIFY(u.drivers.back().distribution.startsWith(QStringLiteral("normal")));
}

void TestTco::csvIsOneDocument()
{
    const Workspace ws = sampleWorkspace();
    TcoInput in = *Tco::input(ws, QStringLiteral("seed-baseline"));
    QString error;
    QVERIFY(Tco::set(&in, ws, QStringLiteral("functions.python"), QStringLiteral("200"), &error));
    const TcoAnalysis a = Tco::analyse(in, 20, 1000, 1, Tco::baselineTotal(ws), {QStringLiteral("functions.python")});
    const QByteArray bytes = Tco::csv(a, ws);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(rows[0], QStringLiteral("scenario,seed-baseline,\"Seed §2.5: 50 functions each in Python, Go and Rust\""));
    QVERIFY(rows.contains(QStringLiteral("override,functions.python,200")));
    // The lines header: one column per cost line of the one list, in its order.
    QStringList header{QStringLiteral("language"), QStringLiteral("language_id"), QStringLiteral("functions")};
    for (const TcoCostLine &line : Tco::costLines())
        header << QString::fromLatin1(line.key);
    header << QStringLiteral("custom_usd") << QStringLiteral("total_annual_usd");
    QVERIFY(rows.contains(header.join(u',')));
    QVERIFY(rows.filter(QRegularExpression(QStringLiteral("^Python,python,200,86400.00,"))).size() == 1);
    const QString total = rows.filter(QRegularExpression(QStringLiteral("^total,"))).value(0);
    QVERIFY2(total.endsWith(QString::number(a.result.totalAnnualUsd, 'f', 2)), qPrintable(total));
    QCOMPARE(total.count(u','), header.size() - 1);
    QVERIFY(rows.contains(QStringLiteral(",delta_to_baseline,%1,").arg(QString::number(a.result.totalAnnualUsd - *a.baselineTotal, 'f', 2))));
    QVERIFY(rows.filter(QRegularExpression(QStringLiteral("^,p90_annual_total,"))).size() == 1);
    QVERIFY(rows.contains(QStringLiteral("uncertain_input,distribution,share_of_spread_pct,rank_correlation")));
    QVERIFY(rows.filter(QRegularExpression(QStringLiteral("^parameter,description,unit,value,"))).size() == 1);
    QVERIFY(bytes.endsWith("\r\n"));
    // The same analysis gives the same bytes (the GUI and the CLI: tst_gui).
    QCOMPARE(Tco::csv(Tco::analyse(in, 20, 1000, 1, Tco::baselineTotal(ws), {QStringLiteral("functions.python")}), ws), bytes);
}

void TestTco::whatIfSession()
{
    const Workspace ws = sampleWorkspace();
    TcoWhatIf w;
    QVERIFY(!w.setScenario(QStringLiteral("seed-baseline")));
    w.setValue(ws, QStringLiteral("functions.python"), 200);
    w.setValue(ws, QStringLiteral("memory_mb"), 512); // as saved: no override
    QCOMPARE(w.values().size(), 1);
    QCOMPARE(*w.savedValue(ws, QStringLiteral("functions.python")), 50.0);
    const TcoInput in = *w.input(ws);
    QCOMPARE(*Tco::number(in, QStringLiteral("functions.python")), 200.0);
    QCOMPARE(*Tco::number(*Tco::input(ws, QStringLiteral("seed-baseline")), QStringLiteral("functions.python")), 50.0); // the workspace is untouched
    // 150 more Python functions: 3 × 21 600 USD more platform overhead, among others.
    const TcoBaselineDelta d = Tco::baselineDelta(ws, w.scenario(), Tco::compute(in).totalAnnualUsd);
    QVERIFY(d.isBaseline);
    QVERIFY(*d.deltaUsd > 3 * 21600);
    QVERIFY(std::abs(*d.deltaPct - *d.deltaUsd / *Tco::baselineTotal(ws) * 100) < 1e-9);
    // A ranged input moves its range along; dragging back removes the override.
    w.setValue(ws, QStringLiteral("invocations_per_month"), 5000000);
    QCOMPARE(w.movedRanges(*w.input(ws)).size(), 1);
    w.setValue(ws, QStringLiteral("functions.python"), 50);
    QCOMPARE(w.names(), QStringList{QStringLiteral("invocations_per_month")});
    // Another scenario drops the values.
    QVERIFY(w.setScenario(QStringLiteral("whatif-rust-60")));
    QVERIFY(w.isEmpty());
    const TcoBaselineDelta rust = Tco::baselineDelta(ws, w.scenario(), Tco::compute(*w.input(ws)).totalAnnualUsd);
    QVERIFY(!rust.isBaseline);
    QVERIFY(*rust.deltaUsd < 0);
}

void TestTco::costLinesAreOneList()
{
    // JSON, CSV, the tables and charts iterate Tco::costLines(): the seven keys in order.
    QStringList keys;
    for (const TcoCostLine &line : Tco::costLines())
        keys << QString::fromLatin1(line.key);
    QCOMPARE(keys, (QStringList{QStringLiteral("platform_overhead_usd"), QStringLiteral("compute_usd"), QStringLiteral("requests_usd"),
                                QStringLiteral("cold_start_usd"), QStringLiteral("ci_usd"), QStringLiteral("dependency_volume_usd"),
                                QStringLiteral("monitoring_usd")}));
    QCOMPARE(Tco::lineNames().size(), keys.size() + 1);
    const Workspace ws = sampleWorkspace();
    const TcoInput in = *Tco::input(ws, QStringLiteral("seed-baseline"));
    const TcoResult r = Tco::compute(in);
    const QJsonObject json = tcoResultJson(in, r, {}, TcoUncertainty{});
    for (const QJsonValue &v : json.value(QStringLiteral("languages")).toArray()) {
        const QJsonObject lines = v.toObject().value(QStringLiteral("lines")).toObject();
        QCOMPARE(lines.keys().size(), keys.size());
        for (const QString &key : keys)
            QVERIFY2(lines.contains(key), qPrintable(key));
    }
    // Every language's total is the sum of its lines.
    for (const TcoLanguageResult &l : r.languages) {
        double sum = 0;
        for (const TcoLineValue &v : Tco::lines(l))
            sum += v.usd;
        QVERIFY(std::abs(sum - l.totalAnnualUsd) < 1e-9);
    }
    // The pairwise comparison (and the diff) names lines from the same list:
    // per language the seven keys in order, then its custom lines by their own
    // names under the key Tco::lines() gives them; the labels are lineNames()'.
    const TcoResult other = Tco::compute(*Tco::input(ws, ws.scenarios.back().id));
    const TcoComparison cmp = Tco::compare(r, other);
    QStringList seen;
    for (const TcoLineDelta &d : cmp.lines) {
        if (d.line == Tco::customLinesKey()) {
            QCOMPARE(Tco::lineLabel(d), d.custom);
            continue;
        }
        const qsizetype k = keys.indexOf(d.line);
        QVERIFY2(k >= 0, qPrintable(d.line));
        QCOMPARE(Tco::lineLabel(d), Tco::lineNames().at(k));
        if (k == 0)
            seen.clear();
        seen << d.line;
        if (seen.size() == keys.size())
            QCOMPARE(seen, keys);
    }
    QCOMPARE(Tco::customLinesKey(), Tco::lines(r.languages.front()).back().key);
}

void TestTco::monitoringAndCustomLinesOverTheHorizon()
{
    TcoInput in;
    in.scenario.horizonYears = 3;
    in.scenario.dayRateUsd = 800;
    TcoLanguageInput l;
    l.language = QStringLiteral("rust");
    l.functions = 5;
    l.monitoringPersonDays = 2.1;
    in.languages.push_back(l);
    CostLine support{QStringLiteral("s"), QStringLiteral("Support"), QString(), 100, Recurrence::Monthly, {}};
    CostLine training{QStringLiteral("s"), QStringLiteral("Rust training"), QStringLiteral("rust"), 3000, Recurrence::OneOff, {}};
    CostLine licence{QStringLiteral("s"), QStringLiteral("Licence"), QStringLiteral("rust"), 500, Recurrence::Annual, {}};
    in.costLines = {support, training, licence};
    const TcoResult r = Tco::compute(in);
    const TcoLanguageResult &rust = lang(r, QStringLiteral("rust"));
    QVERIFY(std::abs(rust.monitoring.usd - 2.1 * 800 / 3) < 1e-9);          // one-off, spread
    QCOMPARE(rust.custom.size(), size_t(2));
    QCOMPARE(r.shared.size(), size_t(1));
    QCOMPARE(r.shared[0].second.usd, 1200.0);                               // monthly × 12
    const double annual = 2.1 * 800 / 3 + 1000 + 500 + 1200;
    QVERIFY(std::abs(r.totalAnnualUsd - annual) < 1e-9);
    QVERIFY(std::abs(r.oneOffUsd - (1680 + 3000)) < 1e-9);
    // Cumulative: one-offs in year 1, then the recurring part each year; the
    // horizon's end equals horizon × the annual figure.
    QCOMPARE(r.cumulativeUsd.size(), size_t(3));
    QVERIFY(std::abs(r.cumulativeUsd[0] - (4680 + 1700)) < 1e-9);
    QVERIFY(std::abs(r.cumulativeUsd[2] - 3 * annual) < 1e-9);
}

void TestTco::missingFiguresAreNotedNotGuessed()
{
    TcoInput in;
    in.scenario.id = QStringLiteral("s");
    TcoLanguageInput ts;
    ts.language = QStringLiteral("typescript");
    ts.name = QStringLiteral("TypeScript");
    ts.functions = 20;
    in.languages.push_back(ts);
    const TcoResult r = Tco::compute(in);
    QCOMPARE(lang(r, QStringLiteral("typescript")).platformOverhead.usd, 0.0);
    const QString notes = r.notes.join(u'\n');
    QVERIFY(notes.contains(QStringLiteral("TypeScript has no language factor")));
    QVERIFY(notes.contains(QStringLiteral("no cold-start figure")));
    QVERIFY(notes.contains(QStringLiteral("no provider")));
}

void TestTco::parametersByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error"); // empty: accepted

    QTest::newRow("memory") << "memory_mb" << "1024" << "";
    QTest::newRow("memory too small") << "memory_mb" << "64" << "memory_mb";
    QTest::newRow("not a number") << "duration_ms" << "fast" << "“fast” is not a number";
    QTest::newRow("negative") << "invocations_per_month" << "-5" << "below";
    QTest::newRow("share over 100") << "cold_start_pct" << "140" << "more than 100";
    QTest::newRow("free tier") << "free_tier" << "false" << "";
    QTest::newRow("free tier bad") << "free_tier" << "maybe" << "not true or false";
    QTest::newRow("provider") << "provider" << "aws-lambda-arm" << "";
    QTest::newRow("unknown provider") << "provider" << "ibm" << "no provider “ibm”";
    QTest::newRow("functions of a new language") << "functions.typescript" << "20" << "";
    QTest::newRow("functions of no candidate") << "functions.cobol" << "3" << "no candidate";
    QTest::newRow("factor") << "language_factor.go" << "1.5" << "";
    QTest::newRow("factor of a language not in the scenario") << "language_factor.java" << "1.5" << "set functions.java first";
    QTest::newRow("unknown") << "bogus" << "1" << "unknown parameter “bogus”";
    QTest::newRow("empty language") << "functions." << "1" << "unknown parameter";
    QTest::newRow("horizon") << "horizon_years" << "31" << "horizon_years";
}

void TestTco::parametersByName()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, error);
    const Workspace ws = sampleWorkspace();
    std::optional<TcoInput> in = Tco::input(ws, QStringLiteral("seed-baseline"));
    const TcoInput before = *in;
    QString message;
    const bool ok = Tco::set(&*in, ws, name, value, &message);
    QCOMPARE(ok, error.isEmpty());
    if (!ok) {
        QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    if (name == u"provider")
        QCOMPARE(in->provider->id, value);
    else if (name == u"free_tier")
        QCOMPARE(in->scenario.freeTier, false);
    else
        QCOMPARE(*Tco::number(*in, name), value.toDouble());
    // The override never touches the workspace.
    QCOMPARE(Tco::input(ws, QStringLiteral("seed-baseline"))->scenario, before.scenario);
}

void TestTco::listedParametersCoverTheCliNames()
{
    const Workspace ws = sampleWorkspace();
    const TcoInput in = *Tco::input(ws, QStringLiteral("seed-baseline"));
    QStringList names;
    for (const TcoParameter &p : Tco::parameters(in, ws)) {
        names << p.name;
        QVERIFY2(Tco::isParameter(p.name), qPrintable(p.name));
    }
    for (const char *required : {"provider", "free_tier", "memory_mb", "duration_ms", "invocations_per_month", "functions.python",
                                 "functions.rust", "language_factor.go", "base_platform_cost_usd", "horizon_years",
                                 "functions.typescript"})
        QVERIFY2(names.contains(QLatin1StringView(required)), required);
}

void TestTco::scenarioOverrideAndUndo()
{
    // A variant overrides the baseline's parameters; the document's undo
    // brings the figure back; what-if overrides (Tco::set) never reach it.
    Document doc;
    doc.resetWorkspace(std::make_unique<Workspace>(sampleWorkspace()));
    const auto total = [&](const QString &id) { return Tco::compute(*Tco::input(doc.workspace(), id)).totalAnnualUsd; };
    const double before = total(QStringLiteral("seed-baseline"));
    const int row = doc.rowOfId(TableId::Scenarios, QStringLiteral("seed-baseline"));
    const int memory = Schema::table(TableId::Scenarios).fieldIndex("memory_mb");
    QVERIFY(doc.setValue(TableId::Scenarios, row, memory, 2048));
    const double after = total(QStringLiteral("seed-baseline"));
    QVERIFY(after > before);
    doc.undoStack()->undo();
    QCOMPARE(total(QStringLiteral("seed-baseline")), before);
    doc.undoStack()->redo();
    QCOMPARE(total(QStringLiteral("seed-baseline")), after);
    doc.undoStack()->undo();

    // The what-if scenarios differ from the baseline by their function counts only.
    QVERIFY(total(QStringLiteral("whatif-python-200")) > before);
    QVERIFY(total(QStringLiteral("whatif-rust-60")) < before);

    TcoInput whatIf = *Tco::input(doc.workspace(), QStringLiteral("seed-baseline"));
    QString error;
    QVERIFY(Tco::set(&whatIf, doc.workspace(), QStringLiteral("functions.python"), QStringLiteral("0"), &error));
    QVERIFY(Tco::compute(whatIf).totalAnnualUsd < before);
    QCOMPARE(total(QStringLiteral("seed-baseline")), before);
    QVERIFY(!doc.undoStack()->canUndo() || doc.undoStack()->index() == 0);
}

void TestTco::settingAFactorEndsTheEstimate()
{
    Document doc;
    doc.resetWorkspace(std::make_unique<Workspace>(sampleWorkspace()));
    const auto &profiles = doc.workspace().languageProfiles;
    const int row = int(std::find_if(profiles.begin(), profiles.end(), [](const LanguageProfile &p) { return p.language == u"typescript"; })
                        - profiles.begin());
    QVERIFY(row < int(profiles.size()));
    QVERIFY(doc.workspace().languageProfiles[size_t(row)].factorIsEstimate);
    // With TypeScript functions, the estimate is said in the notes.
    TcoInput in = *Tco::input(doc.workspace(), QStringLiteral("seed-baseline"));
    QString error;
    QVERIFY(Tco::set(&in, doc.workspace(), QStringLiteral("functions.typescript"), QStringLiteral("10"), &error));
    QVERIFY(Tco::compute(in).notes.join(u'\n').contains(QStringLiteral("TypeScript's language factor 1 is an estimate")));
    // The user sets it: one undo step, no longer an estimate; undo restores both.
    const int field = Schema::table(TableId::LanguageProfiles).fieldIndex("language_factor");
    QVERIFY(doc.setValue(TableId::LanguageProfiles, row, field, 1.4));
    QCOMPARE(*doc.workspace().languageProfiles[size_t(row)].languageFactor, 1.4);
    QVERIFY(!doc.workspace().languageProfiles[size_t(row)].factorIsEstimate);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(*doc.workspace().languageProfiles[size_t(row)].languageFactor, 1.0);
    QVERIFY(doc.workspace().languageProfiles[size_t(row)].factorIsEstimate);
}

void TestTco::sensitivityIsRankedBySwing()
{
    const Workspace ws = sampleWorkspace();
    const TcoInput in = *Tco::input(ws, QStringLiteral("seed-baseline"));
    const double base = Tco::compute(in).totalAnnualUsd;
    const std::vector<TcoSensitivity> s = Tco::sensitivity(in, 20);
    QVERIFY(s.size() > 10);
    for (size_t i = 1; i < s.size(); ++i)
        QVERIFY(s[i - 1].swing() >= s[i].swing());
    auto find = [&](const QString &name) -> const TcoSensitivity & {
        for (const TcoSensitivity &x : s) {
            if (x.parameter == name)
                return x;
        }
        qFatal("no %s", qPrintable(name));
    };
    // Platform overhead is linear in the base cost: ±20 % of 40 400 USD of overhead.
    const TcoSensitivity &baseCost = find(QStringLiteral("base_platform_cost_usd"));
    QVERIFY(std::abs(baseCost.highUsd - base - 0.2 * (21600 + 13200 + 15600)) < 1e-6);
    QVERIFY(std::abs(base - baseCost.lowUsd - 0.2 * (21600 + 13200 + 15600)) < 1e-6);
    // Python's factor (1.8) moves the total more than Go's (1.1).
    QVERIFY(find(QStringLiteral("language_factor.python")).swing() > find(QStringLiteral("language_factor.go")).swing());
    // Inputs at 0 (TypeScript functions) are not listed; a wider step swings more.
    for (const TcoSensitivity &x : s)
        QVERIFY(x.value != 0);
    QVERIFY(Tco::sensitivity(in, 50).front().swing() > s.front().swing());
}

void TestTco::monteCarloIsReproducible()
{
    const Workspace ws = sampleWorkspace();
    TcoInput in = *Tco::input(ws, QStringLiteral("seed-baseline"));
    QCOMPARE(in.ranges.size(), size_t(9));
    const TcoUncertainty a = Tco::uncertainty(in, 2000, 7);
    const TcoUncertainty b = Tco::uncertainty(in, 2000, 7);
    QCOMPARE(a.p10, b.p10);
    QCOMPARE(a.p50, b.p50);
    QCOMPARE(a.p90, b.p90);
    QVERIFY(a.p10 < a.p50 && a.p50 < a.p90);
    const TcoUncertainty c = Tco::uncertainty(in, 2000, 8);
    QVERIFY(c.p50 != a.p50);
    QCOMPARE(a.parameters.size(), 9);

    // One symmetric range on a linear input: the median sits at the mode, and
    // P10/P90 of a triangular(−w, 0, +w) are at ∓w(1 − √0.2).
    in.ranges = {TcoRange{in.scenario.id, QStringLiteral("base_platform_cost_usd"), Distribution::Triangular, 9000, 15000, {}}};
    const double base = Tco::compute(in).totalAnnualUsd;
    const double perUsd = (21600 + 13200 + 15600) / 12000.0; // total per USD of base cost
    const TcoUncertainty t = Tco::uncertainty(in, 20000, 1);
    QVERIFY2(std::abs(t.p50 - base) < 0.01 * 3000 * perUsd, qPrintable(QString::number(t.p50 - base)));
    const double offset = 3000 * (1 - std::sqrt(0.2)) * perUsd;
    QVERIFY2(std::abs((base - t.p10) - offset) < 0.03 * offset, qPrintable(QString::number(base - t.p10)));
    QVERIFY2(std::abs((t.p90 - base) - offset) < 0.03 * offset, qPrintable(QString::number(t.p90 - base)));

    // An override moves its range along: 5 M invocations with a saved 1 M
    // in 0.5–2 M draws from 2.5–10 M, so the percentiles surround the new total.
    TcoInput moved = *Tco::input(ws, QStringLiteral("seed-baseline"));
    QString error;
    QVERIFY(Tco::set(&moved, ws, QStringLiteral("invocations_per_month"), QStringLiteral("5000000"), &error));
    const double movedTotal = Tco::compute(moved).totalAnnualUsd;
    const TcoUncertainty m = Tco::uncertainty(moved, 4000, 1);
    QVERIFY2(m.p10 < movedTotal && movedTotal < m.p90, qPrintable(QStringLiteral("%1 %2 %3").arg(m.p10).arg(movedTotal).arg(m.p90)));

    // Without ranges there is no spread.
    in.ranges.clear();
    const TcoUncertainty none = Tco::uncertainty(in, 100, 1);
    QCOMPARE(none.p10, base);
    QCOMPARE(none.p90, base);
}

void TestTco::pipelineDiagram()
{
    const Workspace ws = sampleWorkspace();
    const TcoInput in = *Tco::input(ws, QStringLiteral("seed-baseline"));
    const Diagram d = Tco::pipelineDiagram(in, Tco::compute(in), ws);
    QStringList ids;
    for (const DiagramNode &n : d.nodes)
        ids << n.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("source"), QStringLiteral("detect"), QStringLiteral("build-python"), QStringLiteral("build-go"),
                               QStringLiteral("build-rust"), QStringLiteral("gateway")}));
    QCOMPARE(d.edges.size(), 1 + 2 * 3);
    QCOMPARE(d.name, QStringLiteral("build-pipeline-seed-baseline"));
    TcoInput hostile = in;
    hostile.scenario.id = QStringLiteral("../../etc/passwd");
    QVERIFY(!Tco::pipelineDiagram(hostile, Tco::compute(hostile), ws).name.contains(u'/'));
}

void TestTco::csvFieldsAreInert()
{
    // Shared by archboard-cli tco --format csv and the cost model's Export CSV.
    QCOMPARE(csvField(QStringLiteral("Rust")), QStringLiteral("Rust"));
    QCOMPARE(csvField(QStringLiteral("=HYPERLINK(\"http://x\")")), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    QCOMPARE(csvField(QStringLiteral("+1")), QStringLiteral("'+1"));
    QCOMPARE(csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(csvField(QStringLiteral("蟒蛇")), QStringLiteral("蟒蛇"));
}

void TestTco::baselineIsTheMarkedScenarioElseTheFirst()
{
    Workspace ws = sampleWorkspace();
    QCOMPARE(Tco::baselineScenario(ws), QStringLiteral("seed-baseline"));
    QCOMPARE(*Tco::baselineTotal(ws), Tco::compute(*Tco::input(ws, QStringLiteral("seed-baseline"))).totalAnnualUsd);
    // Marked later in the list: still that one.
    ws.scenarios[0].baseline = false;
    ws.scenarios[2].baseline = true;
    QCOMPARE(Tco::baselineScenario(ws), QStringLiteral("whatif-rust-60"));
    // None marked: the first, as the CLI and the cost-model page open it.
    ws.scenarios[2].baseline = false;
    QCOMPARE(Tco::baselineScenario(ws), QStringLiteral("seed-baseline"));
    ws.scenarios.clear();
    QVERIFY(Tco::baselineScenario(ws).isEmpty());
    QVERIFY(!Tco::baselineTotal(ws));
}

QTEST_GUILESS_MAIN(TestTco)
#include "tst_tco.moc"
