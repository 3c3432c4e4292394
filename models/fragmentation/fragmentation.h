#pragma once

#include "contextmap.h"
#include "diagram.h"
#include "versions.h"
#include "workspace.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ArchBoard {

enum class RiskLevel { Unrated, Healthy, Warning, High, Severe };

/// One version of a shared dependency and the services that use it.
struct VersionUse
{
    QString version;      ///< the version compared: the resolved one, else the lowest the request allows; else the request as written
    QStringList services; ///< service ids
    bool comparable = true; ///< false for non-registry, "any" and invalid requests
    QString note;           ///< why not comparable ("workspace protocol", "git dependency", …)
};

/// A dependency used by two or more services of one ecosystem.
struct SharedDependency
{
    Ecosystem ecosystem = Ecosystem::Other;
    QString name;
    std::vector<VersionUse> versions; ///< comparable ones oldest first, then the others
    int services = 0;
    VersionDifference drift;          ///< between the oldest and the newest comparable version
    QString oldest;
    QString newest;
};

struct MetricValue
{
    FragmentationMetric metric = FragmentationMetric::VersionDrift;
    std::optional<double> value; ///< missing when there is nothing to measure
    QString unit;
    RiskLevel level = RiskLevel::Unrated;
    QString detail; ///< how it was computed, with the counts
};

struct FragmentationResult
{
    std::vector<SharedDependency> dependencies; ///< worst drift first
    std::vector<MetricValue> metrics;           ///< one per FragmentationMetric, in enum order
    QStringList languages;                      ///< candidate ids / runtimes in use
    QStringList runtimes;                       ///< "nodejs 18", "java 17", "python 3.11 (>=3.11)": a line, with the ranges written for it
    double worstDrift = 0.0;
    int sharedDependencies = 0;                 ///< with two or more comparable versions
    const MetricValue &metric(FragmentationMetric m) const { return metrics[size_t(m)]; }
};

/**
 * Ecosystem-fragmentation metrics (docs/fragmentation.md, seed §2.2) over the
 * workspace's services and dependencies — entered by hand or stored by a
 * scan. See docs/fragmentation.md for the definitions:
 *
 * - version_drift (semver distance, lower is better): for every dependency
 *   that two or more services of one ecosystem use, the distance between the
 *   oldest and the newest version in use (1 major = 1, 1 minor = 0.01,
 *   1 patch = 0.0001); the metric is the mean over those dependencies — the
 *   seed's "3.2 major" reads as "on average 3.2 major versions apart".
 * - protocol_consistency (%, higher is better): ContextMap::protocolConsistency.
 * - peer_dependency_hygiene (%, higher is better): of the uses of shared
 *   dependencies that some service bundles or declares as a peer, the share
 *   that shares (does not bundle its own copy).
 * - stack_heterogeneity (runtime versions, lower is better): distinct
 *   runtime lines in use, each service's by the version it pins or requires
 *   at minimum, read by its runtime's rules (Node and Java by major, "1.8"
 *   being Java 8; Python, Go and Rust by major.minor): "nodejs >=18",
 *   "nodejs 18.17.0", "java 17", "rust 1.70" → 3.
 *
 * Each metric's risk level comes from the workspace's thresholds; a metric
 * without a threshold row is unrated.
 */
namespace Fragmentation {

FragmentationResult analyse(const Workspace &ws);

/**
 * analyse(), kept up to date: rebuild() groups every dependency row once;
 * after an edit of one row's version, resolved version, scope, bundled flag,
 * checksum or manifest — nothing added, removed, moved or renamed since —
 * updateDependency() recomputes only that dependency's group and the
 * metrics. Results equal analyse() of the same workspace (tested).
 */
class FragmentationIndex
{
public:
    const FragmentationResult &rebuild(const Workspace &ws);
    /// False when the row cannot be updated in place (rows changed, the row
    /// now names another dependency): call rebuild().
    bool updateDependency(const Workspace &ws, int row);
    /// After a change that leaves the dependency rows alone (thresholds,
    /// approved protocols, relations, APIs): the metrics and levels again.
    void refreshMetrics(const Workspace &ws) { aggregate(ws); }
    const FragmentationResult &result() const { return m_result; }

private:
    struct Users
    {
        Ecosystem ecosystem;
        QString name;
        std::vector<int> rows; ///< every row of this dependency
        std::vector<int> uses; ///< one row per service (the first, production preferred)
    };
    struct Group
    {
        bool counted = false; ///< two or more services with comparable versions
        double magnitude = 0;
        bool peer = false;    ///< some use is a peer declaration or a bundled copy
        int uses = 0;
        int sharing = 0;      ///< uses that are not bundled copies
    };
    void pickUses(const Workspace &ws, Users &u) const;
    Group computeGroup(const Workspace &ws, const Users &u, SharedDependency *shared) const;
    void aggregate(const Workspace &ws, bool everything = true);

    std::vector<Users> m_users;
    std::vector<Group> m_groups;
    std::vector<int> m_rowUsers;   ///< row → m_users index
    std::vector<int> m_rowService; ///< row → service number
    FragmentationResult m_result;
};

/// The risk level of \a value by the workspace's threshold for \a metric.
RiskLevel level(const Workspace &ws, FragmentationMetric metric, std::optional<double> value);

QString levelKey(RiskLevel level);   ///< unrated, healthy, warning, high, severe
QString levelLabel(RiskLevel level); ///< translated
QString metricKey(FragmentationMetric metric);
QString metricUnit(FragmentationMetric metric);

/// The version a service uses of a dependency, as compared (see VersionUse).
VersionUse versionOf(const Dependency &d);

/// Services ↔ the \a maxDependencies worst-drifting shared dependencies;
/// each edge is labelled with the service's version and coloured by its
/// distance from the newest version in use (grey none, green patch, orange
/// minor, red major).
Diagram driftGraph(const Workspace &ws, const FragmentationResult &result, int maxDependencies = 30);

/// "0.0001" → "1 patch", "0.02" → "2 minor", "3.2" → "3.2 major"; from 0.1
/// on in majors ("0.28 major": a mean that is a fraction of a major). For a
/// mean on the distance scale; one dependency's gap is describeDifference().
QString describeDistance(double distance);

/// One version gap by the part that differs: serde 1.0.0 → 1.0.197 is
/// "197 patch" (its distance, 0.0197, would read "1.97 minor"), 4.17 → 4.19
/// "2 minor", 15 → 18 "3 major"; "none" when equal.
QString describeDifference(const VersionDifference &difference);

} // namespace Fragmentation

} // namespace ArchBoard
