#include "fragmentation.h"

#include "fragmentationstyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace ArchBoard::Fragmentation {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Fragmentation)
};

QString num(double v, int decimals = 4)
{
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

/// How a runtime's versions are read and which part makes a line to maintain.
struct RuntimeRules
{
    Ecosystem ecosystem; ///< whose range syntax its manifests use
    int parts;           ///< 1: majors are lines (Node, Java); 2: major.minor (Python, Go, Rust)
    bool javaOneDot;     ///< "1.8" is Java 8 (only Java numbers its old versions so)
};

RuntimeRules rulesOf(const QString &runtime)
{
    if (runtime == u"python")
        return {Ecosystem::PyPI, 2, false};  // requires-python ">=3.11", "~=3.11"
    if (runtime == u"rust")
        return {Ecosystem::Cargo, 2, false}; // rust-version "1.70" (bare = ^1.70)
    if (runtime == u"go" || runtime == u"golang")
        return {Ecosystem::Cargo, 2, false}; // the go directive "1.21", "1.21.5"
    if (runtime == u"java" || runtime == u"jvm")
        return {Ecosystem::Maven, 1, true};  // "17", "1.8", "[11,)"
    return {Ecosystem::Npm, 1, false};       // engines.node ">=18", "^20.10.0", "v18"
}

/// A service's runtime line: the version it pins or requires at minimum, read
/// by its runtime's own rules, cut to the part that makes a line ("nodejs
/// >=18" and "nodejs 18.17.0" are both Node 18; "rust 1.70" is Rust 1.70, not
/// "rust 70"). Empty \a line when no version is given or none can be read.
struct RuntimeLine
{
    QString runtime;
    QString line;     ///< "18", "3.11", "1.70", "8"
    QString asWritten; ///< the text, when it is a range rather than a plain version
};

RuntimeLine runtimeLine(const Service &s)
{
    RuntimeLine out;
    out.runtime = s.runtime.trimmed().toLower();
    QString text = s.runtimeVersion.trimmed();
    if (out.runtime.isEmpty() || text.isEmpty())
        return out;
    const RuntimeRules rules = rulesOf(out.runtime);
    if ((text.startsWith(u'v') || text.startsWith(u'V')) && text.size() > 1 && text.at(1).isDigit())
        text = text.mid(1);
    const VersionSpec spec = Versions::parseSpec(rules.ecosystem, text);
    if (!spec.floor || !spec.floor->valid || spec.floor->release.empty()) {
        out.asWritten = text; // no minimum to read ("<3.12", "*"): shown as written, counted by its text
        out.line = text;
        return out;
    }
    std::vector<qint64> release = spec.floor->release;
    if (rules.javaOneDot && release.size() >= 2 && release[0] == 1)
        release.erase(release.begin()); // Java 1.8 is Java 8
    QStringList parts;
    for (int k = 0; k < rules.parts; ++k)
        parts << QString::number(k < int(release.size()) ? release[size_t(k)] : 0);
    out.line = parts.join(u'.');
    // A range is shown as written; a plain version number needs no second spelling.
    static const QRegularExpression plain(QStringLiteral("^\\d+(\\.\\d+)*$"));
    if (!plain.match(text).hasMatch())
        out.asWritten = text;
    return out;
}

/// What versionOf() and Versions::parse() make of a (resolved, requested)
/// pair, kept across analyses: after one edit only the new text is read.
struct ReadVersion
{
    VersionUse use;
    Version parsed;
};

class VersionCache
{
public:
    std::shared_ptr<const ReadVersion> get(const Dependency &d)
    {
        const Key key{int(d.ecosystem), d.resolved, d.version};
        {
            const QMutexLocker lock(&m_mutex);
            if (const auto it = m_cache.constFind(key); it != m_cache.cend())
                return it.value();
        }
        auto read = std::make_shared<ReadVersion>(ReadVersion{versionOf(d), {}});
        if (read->use.comparable)
            read->parsed = Versions::parse(d.ecosystem, read->use.version);
        const QMutexLocker lock(&m_mutex);
        if (m_cache.size() > 500000) // bounded: a long session over many estates
            m_cache.clear();
        m_cache.insert(key, read);
        return read;
    }

private:
    struct Key
    {
        int ecosystem;
        QString resolved;
        QString requested;
        bool operator==(const Key &o) const { return ecosystem == o.ecosystem && resolved == o.resolved && requested == o.requested; }
    };
    friend size_t qHash(const Key &k, size_t seed) { return qHashMulti(seed, k.ecosystem, k.resolved, k.requested); }
    QMutex m_mutex;
    QHash<Key, std::shared_ptr<const ReadVersion>> m_cache;
};

VersionCache &versionCache()
{
    static VersionCache cache;
    return cache;
}

} // namespace

