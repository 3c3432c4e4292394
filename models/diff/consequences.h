#pragma once

#include "contextmap.h"
#include "decisions.h"
#include "fragmentation.h"
#include "selection.h"
#include "tcocomparison.h"
#include "workspacediff.h"

#include <QString>

#include <optional>
#include <vector>

namespace ArchBoard {

struct Workspace;

/// A candidate's place in a tier's ranking in one version.
struct RankedCandidate
{
    QString candidate;
    QString name;
    int rank = 0;
    double scorePct = 0;
    bool knockedOut = false;
};

/// What the selection engine says about one tier in one version. Every
/// figure of a tier that a diff shows is read here from the engine's
/// TierResult (tierOutcome() in consequences.cpp); a new per-tier figure of
/// the engine (such as win probabilities) is one more member filled there.
struct TierOutcome
{
    QString name;
    std::vector<RankedCandidate> ranking; ///< the engine's order: eligible by score, then knocked out
    QString winner;                       ///< empty when every candidate is knocked out
    QString winnerName;
    Stability stability = Stability::Undecided;
    std::optional<double> minDistancePp;
};

struct TierConsequence
{
    QString tier;
    std::optional<TierOutcome> before; ///< missing: the tier is new
    std::optional<TierOutcome> after;  ///< missing: the tier was removed
    bool winnerChanged() const { return before && after && before->winner != after->winner; }
};

/// One scenario's totals before and after, with the lines that moved.
struct TcoConsequence
{
    QString scenario;
    QString name; ///< the name after (before when removed)
    std::optional<TcoComparison> comparison; ///< both versions have the scenario
    std::optional<TcoResult> only;           ///< only one version has it (added: after, removed: before)
    bool added = false;
};

/// A context-map finding whose wording changed (same kind and elements).
struct FindingChange
{
    ContextFinding before;
    ContextFinding after;
};

struct ContextConsequence
{
    std::vector<ContextFinding> appeared;
    std::vector<ContextFinding> resolved;
    std::vector<FindingChange> changed;
    ProtocolConsistency consistencyBefore;
    ProtocolConsistency consistencyAfter;
    bool consistencyChanged() const;
    bool isEmpty() const { return appeared.empty() && resolved.empty() && changed.empty() && !consistencyChanged(); }
};

struct MetricConsequence
{
    FragmentationMetric metric = FragmentationMetric::VersionDrift;
    MetricValue before;
    MetricValue after;
    bool levelChanged() const { return before.level != after.level; }
};

/// A decision record that the change leaves stale or superseded.
struct RecordConsequence
{
    enum class Kind { Stale, Superseded };
    Kind kind = Kind::Stale;
    QString decision;
    int number = 0;
    QString title;
    std::vector<Decisions::StaleFigure> figures; ///< Stale: the figures stale now that were not before
    QString supersededBy;
};

/// What a change of the model means, read from the engines on both versions.
/// Only what differs is listed.
struct Consequences
{
    std::vector<TierConsequence> tiers;
    std::vector<TcoConsequence> scenarios;
    ContextConsequence contexts;
    std::vector<MetricConsequence> metrics;
    std::vector<RecordConsequence> records;
    bool isEmpty() const
    {
        return tiers.empty() && scenarios.empty() && contexts.isEmpty() && metrics.empty() && records.empty();
    }
    int winnersChanged() const;
};

namespace WorkspaceDiff {

/// Runs the selection, TCO, context-map, fragmentation and decision-record
/// engines on both versions (the two in parallel) and compares their results.
/// With \a diff (compare() of the same versions) an engine none of whose
/// input tables changed is not run: its results are the same on both sides.
Consequences consequences(const Workspace &before, const Workspace &after, const ModelDiff *diff = nullptr);

} // namespace WorkspaceDiff

} // namespace ArchBoard
