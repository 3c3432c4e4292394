#include "driftgraph.h"

#include "translations.h"
#include "versions.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ArchBoard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ArchBoard::DriftGraph)
};

} // namespace

QString DriftGraph::note() const
{
    if (dependenciesTotal == 0)
        return Text::tr("No dependency is used by two or more services: nothing to draw.");
    QString out = dependenciesShown == dependenciesTotal && servicesShown == servicesTotal
        ? Text::tr("Every shared dependency and every service that uses it.")
        : Text::tr("The %1 worst of %2 shared dependencies and the %3 of their %4 services furthest behind.")
              .arg(dependenciesShown)
              .arg(dependenciesTotal)
              .arg(servicesShown)
              .arg(servicesTotal);
    if (!labelled)
        out += u' ' + Text::tr("Hover an edge for the version it uses.");
    return out;
}

namespace Fragmentation {

FragmentationResult graphSelection(const FragmentationResult &result, int maxDependencies, int maxServices, int *servicesShown,
                                   int *servicesTotal)
{
    const size_t count = std::min(result.dependencies.size(), size_t(std::max(0, maxDependencies)));
    // How far behind the newest version each service is, summed over the dependencies.
    QHash<QString, double> behind;
    std::vector<std::vector<double>> distance(count); // per dependency, per version
    for (size_t i = 0; i < count; ++i) {
        const SharedDependency &dep = result.dependencies[i];
        const Version newest = Versions::parse(dep.ecosystem, dep.newest);
        for (const VersionUse &v : dep.versions) {
            const double d = v.comparable ? Versions::difference(Versions::parse(dep.ecosystem, v.version), newest).magnitude : 0.0;
            distance[i].push_back(d);
            for (const QString &s : v.services)
                behind[s] += d;
        }
    }
    *servicesTotal = int(behind.size());

    QSet<QString> chosen;
    for (size_t i = 0; i < count; ++i) {
        const SharedDependency &dep = result.dependencies[i];
        QString pick;
        double pickDistance = -1, pickBehind = -1;
        for (size_t k = 0; k < dep.versions.size(); ++k) {
            for (const QString &s : dep.versions[k].services) {
                if (chosen.contains(s)) {
                    pick.clear(); // already drawn with an edge to this dependency
                    pickDistance = std::numeric_limits<double>::infinity();
                    break;
                }
                const double b = behind.value(s);
                if (distance[i][k] > pickDistance || (distance[i][k] == pickDistance && b > pickBehind)) {
                    pick = s;
                    pickDistance = distance[i][k];
                    pickBehind = b;
                }
            }
            if (std::isinf(pickDistance))
                break;
        }
        if (!pick.isEmpty())
            chosen.insert(pick);
    }
    if (int(chosen.size()) < maxServices) {
        std::vector<std::pair<double, QString>> ranked;
        ranked.reserve(size_t(behind.size()));
        for (auto it = behind.cbegin(); it != behind.cend(); ++it)
            ranked.emplace_back(it.value(), it.key());
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
        for (const auto &[b, s] : ranked) {
            if (int(chosen.size()) >= maxServices)
                break;
            chosen.insert(s);
        }
    }
    *servicesShown = int(chosen.size());

    FragmentationResult out;
    for (size_t i = 0; i < count; ++i) {
        SharedDependency d = result.dependencies[i];
        std::vector<VersionUse> versions;
        for (VersionUse v : d.versions) {
            QStringList kept;
            for (const QString &s : v.services) {
                if (chosen.contains(s))
                    kept << s;
            }
            if (kept.isEmpty())
                continue;
            v.services = kept;
            versions.push_back(v);
        }
        d.versions = versions;
        out.dependencies.push_back(d);
    }
    return out;
}


DriftGraph driftGraphView(const Workspace &ws, const FragmentationResult &result, const DriftGraphLimits &limits)
{
    DriftGraph g;
    g.selection = graphSelection(result, limits.dependencies, limits.services, &g.servicesShown, &g.servicesTotal);
    g.dependenciesShown = int(g.selection.dependencies.size());
    g.dependenciesTotal = int(result.dependencies.size());
    g.diagram = driftGraph(ws, g.selection, limits.dependencies);
    // Each edge label is a row of its own between the two ranks: past a few dozen the drawing
    // grows too tall to read, and the versions stay in the edges' tooltips.
    g.labelled = g.diagram.edges.size() <= limits.labelledEdges;
    if (!g.labelled) {
        for (DiagramEdge &e : g.diagram.edges)
            e.label.clear();
    }
    return g;
}

} // namespace Fragmentation
} // namespace ArchBoard
