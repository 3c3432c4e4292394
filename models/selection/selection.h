#pragma once

#include "workspace.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace ArchBoard {

/**
 * The SLA-graded selection engine: pure functions of the Workspace, shared by
 * the GUI and archboard-cli.
 *
 * Method (docs/selection.md has the worked example):
 * - The matrix holds, for every shortlisted candidate and every criterion, a
 *   raw value: the measurement for a measured criterion, the aggregate (mean or
 *   median) of the workshop ratings for a rated one.
 * - Normalisation is min–max per criterion across the shortlisted candidates
 *   that have a value: the best gets 1, the worst 0, linear in between; the
 *   criterion's direction decides which end is best. When every candidate has
 *   the same value, each gets 1 (the criterion does not separate them).
 * - A missing value stays missing. The workspace's policy decides how it
 *   enters a score: "exclude" scores the candidate over the weighted criteria
 *   it has values for (their weights rescaled to 100 %), and reports the
 *   share of the tier's weight that is backed by data (coverage); "worst"
 *   counts it as 0.
 * - A tier's weights are normalised to shares that sum to 1. Score =
 *   Σ share × normalised value (over the covered shares under "exclude").
 * - A must-pass threshold compares the raw value; a candidate that fails one,
 *   or has no value for it, is knocked out (it is still scored and shown).
 */

enum class Truth { True, False, Unknown };

struct MatrixCell
{
    std::optional<double> raw;        ///< measurement, or the aggregate rating
    std::optional<double> normalised; ///< 0 … 1, 1 = best among the candidates
    int ratings = 0;                  ///< workshop ratings behind a rated value
    std::optional<double> spread;     ///< highest minus lowest rating
    bool disputed = false;            ///< spread at or above the workspace's threshold
};

struct SelectionMatrix
{
    QStringList candidates; ///< shortlisted candidate ids, in workspace order
    QStringList criteria;   ///< criterion ids, in workspace order
    std::vector<MatrixCell> cells; ///< row-major: candidates × criteria
    std::vector<std::optional<double>> best;  ///< per criterion: best raw value
    std::vector<std::optional<double>> worst; ///< per criterion: worst raw value

    const MatrixCell &cell(int candidate, int criterion) const { return cells[size_t(candidate * criteria.size() + criterion)]; }
    int candidateIndex(const QString &id) const { return int(candidates.indexOf(id)); }
    int criterionIndex(const QString &id) const { return int(criteria.indexOf(id)); }
};

struct FailedThreshold
{
    QString criterion;
    Comparison comparison = Comparison::LessOrEqual;
    double threshold = 0.0;
    std::optional<double> value; ///< missing: no value to prove the threshold
};

struct CandidateScore
{
    QString candidate;
    double score = 0.0;    ///< 0 … 1
    double coverage = 0.0; ///< share of the tier's weight backed by values, 0 … 1
    /// Per weighted criterion of the tier (TierResult::criteria order): share × normalised value, rescaled with the score.
    std::vector<std::optional<double>> contributions;
    bool knockedOut = false;
    std::vector<FailedThreshold> failed;
    int rank = 0; ///< 1-based among all candidates of the tier
};

struct SensitivityItem
{
    QString criterion;
    double weightPct = 0.0;             ///< current share of the tier's weight, %
    std::optional<double> flipAtPct;    ///< share at which the winner changes (nearest), %
    QString flipsTo;                    ///< who wins past that share
    std::optional<double> distancePp;   ///< |flipAt − weight| in percentage points
};

/// Uncontested: one candidate survives the knock-outs, so no weight can change the winner.
enum class Stability { Stable, Fragile, Undecided, Uncontested };

struct TierResult
{
    QString tier;
    QStringList criteria;       ///< criteria with a positive weight, in workspace order
    std::vector<double> shares; ///< their weight shares, summing to 1
    std::vector<CandidateScore> ranking; ///< eligible candidates by score, then knocked-out ones
    QString winner;             ///< best eligible candidate; empty when every one is knocked out
    std::vector<SensitivityItem> sensitivity;
    Stability stability = Stability::Undecided;
    std::optional<double> minDistancePp; ///< smallest weight move that changes the winner
};

struct ConditionResult
{
    int row = -1; ///< row in Workspace::ruleConditions
    Truth truth = Truth::Unknown;
};

struct RuleOutcome
{
    QString rule;
    std::vector<ConditionResult> conditions;
    bool fires = false;
};

/// The attributes a decision rule can look at.
struct RuleSubject
{
    QString tier;
    std::optional<double> availabilityPct;
    std::optional<double> p99Ms;
    std::optional<double> deliveryWeeks;
    std::optional<double> latencyToleranceMs;
    std::optional<double> functionCount;
    QString domainType; ///< enum key
    QString team;
    QString teamSkills;
    QString currentLanguage;
};

struct RuleEvaluation
{
    QString candidate;                 ///< recommendation; empty when no rule fires
    QString rule;                      ///< id of the rule that fired
    std::vector<RuleOutcome> trace;    ///< rules in order, up to the one that fired
};

struct Recommendation
{
    QString context;
    QString candidate;
    QString rule;
    QString current;          ///< the context's language
    bool disagrees = false;   ///< current language differs from the recommendation
    std::vector<RuleOutcome> trace;
};

struct TierRecommendation
{
    QString tier;
    QString candidate;
    QString rule;
    std::vector<RuleOutcome> trace;
};

struct SelectionResult
{
    SelectionMatrix matrix;
    std::vector<TierResult> tiers;                   ///< one per SLA tier, in workspace order
    std::vector<TierRecommendation> tierRules;       ///< the decision rules applied to each tier alone
    std::vector<Recommendation> recommendations;     ///< one per bounded context
};

/// Pairwise-comparison (AHP) weights of one tier.
struct AhpResult
{
    QStringList criteria;          ///< criteria that take part, in workspace order
    std::vector<double> weights;   ///< principal eigenvector, summing to 1
    double lambdaMax = 0.0;
    double consistencyIndex = 0.0;
    double consistencyRatio = 0.0; ///< CI / RI (Saaty's random index); warn above 0.10
    QStringList missingPairs;      ///< "a / b" pairs that still need a judgement
    bool complete() const { return missingPairs.isEmpty() && criteria.size() >= 2; }
    bool consistent() const { return consistencyRatio <= 0.10; }
};

namespace Selection {

SelectionResult compute(const Workspace &ws);

SelectionMatrix buildMatrix(const Workspace &ws);
TierResult evaluateTier(const Workspace &ws, const SelectionMatrix &matrix, const SlaTier &tier);

/// Whether \a value passes `value op threshold` (false for contains/not contains).
bool compareValue(double value, Comparison op, double threshold);

/// Mean or median of workshop scores; nullopt for none.
std::optional<double> aggregate(std::vector<int> scores, RatingAggregation how);

RuleSubject subjectOf(const Workspace &ws, const BoundedContext &context);
RuleSubject subjectOf(const SlaTier &tier);
RuleEvaluation evaluateRules(const Workspace &ws, const RuleSubject &subject);
Truth evaluateCondition(const RuleCondition &condition, const RuleSubject &subject);

AhpResult ahp(const Workspace &ws, const QString &tier);
/// Saaty's random consistency index for n criteria.
double randomIndex(int n);

QString stabilityKey(Stability s);

/// Why \a score is knocked out, one clause per failed threshold:
/// "Cold start ≤ 500 required, value 800; Memory ≤ 256 required, value missing".
/// Empty when it is not.
QString describeKnockOut(const CandidateScore &score, const std::function<QString(const QString &)> &criterionName);

} // namespace Selection

} // namespace ArchBoard
