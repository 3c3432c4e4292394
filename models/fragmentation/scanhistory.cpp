#include "scanhistory.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace ArchBoard::ScanHistory {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScanHistory)
};

} // namespace

const FragmentationThreshold *thresholdOf(const Workspace &ws, FragmentationMetric metric)
{
    // The first row counts, as in Fragmentation::level().
    for (const FragmentationThreshold &t : ws.fragmentationThresholds) {
        if (t.metric == metric)
            return &t;
    }
    return nullptr;
}

/// A value in the metric's own terms.
QString metricText(FragmentationMetric metric, std::optional<double> value)
{
    if (!value)
        return QStringLiteral("—");
    switch (metric) {
    case FragmentationMetric::VersionDrift: return Fragmentation::describeDistance(*value);
    case FragmentationMetric::ProtocolConsistency:
    case FragmentationMetric::PeerDependencyHygiene: return Text::tr("%1 %").arg(QLocale().toString(*value, 'f', 1));
    case FragmentationMetric::StackHeterogeneity: {
        const int n = int(std::lround(*value));
        return n == 1 ? Text::tr("1 runtime version") : Text::tr("%1 runtime versions").arg(n);
    }
    }
    return {};
}

/// A threshold in the metric's terms: "1 minor", "95 %", "5".
QString limitText(FragmentationMetric metric, double limit)
{
    switch (metric) {
    case FragmentationMetric::VersionDrift: return Fragmentation::describeDistance(limit);
    case FragmentationMetric::ProtocolConsistency:
    case FragmentationMetric::PeerDependencyHygiene: return Text::tr("%1 %").arg(QLocale().toString(limit, 'g', 4));
    case FragmentationMetric::StackHeterogeneity: return QLocale().toString(limit, 'g', 4);
    }
    return {};
}

QString shortMetricName(FragmentationMetric metric)
{
    switch (metric) {
    case FragmentationMetric::VersionDrift: return Text::tr("version drift");
    case FragmentationMetric::ProtocolConsistency: return Text::tr("protocol consistency");
    case FragmentationMetric::PeerDependencyHygiene: return Text::tr("peer-dependency hygiene");
    case FragmentationMetric::StackHeterogeneity: return Text::tr("stack heterogeneity");
    }
    return {};
}

bool lowerIsBetter(const Workspace &ws, FragmentationMetric metric)
{
    if (const FragmentationThreshold *t = thresholdOf(ws, metric))
        return t->direction == Direction::LowerIsBetter;
    return metric == FragmentationMetric::VersionDrift || metric == FragmentationMetric::StackHeterogeneity;
}

std::optional<double> recordValue(const ScanRecord &r, FragmentationMetric metric)
{
    switch (metric) {
    case FragmentationMetric::VersionDrift: return r.versionDrift;
    case FragmentationMetric::ProtocolConsistency: return r.protocolConsistency;
    case FragmentationMetric::PeerDependencyHygiene: return r.peerDependencyHygiene;
    case FragmentationMetric::StackHeterogeneity: return r.stackHeterogeneity;
    }
    return std::nullopt;
}

/// "version drift 3.2 major → 1.4 major ▼; …": the metrics that changed from \a from to \a to.
/// \a better and \a worse count the changes for the better and the worse.
QString change(const Workspace &ws, const ScanRecord &from, const ScanRecord &to, int *better, int *worse)
{
    QStringList parts;
    *better = *worse = 0;
    for (FragmentationMetric m : kMetricOrder) {
        const std::optional<double> a = recordValue(from, m);
        const std::optional<double> b = recordValue(to, m);
        if (a == b || (a && b && metricText(m, a) == metricText(m, b)))
            continue;
        QString arrow;
        if (a && b) {
            arrow = *b < *a ? QStringLiteral(" ▼") : QStringLiteral(" ▲");
            const bool improved = (*b < *a) == lowerIsBetter(ws, m);
            ++(improved ? *better : *worse);
        }
        parts << QStringLiteral("%1 %2 → %3%4").arg(shortMetricName(m), metricText(m, a), metricText(m, b), arrow);
    }
    return parts.isEmpty() ? Text::tr("no change") : parts.join(QStringLiteral("; "));
}

QString label(const ScanRecord &r)
{
    const QDateTime when = QDateTime::fromString(r.takenAt, Qt::ISODate);
    const QString date = when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : r.takenAt;
    return QStringLiteral("%1 · %2").arg(date, QFileInfo(r.root).fileName().isEmpty() ? r.root : QFileInfo(r.root).fileName());
}

} // namespace ArchBoard::ScanHistory
