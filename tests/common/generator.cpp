#include "generator.h"

#include "decisions.h"
#include "sample.h"

#include <QRandomGenerator>
#include <QStringList>

#include <cmath>

namespace ArchBoard::Testing {

GeneratorSpec largeSpec()
{
    GeneratorSpec s;
    s.candidates = 12;
    s.criteria = 40;
    s.tiers = 6;
    s.raters = 15;
    s.contexts = 500;
    s.relations = 2000;
    s.services = 2000;
    s.dependenciesPerService = 60;
    s.scenarios = 4;
    s.decisions = 20;
    return s;
}

namespace {

class Gen
{
public:
    Gen(const GeneratorSpec &spec, quint32 seed) : m_spec(spec), m_rng(seed) {}

    int pick(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    double real(double lo, double hi) { return lo + m_rng.generateDouble() * (hi - lo); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    template<class E>
    E anyOf(int count) { return E(pick(count)); }

    QString text(const QString &plain)
    {
        if (!m_spec.hostileText)
            return plain;
        static const QStringList pieces = {
            QStringLiteral("\"quoted\""), QStringLiteral("it's"), QStringLiteral("a: b # c"), QStringLiteral("back\\slash"),
            QStringLiteral("订单服务"), QStringLiteral("库存 → 财务"), QStringLiteral("- dash"), QStringLiteral("[flow]"),
            QStringLiteral("{map}"), QStringLiteral("&anchor"), QStringLiteral("*alias"), QStringLiteral("!tag"),
            QStringLiteral("%directive"), QStringLiteral("@at"), QStringLiteral("`tick`"), QStringLiteral("| pipe"),
            QStringLiteral("> fold"), QStringLiteral("true"), QStringLiteral("null"), QStringLiteral("~"), QStringLiteral("0x1F"),
            QStringLiteral("1e3"), QStringLiteral("--- "), QStringLiteral("..."), QStringLiteral("tab\there"),
            QStringLiteral("😀 emoji"), QStringLiteral("<script>alert(1)</script>"), QStringLiteral("\\N\\G"),
            QStringLiteral(" leading space"), QStringLiteral("trailing space "), QStringLiteral("ümlaut é"),
            QStringLiteral("line\u2028separator"), QStringLiteral("nel\u0085x"), QStringLiteral("bom\uFEFFx"),
            QStringLiteral("ctrl\x01x"), QStringLiteral("'single'"), QStringLiteral("?"), QStringLiteral(":"), QStringLiteral("#"),
        };
        QString s = plain;
        const int n = 1 + pick(3);
        for (int i = 0; i < n; ++i)
            s += (chance(0.5) ? QStringLiteral(" ") : QString()) + pieces.at(pick(int(pieces.size())));
        if (chance(0.2))
            s = pieces.at(pick(int(pieces.size())));
        return s;
    }

    QString longText(const QString &plain)
    {
        if (!m_spec.hostileText)
            return plain + QStringLiteral("\nSecond line.");
        static const QStringList shapes = {
            QStringLiteral("first\nsecond"), QStringLiteral("first\nsecond\n"), QStringLiteral("first\n\n\nafter blanks"),
            QStringLiteral("ends with two\n\n"), QStringLiteral("\nstarts with newline"), QStringLiteral("  indented\nlines"),
            QStringLiteral("a\n  b\n    c"), QStringLiteral("trailing \nspaces "), QStringLiteral("crlf\r\nline"),
            QStringLiteral("key: value\n- item\n# not a comment"), QStringLiteral("中文第一行\n第二行：冒号"),
            QStringLiteral("   \n   "), QStringLiteral("tab\tin\nblock"),
        };
        return text(plain) + shapes.at(pick(int(shapes.size())));
    }

    Workspace build()
    {
        Workspace ws;
        ws.info.name = text(QStringLiteral("Generated workspace"));
        ws.info.description = longText(QStringLiteral("Generated for tests and benchmarks."));
        ws.info.ratingAggregation = chance(0.5) ? RatingAggregation::Mean : RatingAggregation::Median;
        ws.info.disagreementThreshold = 1.5;
        ws.info.fragileThresholdPp = 7.5;
        ws.info.source = text(QStringLiteral("generator"));

        const QString palette[] = {QStringLiteral("#dea584"), QStringLiteral("#3178c6"), QStringLiteral("#b07219"), QStringLiteral("#00add8")};
        for (int i = 0; i < m_spec.candidates; ++i) {
            Candidate c;
            c.id = QStringLiteral("cand-%1").arg(i);
            c.name = text(QStringLiteral("Candidate %1").arg(i));
            c.category = anyOf<CandidateCategory>(Enums::candidateCategory.count());
            c.shortlisted = chance(0.8);
            c.color = palette[i % 4];
            c.notes = chance(0.5) ? longText(QStringLiteral("notes")) : QString();
            ws.candidates.push_back(c);
        }
        for (int i = 0; i < m_spec.criteria; ++i) {
            Criterion c;
            c.id = QStringLiteral("crit-%1").arg(i);
            c.name = text(QStringLiteral("Criterion %1").arg(i));
            c.unit = i % 2 ? QStringLiteral("ms") : QStringLiteral("score");
            c.direction = i % 3 ? Direction::LowerIsBetter : Direction::HigherIsBetter;
            c.kind = i % 4 == 0 ? CriterionKind::Rated : CriterionKind::Measured;
            c.description = chance(0.3) ? longText(QStringLiteral("why it matters")) : QString();
            ws.criteria.push_back(c);
        }
        for (const Candidate &cand : ws.candidates) {
            for (const Criterion &crit : ws.criteria) {
                if (crit.kind != CriterionKind::Measured)
                    continue;
                Measurement m;
                m.candidate = cand.id;
                m.criterion = crit.id;
                if (!chance(0.1))
                    m.value = std::round(real(0, 1000) * 1000) / 1000;
                m.source = text(QStringLiteral("bench run"));
                // Every third measured figure with a ±10 % range (win probabilities);
                // derived, so the random sequence of what follows stays as it was.
                if (m.value && ws.measurements.size() % 3 == 0) {
                    m.distribution = ws.measurements.size() % 2 ? Distribution::Triangular : Distribution::Normal;
                    m.low = *m.value * 0.9;
                    m.high = *m.value * 1.1;
                }
                ws.measurements.push_back(m);
            }
        }
        for (int t = 0; t < m_spec.tiers; ++t) {
            SlaTier tier;
            tier.id = QStringLiteral("tier-%1").arg(t);
            tier.name = text(QStringLiteral("Tier %1").arg(t));
            tier.description = chance(0.3) ? longText(QStringLiteral("tier")) : QString();
            if (chance(0.6))
                tier.availabilityPct = 99.0 + pick(100) / 100.0;
            if (chance(0.5))
                tier.p99Ms = double(10 + pick(200));
            if (chance(0.5))
                tier.deliveryWeeks = double(1 + pick(8));
            ws.tiers.push_back(tier);
            for (const Criterion &crit : ws.criteria) {
                TierWeight w;
                w.tier = tier.id;
                w.criterion = crit.id;
                w.weight = 1 + pick(5);
                ws.tierWeights.push_back(w);
            }
            for (int k = 0; k + 1 < std::min(4, int(ws.criteria.size())); ++k) {
                TierComparison cmp;
                cmp.tier = tier.id;
                cmp.criterionA = ws.criteria[size_t(k)].id;
                cmp.criterionB = ws.criteria[size_t(k + 1)].id;
                static const double scale[] = {1.0 / 5, 1.0 / 3, 1, 3, 5, 7};
                cmp.ratio = scale[pick(6)];
                ws.tierComparisons.push_back(cmp);
            }
            for (int k = 0; k < 2 && k < int(ws.criteria.size()); ++k) {
                TierThreshold th;
                th.tier = tier.id;
                th.criterion = ws.criteria[size_t(pick(int(ws.criteria.size())))].id;
                th.comparison = chance(0.5) ? Comparison::LessOrEqual : Comparison::GreaterOrEqual;
                th.value = double(pick(1000));
                ws.tierThresholds.push_back(th);
            }
        }
        for (int r = 0; r < std::min(3, m_spec.candidates); ++r) {
            DecisionRule rule;
            rule.id = QStringLiteral("rule-%1").arg(r);
            rule.name = text(QStringLiteral("Rule %1").arg(r));
            rule.candidate = ws.candidates[size_t(r)].id;
            ws.rules.push_back(rule);
            if (r < 2) {
                RuleCondition c;
                c.rule = rule.id;
                c.attribute = r == 0 ? RuleAttribute::AvailabilityPct : RuleAttribute::DeliveryWeeks;
                c.comparison = r == 0 ? Comparison::GreaterOrEqual : Comparison::LessOrEqual;
                c.value = r == 0 ? QStringLiteral("99.99") : QStringLiteral("2");
                ws.ruleConditions.push_back(c);
            }
        }
        for (int i = 0; i < m_spec.raters; ++i) {
            Rater rater;
            rater.id = QStringLiteral("rater-%1").arg(i);
            rater.name = text(QStringLiteral("Rater %1").arg(i));
            ws.raters.push_back(rater);
            for (const Candidate &cand : ws.candidates) {
                for (const Criterion &crit : ws.criteria) {
                    if (crit.kind != CriterionKind::Rated)
                        continue;
                    Rating rt;
                    rt.rater = rater.id;
                    rt.candidate = cand.id;
                    rt.criterion = crit.id;
                    rt.score = 1 + pick(5);
                    ws.ratings.push_back(rt);
                }
            }
        }
        for (int i = 0; i < m_spec.contexts; ++i) {
            BoundedContext c;
            c.id = QStringLiteral("ctx-%1").arg(i);
            c.name = text(QStringLiteral("Context %1").arg(i));
            c.domainType = anyOf<DomainType>(Enums::domainType.count());
            c.team = QStringLiteral("team-%1").arg(i % 17);
            c.language = ws.candidates.empty() ? QString() : ws.candidates[size_t(pick(int(ws.candidates.size())))].id;
            c.dataFormat = anyOf<DataFormat>(Enums::dataFormat.count());
            c.syncMechanism = anyOf<SyncMechanism>(Enums::syncMechanism.count());
            if (chance(0.7))
                c.latencyToleranceMs = double(10 * (1 + pick(100)));
            c.tier = ws.tiers.empty() || chance(0.2) ? QString() : ws.tiers[size_t(pick(int(ws.tiers.size())))].id;
            c.functionCount = pick(40);
            ws.contexts.push_back(c);
        }
        for (int i = 0; i < m_spec.relations && ws.contexts.size() > 1; ++i) {
            ContextRelation r;
            r.id = QStringLiteral("rel-%1").arg(i);
            const int up = pick(int(ws.contexts.size()));
            int down = pick(int(ws.contexts.size()) - 1);
            if (down >= up)
                ++down;
            r.upstream = ws.contexts[size_t(up)].id;
            r.downstream = ws.contexts[size_t(down)].id;
            r.pattern = anyOf<ContextPattern>(Enums::contextPattern.count());
            r.upstreamRoles = anyOf<UpstreamRoles>(Enums::upstreamRoles.count());
            r.downstreamRole = anyOf<DownstreamRole>(Enums::downstreamRole.count());
            r.mechanism = anyOf<SyncMechanism>(Enums::syncMechanism.count());
            r.format = anyOf<DataFormat>(Enums::dataFormat.count());
            if (chance(0.5))
                r.expectedLatencyMs = double(1 + pick(300));
            ws.relations.push_back(r);
        }
        FaasProvider p;
        p.id = QStringLiteral("provider-0");
        p.name = text(QStringLiteral("Provider"));
        p.pricePerGbSecond = 0.0000166667;
        p.pricePerMillionRequests = 0.2;
        p.freeGbSecondsPerMonth = 400000;
        p.freeRequestsPerMonth = 1000000;
        p.asOf = QDate(2025, 8, 1);
        ws.providers.push_back(p);
        for (const Candidate &cand : ws.candidates) {
            LanguageProfile lp;
            lp.language = cand.id;
            if (chance(0.7))
                lp.languageFactor = 1.0 + pick(10) / 10.0;
            lp.factorIsEstimate = !lp.languageFactor.has_value();
            if (chance(0.7)) {
                lp.coldStartMeanMs = double(50 + pick(900));
                lp.coldStartSigmaMs = double(5 + pick(200));
                lp.firstByteMs = *lp.coldStartMeanMs + 20;
            }
            lp.monitoringPersonDays = 2.1;
            ws.languageProfiles.push_back(lp);
        }
        for (int s = 0; s < m_spec.scenarios; ++s) {
            TcoScenario sc;
            sc.id = QStringLiteral("scenario-%1").arg(s);
            sc.name = text(QStringLiteral("Scenario %1").arg(s));
            sc.baseline = s == 0;
            sc.provider = p.id;
            sc.memoryMb = 128 * (1 + pick(16));
            sc.durationMs = double(1 + pick(2000));
            sc.invocationsPerMonth = double(pick(10000000));
            sc.coldStartPct = pick(1000) / 100.0;
            sc.horizonYears = 1 + pick(5);
            sc.source = chance(0.5) ? longText(QStringLiteral("assumptions")) : QString();
            ws.scenarios.push_back(sc);
            for (const Candidate &cand : ws.candidates) {
                if (chance(0.5))
                    continue;
                ScenarioFunctions f;
                f.scenario = sc.id;
                f.language = cand.id;
                f.functions = pick(300);
                ws.scenarioFunctions.push_back(f);
            }
            CostLine line;
            line.scenario = sc.id;
            line.name = text(QStringLiteral("Support contract"));
            line.amountUsd = double(pick(100000));
            line.recurrence = anyOf<Recurrence>(Enums::recurrence.count());
            ws.costLines.push_back(line);
            // Derived from the scenario, so the random sequence of what follows stays as it was.
            TcoRange range;
            range.scenario = sc.id;
            range.parameter = QStringLiteral("invocations_per_month");
            range.low = sc.invocationsPerMonth * 0.5;
            range.high = sc.invocationsPerMonth * 1.5;
            ws.tcoRanges.push_back(range);
        }
        static const char *depNames[] = {"lodash", "react", "express", "serde", "tokio", "spring-boot-starter-web",
                                         "requests", "numpy", "golang.org/x/net", "jackson-databind"};
        for (int i = 0; i < m_spec.services; ++i) {
            Service svc;
            svc.id = QStringLiteral("svc-%1").arg(i);
            svc.name = text(QStringLiteral("Service %1").arg(i));
            svc.context = ws.contexts.empty() ? QString() : ws.contexts[size_t(pick(int(ws.contexts.size())))].id;
            svc.language = ws.candidates.empty() ? QString() : ws.candidates[size_t(pick(int(ws.candidates.size())))].id;
            svc.runtime = QStringLiteral("nodejs");
            svc.runtimeVersion = QStringLiteral("18.%1.0").arg(pick(20));
            svc.path = QStringLiteral("services/svc-%1").arg(i);
            ws.services.push_back(svc);
            for (int d = 0; d < m_spec.dependenciesPerService; ++d) {
                Dependency dep;
                dep.service = svc.id;
                dep.ecosystem = anyOf<Ecosystem>(Enums::ecosystem.count());
                dep.name = QString::fromLatin1(depNames[d % 10]) + (d >= 10 ? QStringLiteral("-%1").arg(d) : QString());
                dep.version = QStringLiteral("^%1.%2.%3").arg(1 + pick(4)).arg(pick(20)).arg(pick(10));
                dep.resolved = dep.version.mid(1);
                dep.scope = anyOf<DependencyScope>(Enums::dependencyScope.count());
                dep.bundled = chance(0.05);
                dep.manifest = QStringLiteral("package.json");
                ws.dependencies.push_back(dep);
            }
            ServiceApi api;
            api.service = svc.id;
            api.protocol = anyOf<ApiProtocol>(Enums::apiProtocol.count());
            api.contract = anyOf<ContractStyle>(Enums::contractStyle.count());
            api.role = anyOf<ApiRole>(Enums::apiRole.count());
            ws.serviceApis.push_back(api);
        }
        ws.approvedProtocols.push_back({ApiProtocol::Rest, ContractStyle::OpenApi, text(QStringLiteral("approved"))});
        ws.approvedProtocols.push_back({ApiProtocol::Grpc, ContractStyle::Protobuf, QString()});
        ws.fragmentationThresholds.push_back({FragmentationMetric::ProtocolConsistency, QStringLiteral("%"), Direction::HigherIsBetter,
                                              95, 85, 60, 68.0, text(QStringLiteral("§2.2"))});
        ws.fragmentationThresholds.push_back({FragmentationMetric::VersionDrift, QStringLiteral("semver distance"), Direction::LowerIsBetter,
                                              0.0001, 0.01, 1, std::nullopt, QString()});
        // Two scans to compare; fixed values, so the random sequence stays as it was.
        ws.scans.push_back({QStringLiteral("scan-1"), QStringLiteral("2026-10-01T08:00:00Z"), QStringLiteral("/src/estate"),
                            int(ws.services.size()), int(ws.services.size()), 2, 3.2, 68.0, 50.0, 6.0, QString()});
        ws.scans.push_back({QStringLiteral("scan-2"), QStringLiteral("2026-11-01T08:00:00Z"), QStringLiteral("/src/estate"),
                            int(ws.services.size()), int(ws.services.size()), 0, 1.4, std::nullopt, std::nullopt, 5.0,
                            text(QStringLiteral("after the lodash upgrade"))});
        for (int i = 0; i < m_spec.decisions; ++i) {
            DecisionRecord d;
            d.id = QStringLiteral("adr-%1").arg(i + 1);
            d.number = i + 1;
            d.title = text(QStringLiteral("Decision %1").arg(i + 1));
            d.status = anyOf<DecisionStatus>(int(DecisionStatus::Superseded)); // not superseded (needs a successor) nor unstated (imports only)
            d.date = QDate(2026, 1 + pick(12), 1 + pick(28));
            d.decisionMakers = text(QStringLiteral("Board"));
            d.context = longText(QStringLiteral("context"));
            d.drivers = longText(QStringLiteral("drivers"));
            d.outcome = longText(QStringLiteral("outcome"));
            d.consequences = longText(QStringLiteral("consequences"));
            ws.decisions.push_back(d);
            for (int o = 0; o < 3; ++o) {
                DecisionOption opt;
                opt.decision = d.id;
                opt.name = text(QStringLiteral("Option %1").arg(o));
                opt.pros = longText(QStringLiteral("pro"));
                opt.cons = text(QStringLiteral("con"));
                opt.chosen = o == 0;
                ws.decisionOptions.push_back(opt);
            }
            QString candidate, tier;
            if (!ws.candidates.empty()) {
                candidate = ws.candidates[size_t(pick(int(ws.candidates.size())))].id;
                ws.decisionLinks.push_back({d.id, LinkKind::Candidate, candidate});
            }
            if (!ws.tiers.empty()) {
                tier = ws.tiers[size_t(pick(int(ws.tiers.size())))].id;
                ws.decisionLinks.push_back({d.id, LinkKind::Tier, tier});
            }
            // Keys of the linked tier and candidate; the values are frozen below,
            // once the workspace is complete, so no record starts out stale.
            ws.decisionFigures.push_back({d.id, QStringLiteral("selection/%1/score/%2").arg(tier, candidate), text(QStringLiteral("Score")),
                                          std::nullopt, {}, QStringLiteral("%")});
            const QString winnerLabel = text(QStringLiteral("Winner"));
            text(QStringLiteral("Candidate")); // keeps the random sequence of earlier versions
            ws.decisionFigures.push_back({d.id, QStringLiteral("selection/%1/winner").arg(tier), winnerLabel, std::nullopt, {}, {}});
        }
        freezeFigures(ws);
        const RadarRing rings[] = {RadarRing::Adopt, RadarRing::Trial, RadarRing::Assess, RadarRing::Hold};
        for (size_t c = 0; c < ws.candidates.size(); ++c)
            ws.radarHistory.push_back({QStringLiteral("2026-10-01T09:00:00Z"), ws.candidates[c].id, ws.candidates[c].name,
                                       QStringLiteral("languages-frameworks"), rings[c % 4]});
        // One revealed voting round on the first tier, its scores taken from the ratings.
        if (!ws.tiers.empty() && !ws.ratings.empty()) {
            ws.votingRounds.push_back({QStringLiteral("round-1"), ws.tiers.front().id, QStringLiteral("2026-10-01T09:00:00Z"), 1,
                                       QStringLiteral("2026-10-01T09:00:00Z"), QStringLiteral("2026-10-01T09:20:00Z")});
            for (size_t r = 0; r < ws.ratings.size() && r < 20; ++r) {
                const Rating &rt = ws.ratings[r];
                ws.roundScores.push_back({QStringLiteral("round-1"), rt.rater, rt.candidate, rt.criterion, rt.score, text(QStringLiteral("reason"))});
            }
        }
        return ws;
    }

private:
    /// Sets every snapshot figure to its live value; drops those that name
    /// nothing (a tier without a winner, a candidate without a score).
    static void freezeFigures(Workspace &ws)
    {
        Decisions::FigureSource source(ws);
        std::vector<DecisionFigure> kept;
        for (DecisionFigure f : ws.decisionFigures) {
            const std::optional<Decisions::LiveFigure> live = source.figure(f.key);
            if (!live)
                continue;
            f.value = live->value;
            f.text = live->text;
            kept.push_back(f);
        }
        ws.decisionFigures = std::move(kept);
    }

    const GeneratorSpec &m_spec;
    QRandomGenerator m_rng;
};

} // namespace

Workspace generateWorkspace(const GeneratorSpec &spec, quint32 seed)
{
    return Gen(spec, seed).build();
}

Workspace sampleWorkspace()
{
    InputError error;
    std::unique_ptr<Workspace> ws = Sample::load(&error);
    if (!ws)
        qFatal("the bundled sample does not load: %s", qPrintable(error.toString()));
    return *ws;
}

Workspace longNamedBoard(int candidates, int criteria, quint32 seed)
{
    GeneratorSpec spec;
    spec.candidates = candidates;
    spec.criteria = criteria;
    spec.tiers = 1;
    Workspace ws = generateWorkspace(spec, seed);
    for (size_t i = 0; i < ws.candidates.size(); ++i) {
        ws.candidates[i].shortlisted = true;
        ws.candidates[i].name = QStringLiteral("Candidate %1 with a long runtime name (候选运行时 %1)").arg(i + 1);
    }
    for (size_t i = 0; i < ws.criteria.size(); ++i)
        ws.criteria[i].name = QStringLiteral("Criterion %1: cold start latency at p99 under load (冷启动 %1)").arg(i + 1);
    ws.tierThresholds.clear();
    return ws;
}

} // namespace ArchBoard::Testing
