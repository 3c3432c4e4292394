#include "fragmentationstyle.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ArchBoard::FragmentationStyle {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FragmentationStyle)
};

} // namespace

QColor levelColour(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Healthy: return QColor(0x2e, 0x7d, 0x32);
    case RiskLevel::Warning: return QColor(0xf9, 0xa8, 0x25);
    case RiskLevel::High: return QColor(0xef, 0x6c, 0x00);
    case RiskLevel::Severe: return QColor(0xc6, 0x28, 0x28);
    case RiskLevel::Unrated: break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor levelTint(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Healthy: return QColor(0xe8, 0xf5, 0xe9);
    case RiskLevel::Warning: return QColor(0xff, 0xf8, 0xe1);
    case RiskLevel::High: return QColor(0xff, 0xf3, 0xe0);
    case RiskLevel::Severe: return QColor(0xff, 0xeb, 0xee);
    case RiskLevel::Unrated: break;
    }
    return QColor(0xf5, 0xf5, 0xf5);
}

QColor driftColour(DriftLevel level)
{
    // As on the dependency-drift graph's edges.
    switch (level) {
    case DriftLevel::Major: return QColor(0xcc, 0x00, 0x00);
    case DriftLevel::Minor: return QColor(0xe6, 0x91, 0x38);
    case DriftLevel::Patch: return QColor(0x6a, 0xa8, 0x4f);
    case DriftLevel::None: break;
    }
    return QColor(0x99, 0x99, 0x99);
}

QString driftLabel(DriftLevel level)
{
    switch (level) {
    case DriftLevel::Major: return Text::tr("Major drift");
    case DriftLevel::Minor: return Text::tr("Minor drift");
    case DriftLevel::Patch: return Text::tr("Patch drift");
    case DriftLevel::None: break;
    }
    return Text::tr("No drift");
}

double barLength(double distance)
{
    if (!(distance > 0))
        return 0;
    return std::max(0.05, 1.0 + std::log10(distance / 0.0001) / 2.0);
}

std::vector<const SharedDependency *> driftRows(const FragmentationResult &result, int maxRows, int *drifting)
{
    std::vector<const SharedDependency *> rows;
    *drifting = 0;
    for (const SharedDependency &dep : result.dependencies) {
        if (dep.drift.magnitude <= 0)
            continue; // worst first: the rest do not drift
        ++*drifting;
        if (int(rows.size()) < maxRows)
            rows.push_back(&dep);
    }
    return rows;
}

} // namespace ArchBoard::FragmentationStyle