QString levelKey(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Unrated: return QStringLiteral("unrated");
    case RiskLevel::Healthy: return QStringLiteral("healthy");
    case RiskLevel::Warning: return QStringLiteral("warning");
    case RiskLevel::High: return QStringLiteral("high");
    case RiskLevel::Severe: return QStringLiteral("severe");
    }
    return {};
}

QString levelLabel(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Unrated: return Text::tr("Unrated");
    case RiskLevel::Healthy: return Text::tr("Healthy");
    case RiskLevel::Warning: return Text::tr("Warning");
    case RiskLevel::High: return Text::tr("High");
    case RiskLevel::Severe: return Text::tr("Severe");
    }
    return {};
}

QString metricKey(FragmentationMetric metric)
{
    return Enums::fragmentationMetric.key(int(metric));
}

QString metricUnit(FragmentationMetric metric)
{
    switch (metric) {
    case FragmentationMetric::ProtocolConsistency: return QStringLiteral("%");
    case FragmentationMetric::VersionDrift: return QStringLiteral("semver distance");
    case FragmentationMetric::PeerDependencyHygiene: return QStringLiteral("%");
    case FragmentationMetric::StackHeterogeneity: return QStringLiteral("runtime versions");
    }
    return {};
}

QString describeDistance(double d)
{
    if (d <= 0)
        return Text::tr("none");
    // A mean of 0.28 reads as a fraction of a major, not as 28 minors.
    if (d >= 0.1 - 1e-12)
        return Text::tr("%1 major").arg(num(d, 2));
    if (d >= 0.01 - 1e-12)
        return Text::tr("%1 minor").arg(num(d * 100, 2));
    return Text::tr("%1 patch").arg(num(d * 10000, 2));
}

QString describeDifference(const VersionDifference &d)
{
    switch (d.level) {
    case DriftLevel::None: return Text::tr("none");
    case DriftLevel::Major: return Text::tr("%1 major").arg(num(d.magnitude, 2));
    case DriftLevel::Minor: return Text::tr("%1 minor").arg(num(d.magnitude * 100, 2));
    case DriftLevel::Patch: return Text::tr("%1 patch").arg(num(d.magnitude * 10000, 2));
    }
    return {};
}

RiskLevel level(const Workspace &ws, FragmentationMetric metric, std::optional<double> value)
{
    if (!value)
        return RiskLevel::Unrated;
    for (const FragmentationThreshold &t : ws.fragmentationThresholds) {
        if (t.metric != metric)
            continue;
        const double v = *value;
        if (t.direction == Direction::HigherIsBetter) {
            return v >= t.healthy ? RiskLevel::Healthy : v >= t.warning ? RiskLevel::Warning : v >= t.high ? RiskLevel::High : RiskLevel::Severe;
        }
        return v <= t.healthy ? RiskLevel::Healthy : v <= t.warning ? RiskLevel::Warning : v <= t.high ? RiskLevel::High : RiskLevel::Severe;
    }
    return RiskLevel::Unrated;
}

VersionUse versionOf(const Dependency &d)
{
    VersionUse use;
    if (!d.resolved.trimmed().isEmpty()) {
        const Version v = Versions::parse(d.ecosystem, d.resolved.trimmed());
        if (v.valid) {
            use.version = d.resolved.trimmed();
            return use;
        }
    }
    const VersionSpec spec = Versions::parseSpec(d.ecosystem, d.version);
    if ((spec.kind == VersionSpec::Kind::Exact || spec.kind == VersionSpec::Kind::Range) && spec.floor && spec.floor->valid) {
        use.version = spec.floor->text; // a plain version ("==1.2.3", "[1.2.3]", "=1.2.3" → "1.2.3")
        if (spec.kind == VersionSpec::Kind::Range)
            use.note = Text::tr("lowest of %1").arg(d.version.trimmed());
        return use;
    }
    use.version = d.version.trimmed().isEmpty() ? Text::tr("(any)") : d.version.trimmed();
    use.comparable = false;
    switch (spec.kind) {
    case VersionSpec::Kind::Any: use.note = spec.note.isEmpty() ? Text::tr("any version") : spec.note; break;
    case VersionSpec::Kind::NonRegistry: use.note = spec.note.isEmpty() ? Text::tr("not from the registry") : spec.note; break;
    default: use.note = spec.note.isEmpty() ? Text::tr("not a version") : spec.note; break;
    }
    return use;
}

