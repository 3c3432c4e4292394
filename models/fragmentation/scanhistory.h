#pragma once

#include "fragmentation.h"

#include <QString>

#include <optional>

namespace ArchBoard {

struct ScanRecord;
struct FragmentationThreshold;
struct Workspace;

/// The stored scans (`scans` table) in the metrics' own terms: how the
/// fragmentation page's history, its comparison and its cards word them.
namespace ScanHistory {

/// The metrics in the order the page's cards and the history show them.
inline constexpr FragmentationMetric kMetricOrder[] = {FragmentationMetric::VersionDrift, FragmentationMetric::ProtocolConsistency,
                                                        FragmentationMetric::PeerDependencyHygiene, FragmentationMetric::StackHeterogeneity};

/// The workspace's threshold row for \a metric (the first counts, as in Fragmentation::level()).
const FragmentationThreshold *thresholdOf(const Workspace &ws, FragmentationMetric metric);
/// A value in the metric's own terms: "1.5 minor", "92.0 %", "3 runtime versions", "—".
QString metricText(FragmentationMetric metric, std::optional<double> value);
/// A threshold in the metric's terms: "1 minor", "95 %", "5".
QString limitText(FragmentationMetric metric, double limit);
QString shortMetricName(FragmentationMetric metric);
/// Whether a lower value of \a metric is healthier (the threshold's direction, else the metric's nature).
bool lowerIsBetter(const Workspace &ws, FragmentationMetric metric);
/// The value a stored scan recorded for \a metric.
std::optional<double> recordValue(const ScanRecord &record, FragmentationMetric metric);
/// "version drift 3.2 major → 1.4 major ▼; …": the metrics that changed from
/// \a from to \a to; \a better and \a worse count the changes for the better and the worse.
QString change(const Workspace &ws, const ScanRecord &from, const ScanRecord &to, int *better, int *worse);
/// "05/12/2026 10:00 · repo": when and which folder.
QString label(const ScanRecord &record);

} // namespace ScanHistory

} // namespace ArchBoard
