// pom.xml: dependencies, dependencyManagement, properties and the parent POM.
#include "manifestparsing.h"

#include <QHash>
#include <QXmlStreamReader>

namespace ArchBoard::ManifestParsing {

namespace {

struct PomDependency
{
    QString groupId, artifactId, version, scope, optional, type;
    int line = 0;
    int versionLine = 0;
    bool managed = false;
};

struct PomModel
{
    QString groupId, artifactId, version;
    QString parentGroupId, parentArtifactId, parentVersion;
    int versionLine = 0;
    int parentVersionLine = 0;
    bool hasParent = false;
    bool hasModules = false;
    int modulesLine = 0;
    QHash<QString, QString> properties;
    QHash<QString, int> propertyLines;
    QStringList modules;
    std::vector<PomDependency> dependencies;
    int errorLine = 0;
    QString error;
};

bool readPom(const QByteArray &bytes, PomModel *pom)
{
    QXmlStreamReader reader(bytes);
    QStringList path; // element names from <project> down
    PomDependency dep;
    qsizetype depDepth = -1; // path size at the open <dependency>
    bool sawRoot = false;
    auto text = [&] {
        const QString value = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        path.removeLast();
        return value;
    };
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (depDepth > 0 && path.size() == depDepth) {
                pom->dependencies.push_back(dep);
                depDepth = -1;
            }
            if (!path.isEmpty())
                path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.name().toString();
        path.append(name);
        const qsizetype depth = path.size();
        if (depth > kMaxXmlDepth) {
            pom->errorLine = int(reader.lineNumber());
            pom->error = Text::tr("elements nested deeper than %1 levels").arg(kMaxXmlDepth);
            return false;
        }
        if (depth == 1) {
            sawRoot = true;
            if (name != QLatin1String("project")) {
                pom->errorLine = int(reader.lineNumber());
                pom->error = Text::tr("not a Maven POM: the root element is <%1>, not <project>").arg(name);
                return false;
            }
            continue;
        }
        if (depDepth > 0) {
            if (depth != depDepth + 1)
                continue;
            if (name == QLatin1String("groupId"))
                dep.groupId = text();
            else if (name == QLatin1String("artifactId"))
                dep.artifactId = text();
            else if (name == QLatin1String("version")) {
                dep.versionLine = int(reader.lineNumber());
                dep.version = text();
            } else if (name == QLatin1String("scope"))
                dep.scope = text();
            else if (name == QLatin1String("optional"))
                dep.optional = text();
            else if (name == QLatin1String("type"))
                dep.type = text();
            continue;
        }
        const QString section = path[1];
        if (depth == 2) {
            if (name == QLatin1String("groupId"))
                pom->groupId = text();
            else if (name == QLatin1String("artifactId"))
                pom->artifactId = text();
            else if (name == QLatin1String("version")) {
                pom->versionLine = int(reader.lineNumber());
                pom->version = text();
            } else if (name == QLatin1String("parent"))
                pom->hasParent = true;
            else if (name == QLatin1String("modules")) {
                pom->hasModules = true;
                if (pom->modulesLine == 0)
                    pom->modulesLine = int(reader.lineNumber());
            }
        } else if (depth == 3 && section == QLatin1String("parent")) {
            if (name == QLatin1String("groupId"))
                pom->parentGroupId = text();
            else if (name == QLatin1String("artifactId"))
                pom->parentArtifactId = text();
            else if (name == QLatin1String("version")) {
                pom->parentVersionLine = int(reader.lineNumber());
                pom->parentVersion = text();
            }
        } else if (depth == 3 && section == QLatin1String("properties")) {
            pom->propertyLines.insert(name, int(reader.lineNumber()));
            pom->properties.insert(name, text());
        } else if (depth == 3 && section == QLatin1String("modules") && name == QLatin1String("module")) {
            pom->modules.append(text());
        } else if (depth == 5 && section == QLatin1String("profiles") && path[2] == QLatin1String("profile")
                   && path[3] == QLatin1String("modules") && name == QLatin1String("module")) {
            // Modules of a profile: any profile may be active, so each is a module.
            if (!pom->hasModules)
                pom->modulesLine = int(reader.lineNumber());
            pom->hasModules = true;
            pom->modules.append(text());
        } else if ((depth == 3 && section == QLatin1String("dependencies") && name == QLatin1String("dependency"))
                   || (depth == 4 && section == QLatin1String("dependencyManagement")
                       && path[2] == QLatin1String("dependencies") && name == QLatin1String("dependency"))) {
            dep = PomDependency();
            dep.line = int(reader.lineNumber());
            dep.managed = depth == 4;
            depDepth = depth;
        }
    }
    if (reader.hasError()) {
        pom->errorLine = int(reader.lineNumber());
        pom->error = Text::tr("XML: %1").arg(reader.errorString());
        return false;
    }
    if (!sawRoot) {
        // Only a prolog or comments: the reader sees nothing wrong.
        pom->errorLine = int(reader.lineNumber());
        pom->error = Text::tr("not a Maven POM: no <project> element");
        return false;
    }
    return true;
}

/// `${name}` substitution over a POM's effective properties; every property is
/// expanded once (memoised) with bounded nesting and length, so hostile
/// definitions (a=${b}${b}, b=${c}${c}, …) cannot blow up.
class PomProperties
{
public:
    explicit PomProperties(QHash<QString, QString> values)
        : m_raw(std::move(values))
    {
    }