FragmentationResult analyse(const Workspace &ws)
{
    FragmentationIndex index;
    return index.rebuild(ws);
}

void FragmentationIndex::pickUses(const Workspace &ws, Users &u) const
{
    // The first declaration of each service, a production one preferred.
    u.uses.clear();
    QHash<int, int> position; // service number → position in uses
    for (int row : u.rows) {
        const Dependency &d = ws.dependencies[size_t(row)];
        const int service = m_rowService[size_t(row)];
        const auto seen = position.constFind(service);
        if (seen == position.cend()) {
            position.insert(service, int(u.uses.size()));
            u.uses.push_back(row);
        } else {
            // Production before the rest; any installed declaration before a peer range.
            const DependencyScope kept = ws.dependencies[size_t(u.uses[size_t(seen.value())])].scope;
            if ((kept != DependencyScope::Production && d.scope == DependencyScope::Production)
                || (kept == DependencyScope::Peer && d.scope != DependencyScope::Peer))
                u.uses[size_t(seen.value())] = row;
        }
    }
}

FragmentationIndex::Group FragmentationIndex::computeGroup(const Workspace &ws, const Users &dependency, SharedDependency *shared) const
{
    Group result;
    shared->ecosystem = dependency.ecosystem;
    shared->name = dependency.name;
    shared->services = int(dependency.uses.size());
    // Thousands of services share a handful of version texts: each is read once.
    std::vector<VersionUse> groups;
    std::vector<Version> groupVersion;
    QHash<std::pair<QString, QString>, int> groupOf;     // (resolved, requested) → group
    QHash<std::pair<QString, bool>, int> groupByVersion; // (version compared, comparable) → group
    int bundled = 0;
    for (int row : dependency.uses) {
        const Dependency *d = &ws.dependencies[size_t(row)];
        // A peer dependency is a range the package accepts, not a version in use:
        // listed, never compared (docs/fragmentation.md, "Ranges").
        const bool peerRange = d->scope == DependencyScope::Peer;
        const std::pair<QString, QString> cacheKey(peerRange ? QStringLiteral("\x01peer") : d->resolved, d->version);
        auto g = groupOf.constFind(cacheKey);
        if (g == groupOf.cend()) {
            VersionUse use;
            Version parsed;
            if (peerRange) {
                use.version = d->version.trimmed().isEmpty() ? Text::tr("(any)") : d->version.trimmed();
                use.comparable = false;
                use.note = Text::tr("peer range: accepted, not installed");
            } else {
                const std::shared_ptr<const ReadVersion> read = versionCache().get(*d);
                use = read->use;
                parsed = read->parsed;
            }
            // Different texts can mean the same version ("4.18.0" resolved, "4.18.0" pinned).
            const std::pair<QString, bool> versionKey(peerRange ? QStringLiteral("\x01") + use.version : use.version, use.comparable);
            auto same = groupByVersion.constFind(versionKey);
            if (same == groupByVersion.cend()) {
                same = groupByVersion.insert(versionKey, int(groups.size()));
                groups.push_back(use);
                groupVersion.push_back(parsed);
            }
            g = groupOf.insert(cacheKey, same.value());
        }
        groups[size_t(g.value())].services << d->service;
        result.peer = result.peer || d->bundled || d->scope == DependencyScope::Peer;
        bundled += d->bundled ? 1 : 0;
    }
    // A service that declares a peer and also installs the package (peer + dev) still declares a peer.
    for (int row : dependency.rows)
        result.peer = result.peer || ws.dependencies[size_t(row)].scope == DependencyScope::Peer;
    result.uses = int(dependency.uses.size());
    result.sharing = result.uses - bundled;
    std::vector<size_t> order(groups.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (groups[a].comparable != groups[b].comparable)
            return groups[a].comparable;
        if (!groups[a].comparable)
            return groups[a].version < groups[b].version;
        return Versions::compare(groupVersion[a], groupVersion[b]) < 0;
    });
    int comparable = 0;
    for (size_t i : order)
        comparable += groups[i].comparable ? 1 : 0;
    if (comparable >= 1) {
        const size_t lo = order.front();
        size_t hi = order.front();
        for (size_t i : order) {
            if (groups[i].comparable)
                hi = i;
        }
        shared->oldest = groups[lo].version;
        shared->newest = groups[hi].version;
        shared->drift = Versions::difference(groupVersion[lo], groupVersion[hi]);
    }
    shared->versions.reserve(order.size());
    for (size_t i : order)
        shared->versions.push_back(std::move(groups[i]));
    // Two or more services with comparable versions count for the metric.
    int comparableServices = 0;
    for (const VersionUse &g : shared->versions)
        comparableServices += g.comparable ? int(g.services.size()) : 0;
    result.counted = comparableServices >= 2;
    result.magnitude = shared->drift.magnitude;
    return result;
}

