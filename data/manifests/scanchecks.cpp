#include "scanchecks.h"

#include "versions.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <iterator>

namespace ArchBoard::ScanChecks {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Scanner)
};

QString parentFolder(const QString &folder)
{
    if (folder == u".")
        return {};
    const qsizetype slash = folder.lastIndexOf(u'/');
    return slash < 0 ? QStringLiteral(".") : folder.left(slash);
}

/// Not a registry request: nothing to compare the style of.
bool isProtocol(const QString &request)
{
    static const char *const prefixes[] = {"workspace:", "file:", "link:", "portal:", "npm:", "catalog:", "git", "http:", "https:", "github:"};
    for (const char *p : prefixes) {
        if (request.startsWith(QLatin1String(p)))
            return true;
    }
    return request.contains(u'/'); // "user/repo", a path
}

/// "exact", "^", "~", "range" or "any" (syncpack's semver-group styles).
QString styleOf(const QString &request)
{
    const QString r = request.trimmed();
    if (r.isEmpty() || r == u"*" || r == u"x" || r == u"latest")
        return QStringLiteral("any");
    if (r.startsWith(u'^'))
        return QStringLiteral("^");
    if (r.startsWith(u'~'))
        return QStringLiteral("~");
    const QString plain = r.startsWith(u'=') ? r.mid(1) : r;
    const VersionSpec spec = Versions::parseSpec(Ecosystem::Npm, plain);
    if (spec.kind == VersionSpec::Kind::Exact)
        return QStringLiteral("exact");
    return QStringLiteral("range");
}

} // namespace

void resolveCatalogs(const Catalogs &catalogs, const std::map<QString, ScannedService> &services, std::vector<Dependency> &dependencies,
                     std::vector<ScanFinding> *findings)
{
    for (const auto &[folder, service] : services) {
        for (Dependency &d : dependenciesOf(dependencies, service)) {
            if (d.ecosystem != Ecosystem::Npm || !d.version.startsWith(QLatin1String("catalog:")))
                continue;
            QString catalog = d.version.mid(8).trimmed();
            if (catalog.isEmpty())
                catalog = QStringLiteral("default");
            const Catalogs::const_iterator *found = nullptr;
            Catalogs::const_iterator at;
            for (QString f = folder; !f.isEmpty(); f = parentFolder(f)) {
                at = catalogs.find(f);
                if (at != catalogs.end()) {
                    found = &at;
                    break;
                }
            }
            const QString range = found ? (*found)->second.value(catalog).value(d.name) : QString();
            if (!range.isEmpty()) {
                d.version = range; // the range pnpm installs for "catalog:"
                continue;
            }
            findings->push_back({QStringLiteral("catalog"), Ecosystem::Npm, d.name, {folder},
                                 found ? Text::tr("%1 in %2 asks for %3, which pnpm-workspace.yaml in %4 does not list")
                                             .arg(d.name, folder, d.version, (*found)->first)
                                       : Text::tr("%1 in %2 asks for %3, but no pnpm-workspace.yaml at or above it has catalogs")
                                             .arg(d.name, folder, d.version)});
        }
    }
}

void findRangeStyles(const std::map<QString, ScannedService> &services, const std::vector<Dependency> &dependencies,
                     std::vector<ScanFinding> *findings)
{
    // The first non-peer request of each service counts. Most requests repeat
    // across services: each distinct one is classified once. A first pass notes
    // which styles each name is asked in; only names asked in two or more get
    // their folders collected.
    static const QString styleNames[] = {QStringLiteral("^"), QStringLiteral("any"), QStringLiteral("exact"), QStringLiteral("range"),
                                         QStringLiteral("~")}; // in QString order, as the findings list them
    const auto styleIndex = [](const QString &style) {
        return int(std::find(std::begin(styleNames), std::end(styleNames), style) - std::begin(styleNames));
    };
    QHash<QString, int> styleOfRequest;
    const auto firstRequests = [&](const auto &visit) {
        QSet<QString> seen;
        for (const auto &[folder, service] : services) {
            seen.clear();
            for (const Dependency &d : dependenciesOf(dependencies, service)) {
                if (d.ecosystem != Ecosystem::Npm || d.scope == DependencyScope::Peer || seen.contains(d.name) || isProtocol(d.version))
                    continue;
                seen.insert(d.name);
                auto style = styleOfRequest.constFind(d.version);
                if (style == styleOfRequest.cend())
                    style = styleOfRequest.insert(d.version, styleIndex(styleOf(d.version)));
                visit(folder, d.name, style.value());
            }
        }
    };
    QHash<QString, unsigned> stylesOfName; // name → bit per style
    firstRequests([&](const QString &, const QString &name, int style) { stylesOfName[name] |= 1u << style; });
    QHash<QString, std::array<QStringList, std::size(styleNames)>> foldersOf; // only the names in two styles or more
    for (auto it = stylesOfName.cbegin(); it != stylesOfName.cend(); ++it) {
        if (std::popcount(it.value()) >= 2)
            foldersOf[it.key()];
    }
    if (foldersOf.isEmpty())
        return;
    firstRequests([&](const QString &folder, const QString &name, int style) {
        const auto at = foldersOf.find(name);
        if (at != foldersOf.end())
            at.value()[size_t(style)] << folder;
    });
    QStringList names = foldersOf.keys();
    names.sort(); // findings in name order, whatever the hash order
    for (const QString &name : std::as_const(names)) {
        QStringList parts, folders;
        const auto &byStyle = foldersOf.value(name);
        for (size_t style = 0; style < byStyle.size(); ++style) {
            if (byStyle[style].isEmpty())
                continue;
            parts << Text::tr("%1 in %2").arg(styleNames[style], byStyle[style].join(QStringLiteral(", ")));
            folders << byStyle[style];
        }
        findings->push_back({QStringLiteral("range-style"), Ecosystem::Npm, name, folders,
                             Text::tr("%1 is requested in different range styles: %2").arg(name, parts.join(QStringLiteral("; ")))});
    }
}