    struct Result
    {
        QString value;
        QStringList unresolved; ///< names left as ${name}
        bool tooLong = false;
        bool tooDeep = false;
    };

    Result expand(const QString &text) { return expand(text, 0); }

private:
    Result expand(const QString &text, int depth)
    {
        Result r;
        qsizetype i = 0;
        while (true) {
            const qsizetype open = text.indexOf(QLatin1String("${"), i);
            const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open + 2);
            if (close < 0) {
                r.value += QStringView(text).mid(i);
                break;
            }
            r.value += QStringView(text).mid(i, open - i);
            const QString name = text.mid(open + 2, close - open - 2);
            if (depth >= kMaxPropertyNesting) {
                r.tooDeep = true;
                r.value += QStringView(text).mid(open, close - open + 1);
            } else if (m_active.contains(name) || !m_raw.contains(name)) {
                if (!r.unresolved.contains(name))
                    r.unresolved.append(name);
                r.value += QStringView(text).mid(open, close - open + 1);
            } else {
                const Result inner = property(name, depth);
                r.value += inner.value;
                for (const QString &u : inner.unresolved) {
                    if (!r.unresolved.contains(u))
                        r.unresolved.append(u);
                }
                r.tooLong = r.tooLong || inner.tooLong;
                r.tooDeep = r.tooDeep || inner.tooDeep;
            }
            if (r.value.size() > kMaxPropertyChars) {
                r.value.truncate(kMaxPropertyChars);
                r.tooLong = true;
                break;
            }
            i = close + 1;
        }
        return r;
    }

    Result property(const QString &name, int depth)
    {
        if (const auto it = m_done.constFind(name); it != m_done.constEnd())
            return *it;
        m_active.insert(name);
        Result r = expand(m_raw.value(name), depth + 1);
        m_active.remove(name);
        m_done.insert(name, r);
        return r;
    }

    QHash<QString, QString> m_raw;
    QHash<QString, Result> m_done;
    QSet<QString> m_active;
};

DependencyScope mavenScope(const QString &scope, const QString &optional)
{
    if (scope == QLatin1String("test") || scope == QLatin1String("provided"))
        return DependencyScope::Development;
    if (optional == QLatin1String("true"))
        return DependencyScope::Optional;
    return DependencyScope::Production;
}

} // namespace