namespace {
bool worseFirst(const SharedDependency &a, const SharedDependency &b)
{
    if (a.drift.magnitude != b.drift.magnitude)
        return a.drift.magnitude > b.drift.magnitude;
    if (a.services != b.services)
        return a.services > b.services;
    if (a.name != b.name)
        return a.name < b.name;
    return int(a.ecosystem) < int(b.ecosystem);
}
} // namespace

const FragmentationResult &FragmentationIndex::rebuild(const Workspace &ws)
{
    m_users.clear();
    m_groups.clear();
    m_rowUsers.assign(ws.dependencies.size(), -1);
    m_rowService.assign(ws.dependencies.size(), -1);
    m_result = FragmentationResult();
    // (ecosystem, name) → its rows, in the workspace's order.
    std::vector<QHash<QString, int>> userIndex(size_t(Enums::ecosystem.count())); // per ecosystem: name → users
    QHash<QString, int> serviceNumber;
    QString lastService;
    int lastNumber = -1;
    for (size_t i = 0; i < ws.dependencies.size(); ++i) {
        const Dependency &d = ws.dependencies[i];
        // A service's dependencies mostly come one after another: number it once.
        if (lastNumber < 0 || d.service != lastService) {
            auto n = serviceNumber.constFind(d.service);
            if (n == serviceNumber.cend())
                n = serviceNumber.insert(d.service, int(serviceNumber.size()));
            lastService = d.service;
            lastNumber = n.value();
        }
        QHash<QString, int> &index = userIndex[std::min(size_t(d.ecosystem), userIndex.size() - 1)];
        auto at = index.constFind(d.name);
        if (at == index.cend()) {
            at = index.insert(d.name, int(m_users.size()));
            m_users.push_back({d.ecosystem, d.name, {}, {}});
        }
        m_users[size_t(at.value())].rows.push_back(int(i));
        m_rowUsers[i] = at.value();
        m_rowService[i] = lastNumber;
    }
    m_groups.resize(m_users.size());
    for (size_t u = 0; u < m_users.size(); ++u) {
        pickUses(ws, m_users[u]);
        if (m_users[u].uses.size() < 2)
            continue;
        SharedDependency shared;
        m_groups[u] = computeGroup(ws, m_users[u], &shared);
        m_result.dependencies.push_back(std::move(shared));
    }
    std::stable_sort(m_result.dependencies.begin(), m_result.dependencies.end(), worseFirst);
    aggregate(ws);
    return m_result;
}

bool FragmentationIndex::updateDependency(const Workspace &ws, int row)
{
    if (row < 0 || size_t(row) >= m_rowUsers.size() || m_rowUsers.size() != ws.dependencies.size())
        return false;
    const int u = m_rowUsers[size_t(row)];
    const Dependency &d = ws.dependencies[size_t(row)];
    Users &users = m_users[size_t(u)];
    if (d.name != users.name || d.ecosystem != users.ecosystem)
        return false; // regrouped: the caller rebuilds
    const auto old = std::find_if(m_result.dependencies.begin(), m_result.dependencies.end(), [&](const SharedDependency &s) {
        return s.ecosystem == users.ecosystem && s.name == users.name;
    });
    if (old != m_result.dependencies.end())
        m_result.dependencies.erase(old);
    pickUses(ws, users);
    m_groups[size_t(u)] = Group();
    if (users.uses.size() >= 2) {
        SharedDependency shared;
        m_groups[size_t(u)] = computeGroup(ws, users, &shared);
        const auto at = std::upper_bound(m_result.dependencies.begin(), m_result.dependencies.end(), shared, worseFirst);
        m_result.dependencies.insert(at, std::move(shared));
    }
    aggregate(ws, false);
    return true;
}