void findLocalVersions(const std::map<QString, ScannedService> &services, const std::vector<Dependency> &dependencies,
                       std::vector<ScanFinding> *findings)
{
    QHash<QString, const ScannedService *> local; // package name → the service that is it
    for (const auto &[folder, service] : services) {
        if (!service.version.isEmpty() && service.manifests.contains(QStringLiteral("package.json")))
            local.insert(service.name, &service);
    }
    // Each distinct request is parsed once, and each local package's own version.
    QHash<QString, VersionSpec> specs;
    QHash<const ScannedService *, Version> ownVersions;
    for (const auto &[folder, service] : services) {
        for (const Dependency &d : dependenciesOf(dependencies, service)) {
            if (d.ecosystem != Ecosystem::Npm)
                continue;
            QString request = d.version.trimmed();
            QString name = d.name;
            if (request.startsWith(QLatin1String("workspace:"))) {
                // pnpm and yarn: workspace:*, ^ and ~ publish the local version; workspace:RANGE
                // (or workspace:alias@RANGE) is linked to the local copy whatever its version
                // (pnpm 10) but published as RANGE, so it must hold for the local version.
                // A name no member has is refused (ERR_PNPM_WORKSPACE_PKG_NOT_FOUND).
                QString spec = request.mid(int(qstrlen("workspace:")));
                const qsizetype at = spec.lastIndexOf(u'@');
                if (at > 0) {
                    name = spec.left(at);
                    spec = spec.mid(at + 1);
                }
                if (spec.startsWith(u'.') || spec.startsWith(u'/'))
                    continue; // a path
                const auto own = local.constFind(name);
                if (own == local.cend()) {
                    findings->push_back({QStringLiteral("local-missing"), Ecosystem::Npm, d.name, {folder},
                                         Text::tr("%1 in %2 asks for %3, but no package in the scanned workspace is named %4")
                                             .arg(d.name, folder, request, name)});
                    continue;
                }
                if (spec.isEmpty() || spec == u"*" || spec == u"^" || spec == u"~" || own.value() == &service)
                    continue;
                request = spec;
            } else if (request.startsWith(QLatin1String("file:")) || request.startsWith(QLatin1String("link:"))
                       || request.startsWith(QLatin1String("portal:"))) {
                continue; // the local copy by definition
            }
            const auto it = local.constFind(name);
            if (it == local.cend() || it.value() == &service)
                continue;
            auto specAt = specs.constFind(request);
            if (specAt == specs.cend())
                specAt = specs.insert(request, Versions::parseSpec(Ecosystem::Npm, request));
            auto ownAt = ownVersions.constFind(it.value());
            if (ownAt == ownVersions.cend())
                ownAt = ownVersions.insert(it.value(), Versions::parse(Ecosystem::Npm, it.value()->version));
            const VersionSpec &spec = specAt.value();
            const Version &own = ownAt.value();
            if ((spec.kind != VersionSpec::Kind::Exact && spec.kind != VersionSpec::Kind::Range) || !own.valid)
                continue;
            if (Versions::satisfies(spec, own))
                continue;
            findings->push_back({QStringLiteral("local-version"), Ecosystem::Npm, d.name, {folder, it.value()->path},
                                 Text::tr("%1 in %2 asks for %3, but %4 is %5").arg(d.name, folder, d.version.trimmed(), it.value()->path, it.value()->version)});
        }
    }
}

} // namespace ArchBoard::ScanChecks