void parsePom(const QByteArray &bytes, const QList<QByteArray> &ancestorBytes, Sink &out)
{
    Manifest &m = out.m;
    m.runtime = QStringLiteral("java");
    PomModel pom;
    if (!readPom(bytes, &pom)) {
        out.error(pom.errorLine, pom.error);
        return;
    }
    // The parent, then its parent and so on while each declares one: the
    // properties and managed versions a module inherits.
    std::vector<PomModel> ancestors;
    for (const QByteArray &above : ancestorBytes) {
        if (above.isEmpty() || int(ancestors.size()) >= kMaxPomAncestors || (!ancestors.empty() && !ancestors.back().hasParent))
            break;
        const QString which = ancestors.empty() ? Text::tr("the parent POM") : Text::tr("the POM %1 folders up").arg(ancestors.size() + 1);
        PomModel model;
        if (above.size() > kMaxManifestBytes) {
            out.error(0, Text::tr("%1 is too large (%2 MB); its properties are not used").arg(which).arg(above.size() / (1024 * 1024)));
            break;
        }
        if (!readPom(above, &model)) {
            out.error(0, Text::tr("%1 cannot be read (line %2: %3); its properties are not used").arg(which).arg(model.errorLine).arg(model.error));
            break;
        }
        ancestors.push_back(std::move(model));
    }
    const bool haveParent = !ancestors.empty();

    // Effective properties: the farthest POM's, overridden by each nearer one, by this POM's, then the model values.
    QHash<QString, QString> values;
    for (auto a = ancestors.crbegin(); a != ancestors.crend(); ++a) {
        for (auto it = a->properties.constBegin(); it != a->properties.constEnd(); ++it)
            values.insert(it.key(), it.value());
    }
    for (auto it = pom.properties.constBegin(); it != pom.properties.constEnd(); ++it)
        values.insert(it.key(), it.value());
    const QString groupId = pom.groupId.isEmpty() ? pom.parentGroupId : pom.groupId;
    const QString version = pom.version.isEmpty() ? pom.parentVersion : pom.version;
    const std::pair<const char *, QString> model[] = {
        {"project.groupId", groupId},
        {"pom.groupId", groupId},
        {"project.artifactId", pom.artifactId},
        {"pom.artifactId", pom.artifactId},
        {"project.version", version},
        {"pom.version", version},
        {"project.parent.groupId", pom.parentGroupId},
        {"parent.groupId", pom.parentGroupId},
        {"project.parent.artifactId", pom.parentArtifactId},
        {"project.parent.version", pom.parentVersion},
        {"parent.version", pom.parentVersion},
    };
    for (auto &&[key, value] : model) {
        if (!value.isEmpty())
            values.insert(QLatin1String(key), value);
    }
    PomProperties properties(std::move(values));
    const QString whereDefined = !pom.hasParent  ? Text::tr("in this POM")
        : ancestors.size() > 1                   ? Text::tr("in this POM or the %1 POMs above it").arg(ancestors.size())
        : haveParent                             ? Text::tr("in this POM or its parent")
                                                 : Text::tr("in this POM; the parent POM was not available");

    // Expands text; each unresolved name is an error, and the text stays as written.
    auto resolve = [&](const QString &text, int line, const QString &what) {
        const PomProperties::Result r = properties.expand(text);
        for (const QString &name : r.unresolved)
            out.error(line, Text::tr("%1: the property ${%2} is not defined (%3)").arg(what, name, whereDefined));
        if (r.tooDeep)
            out.error(line, Text::tr("%1: properties nested more than %2 levels deep").arg(what).arg(kMaxPropertyNesting));
        if (r.tooLong) {
            out.error(line, Text::tr("%1: the value is longer than %2 characters after substitution").arg(what).arg(kMaxPropertyChars));
            return text;
        }
        return r.value;
    };

    const QString projectGroup = resolve(groupId, 0, Text::tr("the project groupId"));
    const QString projectArtifact = resolve(pom.artifactId, 0, Text::tr("the project artifactId"));
    if (!projectArtifact.isEmpty())
        out.set(&m.name, projectGroup.isEmpty() ? projectArtifact : projectGroup + QLatin1Char(':') + projectArtifact, 0, Text::tr("the project name"));
    const int versionLine = pom.version.isEmpty() ? pom.parentVersionLine : pom.versionLine;
    out.set(&m.version, resolve(version, versionLine, Text::tr("the project version")), versionLine, Text::tr("the project version"));
    for (const char *key : {"maven.compiler.release", "maven.compiler.source", "java.version"}) {
        const QString name = QLatin1String(key);
        const QString placeholder = QStringLiteral("${%1}").arg(name);
        const PomProperties::Result java = properties.expand(placeholder);
        if (java.unresolved.contains(name))
            continue; // not defined here nor in the parent
        const int line = pom.propertyLines.value(name, 0);
        const QString value = resolve(placeholder, line, Text::tr("the Java version (%1)").arg(name));
        if (java.unresolved.isEmpty() && !java.tooDeep && !java.tooLong)
            out.set(&m.runtimeVersion, value, line, Text::tr("the Java version"));
        break;
    }
    if (pom.hasModules) {
        m.isWorkspaceRoot = true;
        m.workspaceLine = pom.modulesLine;
        for (const QString &module : std::as_const(pom.modules)) {
            QString member;
            out.set(&member, module, 0, Text::tr("a module"));
            if (!member.isEmpty())
                m.workspaceMembers.append(member);
        }
    }

    // Versions from dependencyManagement, for dependencies that leave theirs out.
    auto managedKey = [&](const PomDependency &d) {
        return properties.expand(d.groupId).value + QLatin1Char(':') + properties.expand(d.artifactId).value;
    };
    QHash<QString, QString> managedHere;
    QHash<QString, QString> managedByParent;
    QSet<QString> usedHere;
    for (const PomDependency &d : pom.dependencies) {
        if (d.managed) {
            if (!d.version.isEmpty() && !managedHere.contains(managedKey(d)))
                managedHere.insert(managedKey(d), d.version);
        } else {
            usedHere.insert(managedKey(d));
        }
    }
    for (const PomModel &above : ancestors) { // the nearest POM's version wins
        for (const PomDependency &d : above.dependencies) {
            if (d.managed && !d.version.isEmpty() && !managedByParent.contains(managedKey(d)))
                managedByParent.insert(managedKey(d), d.version);
        }
    }

    for (const PomDependency &d : pom.dependencies) {
        if (d.managed && usedHere.contains(managedKey(d)))
            continue; // listed under <dependencies> as well, with this version
        const QString g = resolve(d.groupId, d.line, Text::tr("a dependency's groupId"));
        const QString a = resolve(d.artifactId, d.line, Text::tr("a dependency's artifactId"));
        if (g.isEmpty() || a.isEmpty()) {
            out.error(d.line, Text::tr("a dependency without groupId or artifactId"));
            continue;
        }
        ManifestDependency dep;
        dep.ecosystem = Ecosystem::Maven;
        dep.name = g + QLatin1Char(':') + a;
        dep.line = d.line;
        if (d.managed) {
            dep.scope = DependencyScope::Production;
            dep.note = d.scope == QLatin1String("import") ? Text::tr("BOM imported in <dependencyManagement>")
                                                            : Text::tr("managed in <dependencyManagement>");
        } else {
            dep.scope = mavenScope(d.scope, d.optional);
        }
        QString rawVersion = d.version;
        int versionLine = d.versionLine ? d.versionLine : d.line;
        if (rawVersion.isEmpty() && !d.managed) {
            const QString key = managedKey(d);
            if (managedHere.contains(key)) {
                rawVersion = managedHere.value(key);
                dep.note = Text::tr("version from <dependencyManagement>");
            } else if (managedByParent.contains(key)) {
                rawVersion = managedByParent.value(key);
                dep.note = Text::tr("version from the parent's <dependencyManagement>");
            } else {
                dep.note = Text::tr("version managed by the parent or an imported BOM");
            }
            versionLine = d.line;
        }
        dep.requested = resolve(rawVersion, versionLine, Text::tr("dependency %1").arg(dep.name));
        out.add(std::move(dep));
    }
}

} // namespace ArchBoard::ManifestParsing