namespace {
void driftAndPeerMetric(const Workspace &ws, const FragmentationResult &r, MetricValue &v, double driftSum, int sharedUses,
                        int sharingUses, int peerGroups)
{
    if (v.metric == FragmentationMetric::VersionDrift) {
        if (r.sharedDependencies > 0)
            v.value = driftSum / r.sharedDependencies;
        // The worst dependency by name: the board asks "which one?" next.
        const auto worst = std::find_if(r.dependencies.begin(), r.dependencies.end(),
                                        [&](const SharedDependency &d) { return d.drift.magnitude == r.worstDrift && !d.oldest.isEmpty(); });
        if (worst != r.dependencies.end() && r.worstDrift > 0)
            v.detail = Text::tr("mean distance between the oldest and newest version of %1 shared dependencies, where 1 major = 1, "
                                "1 minor = 0.01 and 1 patch = 0.0001, so 100 patches weigh as much as 1 minor (worst: %2 %3 → %4, %5)")
                           .arg(r.sharedDependencies)
                           .arg(worst->name, worst->oldest, worst->newest, describeDifference(worst->drift));
        else
            v.detail = Text::tr("mean distance between the oldest and newest version of %1 shared dependencies, where 1 major = 1, "
                                "1 minor = 0.01 and 1 patch = 0.0001 (worst: %2)")
                           .arg(r.sharedDependencies).arg(describeDistance(r.worstDrift));
    } else {
        if (sharedUses > 0)
            v.value = 100.0 * sharingUses / sharedUses;
        v.detail = Text::tr("%1 of %2 uses of %3 peer or bundled dependencies share the host's copy").arg(sharingUses).arg(sharedUses).arg(peerGroups);
    }
    v.level = level(ws, v.metric, v.value);
}
} // namespace

void FragmentationIndex::aggregate(const Workspace &ws, bool everything)
{
    FragmentationResult &r = m_result;
    double driftSum = 0;
    int sharedUses = 0, sharingUses = 0, peerGroups = 0;
    r.sharedDependencies = 0;
    r.worstDrift = 0;
    for (size_t u = 0; u < m_groups.size(); ++u) {
        const Group &g = m_groups[u];
        if (m_users[u].uses.size() < 2)
            continue;
        if (g.counted) {
            ++r.sharedDependencies;
            driftSum += g.magnitude;
            r.worstDrift = std::max(r.worstDrift, g.magnitude);
        }
        if (g.peer) {
            ++peerGroups;
            sharedUses += g.uses;
            sharingUses += g.sharing;
        }
    }
    // After one dependency row changed, services, relations and thresholds
    // are as they were: their metrics stay.
    const std::vector<MetricValue> previous = std::move(r.metrics);
    r.metrics.clear();
    if (!everything && previous.size() == size_t(Enums::fragmentationMetric.count())) {
        for (const MetricValue &p : previous) {
            if (p.metric != FragmentationMetric::ProtocolConsistency && p.metric != FragmentationMetric::StackHeterogeneity) {
                MetricValue v;
                v.metric = p.metric;
                v.unit = p.unit;
                driftAndPeerMetric(ws, r, v, driftSum, sharedUses, sharingUses, peerGroups);
                r.metrics.push_back(v);
            } else {
                r.metrics.push_back(p);
            }
        }
        return;
    }

    // --- stack heterogeneity -----------------------------------------------------------------
    std::map<QString, QStringList> runtimes; // "nodejs 18" → the ranges written for it
    QSet<QString> languages;
    QSet<QString> versionedRuntimes;
    for (const Service &s : ws.services) {
        const RuntimeLine line = runtimeLine(s);
        if (!line.runtime.isEmpty()) {
            QStringList &ranges = runtimes[line.line.isEmpty() ? line.runtime : line.runtime + u' ' + line.line];
            if (!line.asWritten.isEmpty() && !ranges.contains(line.asWritten))
                ranges << line.asWritten;
            if (!line.line.isEmpty())
                versionedRuntimes.insert(line.runtime);
        }
        const QString language = !s.language.isEmpty() ? s.language : s.runtime.trimmed().toLower();
        if (!language.isEmpty())
            languages.insert(language);
    }
    r.runtimes.clear();
    for (const auto &[key, ranges] : runtimes) {
        // A runtime without a version ("nodejs") is not another version when a
        // versioned line of it ("nodejs 18") is in use.
        if (!key.contains(u' ') && versionedRuntimes.contains(key))
            continue;
        r.runtimes << (ranges.isEmpty() ? key : QStringLiteral("%1 (%2)").arg(key, ranges.join(QStringLiteral(", "))));
    }
    r.runtimes.sort();
    r.languages = QStringList(languages.begin(), languages.end());
    r.languages.sort();

    // --- metrics, in enum order ------------------------------------------------------------------
    for (int m = 0; m < Enums::fragmentationMetric.count(); ++m) {
        MetricValue v;
        v.metric = FragmentationMetric(m);
        v.unit = metricUnit(v.metric);
        switch (v.metric) {
        case FragmentationMetric::ProtocolConsistency: {
            const ProtocolConsistency pc = ContextMap::protocolConsistency(ws);
            v.value = pc.valuePct;
            v.detail = Text::tr("%1 of %2 integrations use an approved protocol").arg(pc.conforming).arg(pc.integrations);
            break;
        }
        case FragmentationMetric::VersionDrift:
        case FragmentationMetric::PeerDependencyHygiene:
            driftAndPeerMetric(ws, r, v, driftSum, sharedUses, sharingUses, peerGroups);
            r.metrics.push_back(v);
            continue;
        case FragmentationMetric::StackHeterogeneity:
            if (!ws.services.empty())
                v.value = double(r.runtimes.size());
            v.detail = r.runtimes.isEmpty() ? Text::tr("no runtime declared") : r.runtimes.join(QStringLiteral(", "));
            break;
        }
        v.level = level(ws, v.metric, v.value);
        r.metrics.push_back(v);
    }
}

