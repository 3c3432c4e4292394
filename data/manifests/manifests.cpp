#include "manifests.h"

#include "manifestparsing.h"
#include "yamlguard.h"

#include <algorithm>
#include <exception>
#include <new>
#include <optional>

namespace ArchBoard {

using namespace ManifestParsing;

namespace {

bool isLockKind(ManifestKind kind)
{
    return kind == ManifestKind::PackageLock || kind == ManifestKind::CargoLock || kind == ManifestKind::DependenciesLock
        || kind == ManifestKind::PnpmLock || kind == ManifestKind::YarnLock;
}

/// Rejects what is not UTF-8 text: NUL and other control characters, bad sequences.
bool checkText(const QByteArray &bytes, Sink &out)
{
    TextRules rules;
    rules.formFeed = true;
    rules.c1Controls = true;
    InputError error;
    if (checkUtf8Text(bytes, 0, rules, &error))
        return true;
    out.error(error.line, Text::tr("%1 at column %2; a manifest is UTF-8 text").arg(error.message).arg(error.column));
    return false;
}

} // namespace

namespace Manifests {

bool kindOf(const QString &fileName, ManifestKind *kind)
{
    const qsizetype slash = std::max(fileName.lastIndexOf(QLatin1Char('/')), fileName.lastIndexOf(QLatin1Char('\\')));
    const QStringView base = QStringView(fileName).mid(slash + 1);
    const QStringView folder = slash < 0 ? QStringView() : QStringView(fileName).left(slash);
    const QStringView parent = folder.mid(std::max(folder.lastIndexOf(QLatin1Char('/')), folder.lastIndexOf(QLatin1Char('\\'))) + 1);
    static constexpr struct
    {
        const char *name;
        ManifestKind kind;
    } exact[] = {
        {"package.json", ManifestKind::PackageJson},   {"package-lock.json", ManifestKind::PackageLock},
        {"go.mod", ManifestKind::GoMod},               {"Cargo.toml", ManifestKind::CargoToml},
        {"Cargo.lock", ManifestKind::CargoLock},       {"pom.xml", ManifestKind::PomXml},
        {"requirements.txt", ManifestKind::RequirementsTxt}, {"pyproject.toml", ManifestKind::PyProject},
        {"dependencies.lock", ManifestKind::DependenciesLock},
        {"pnpm-workspace.yaml", ManifestKind::PnpmWorkspace}, {"go.work", ManifestKind::GoWork},
        {"pnpm-lock.yaml", ManifestKind::PnpmLock},           {"yarn.lock", ManifestKind::YarnLock},
    };
    std::optional<ManifestKind> found;
    for (const auto &candidate : exact) {
        if (base == QLatin1String(candidate.name)) {
            found = candidate.kind;
            break;
        }
    }
    if (!found && base.endsWith(QLatin1String(".txt"))
        && ((base.size() > 17 && (base.startsWith(QLatin1String("requirements-")) || base.startsWith(QLatin1String("requirements_"))))
            || (base.size() > 4 && parent == QLatin1String("requirements"))))
        found = ManifestKind::RequirementsTxt;
    if (!found)
        return false;
    if (kind)
        *kind = *found;
    return true;
}

Manifest parse(ManifestKind kind, const QString &path, const QByteArray &bytes, const QByteArray &parentPom)
{
    return parse(kind, path, bytes, parentPom.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{parentPom});
}

Manifest parse(ManifestKind kind, const QString &path, const QByteArray &bytes, const QList<QByteArray> &ancestorPoms)
{
    Manifest m;
    m.path = path;
    m.kind = kind;
    Sink out(m);
    try {
        const qsizetype limit = isLockKind(kind) ? kMaxLockBytes : kMaxManifestBytes;
        if (bytes.size() > limit) {
            out.error(0, Text::tr("the file is too large (%1 MB; a %2 has at most %3 MB)")
                             .arg(double(bytes.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                             .arg(kindName(kind))
                             .arg(limit / (1024 * 1024)));
            out.finish();
            return m;
        }
        if (kind == ManifestKind::PomXml) {
            parsePom(bytes, ancestorPoms, out); // XML declares its own encoding
        } else {
            const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
            if (checkText(text, out)) {
                switch (kind) {
                case ManifestKind::PackageJson: parsePackageJson(text, out); break;
                case ManifestKind::PackageLock: parsePackageLock(text, out); break;
                case ManifestKind::GoMod: parseGoMod(text, out); break;
                case ManifestKind::CargoToml:
                    parseCargoToml(text, out);
                    out.sortByLine(); // toml++ tables iterate by key
                    break;
                case ManifestKind::CargoLock: parseCargoLock(text, out); break;
                case ManifestKind::RequirementsTxt: parseRequirementsTxt(text, out); break;
                case ManifestKind::PyProject:
                    parsePyProject(text, out);
                    out.sortByLine();
                    break;
                case ManifestKind::DependenciesLock: parseDependenciesLock(text, out); break;
                case ManifestKind::PnpmWorkspace: parsePnpmWorkspace(text, out); break;
                case ManifestKind::GoWork: parseGoWork(text, out); break;
                case ManifestKind::PnpmLock: parsePnpmLock(text, out); break;
                case ManifestKind::YarnLock: parseYarnLock(text, out); break;
                case ManifestKind::PomXml: break;
                }
            }
        }
    } catch (const std::bad_alloc &) {
        m.dependencies.clear();
        out.error(0, Text::tr("out of memory while reading the file"));
    } catch (const std::exception &e) {
        m.dependencies.clear();
        out.error(0, Text::tr("cannot read the file: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        m.dependencies.clear();
        out.error(0, Text::tr("cannot read the file"));
    }
    out.finish();
    return m;
}

QString kindName(ManifestKind kind)
{
    switch (kind) {
    case ManifestKind::PackageJson: return QStringLiteral("package.json");
    case ManifestKind::PackageLock: return QStringLiteral("package-lock.json");
    case ManifestKind::GoMod: return QStringLiteral("go.mod");
    case ManifestKind::CargoToml: return QStringLiteral("Cargo.toml");
    case ManifestKind::CargoLock: return QStringLiteral("Cargo.lock");
    case ManifestKind::PomXml: return QStringLiteral("pom.xml");
    case ManifestKind::RequirementsTxt: return QStringLiteral("requirements.txt");
    case ManifestKind::PyProject: return QStringLiteral("pyproject.toml");
    case ManifestKind::DependenciesLock: return QStringLiteral("dependencies.lock");
    case ManifestKind::PnpmWorkspace: return QStringLiteral("pnpm-workspace.yaml");
    case ManifestKind::GoWork: return QStringLiteral("go.work");
    case ManifestKind::PnpmLock: return QStringLiteral("pnpm-lock.yaml");
    case ManifestKind::YarnLock: return QStringLiteral("yarn.lock");
    }
    return {};
}

QString normalisePythonName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    bool separator = false;
    for (const QChar c : name) {
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')) {
            separator = true;
            continue;
        }
        if (separator) {
            out += QLatin1Char('-');
            separator = false;
        }
        out += c.toLower();
    }
    if (separator)
        out += QLatin1Char('-');
    return out;
}

} // namespace Manifests

} // namespace ArchBoard