Diagram driftGraph(const Workspace &ws, const FragmentationResult &result, int maxDependencies)
{
    Diagram d;
    d.name = QStringLiteral("dependency-drift");
    d.title = Text::tr("Shared dependencies by drift (the %1 worst)").arg(std::min<qsizetype>(maxDependencies, qsizetype(result.dependencies.size())));
    d.leftToRight = true;
    QHash<QString, QString> serviceName;
    for (const Service &s : ws.services)
        serviceName.insert(s.id, s.name);
    QSet<QString> shownServices;
    int shown = 0;
    for (const SharedDependency &dep : result.dependencies) {
        if (shown++ >= maxDependencies)
            break;
        DiagramNode n;
        n.id = QStringLiteral("dep:%1:%2").arg(Enums::ecosystem.key(int(dep.ecosystem)), dep.name);
        n.label = dep.name + u'\n' + describeDifference(dep.drift);
        n.tooltip = Text::tr("%1 (%2): %3 services, %4 → %5").arg(dep.name, Enums::ecosystem.label(int(dep.ecosystem))).arg(dep.services).arg(dep.oldest, dep.newest);
        n.shape = NodeShape::Ellipse;
        n.fillColor = dep.drift.level == DriftLevel::Major ? QStringLiteral("#f4c7c3")
            : dep.drift.level == DriftLevel::Minor      ? QStringLiteral("#fce8b2")
                                                        : QStringLiteral("#d9ead3");
        d.nodes.append(n);
        Version newest = Versions::parse(dep.ecosystem, dep.newest);
        for (const VersionUse &use : dep.versions) {
            const VersionDifference diff = use.comparable ? Versions::difference(Versions::parse(dep.ecosystem, use.version), newest)
                                                          : VersionDifference{};
            for (const QString &service : use.services) {
                if (!shownServices.contains(service)) {
                    shownServices.insert(service);
                    DiagramNode s;
                    s.id = QStringLiteral("svc:") + service;
                    s.label = serviceName.value(service, service);
                    s.shape = NodeShape::Box;
                    s.element = QStringLiteral("service:") + service;
                    d.nodes.append(s);
                }
                DiagramEdge e;
                e.from = QStringLiteral("svc:") + service;
                e.to = n.id;
                e.label = use.version;
                e.tooltip = use.comparable ? Text::tr("%1 uses %2 (%3 behind the newest)").arg(serviceName.value(service, service), use.version,
                                                                                         describeDifference(diff))
                                           : Text::tr("%1 uses %2 (%3)").arg(serviceName.value(service, service), use.version, use.note);
                e.color = !use.comparable ? QStringLiteral("#888888") : FragmentationStyle::driftColour(diff.level).name();
                e.dashed = !use.comparable;
                e.bold = diff.level == DriftLevel::Major;
                d.edges.append(e);
            }
        }
    }
    return d;
}

} // namespace ArchBoard::Fragmentation
