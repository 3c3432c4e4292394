// Internals shared by the manifest parsers (one file per ecosystem):
// the translation context, the bounds for untrusted input and the Sink that
// collects what one parse finds. Private to ArchBoard::Data, not installed.
#pragma once

#include "manifests.h"

#include <QCoreApplication>

#include <algorithm>

namespace ArchBoard::ManifestParsing {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Manifests)
};

// Bounds for untrusted input. Hand-written manifests are small; lock files of
// large monorepos reach tens of MB.
constexpr qsizetype kMaxManifestBytes = 8ll * 1024 * 1024;
constexpr qsizetype kMaxLockBytes = 40ll * 1024 * 1024;
constexpr qsizetype kMaxFieldChars = 1024;   // a name, version, URL or checksum
constexpr int kMaxErrors = 200;              // per file; the rest are counted
constexpr int kMaxTomlNesting = 32;          // [ and { inside each other
constexpr int kMaxTomlKeyParts = 48;         // a.b.c… in one key or header
constexpr int kMaxXmlDepth = 128;
constexpr qsizetype kMaxPropertyChars = 4096; // a Maven property after substitution
constexpr int kMaxPropertyNesting = 32;
constexpr int kMaxPomAncestors = 16;        // parent POMs followed up the folders

/// Quoted and shortened so that a hostile value cannot flood a message.
inline QString quoted(QStringView text)
{
    constexpr qsizetype max = 80;
    QString shown = text.size() > max ? text.left(max).toString() + QStringLiteral("…") : text.toString();
    for (QChar &c : shown) {
        if (c.unicode() < 0x20)
            c = QChar(0xFFFD);
    }
    return QStringLiteral("“") + shown + QStringLiteral("”");
}

inline QString joinNote(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QStringLiteral("; ") + b;
}

/// Collects what one parse() finds: dependencies checked for size, errors capped.
class Sink
{
public:
    explicit Sink(Manifest &manifest)
        : m(manifest)
    {
    }

    void error(int line, const QString &message)
    {
        if (int(m.errors.size()) >= kMaxErrors) {
            ++m_suppressed;
            return;
        }
        m.errors.push_back(ManifestError{m.path, std::max(line, 0), message});
    }

    /// Whether \a value may be stored: bounded length, no control characters.
    bool fits(const QString &value, int line, const QString &what)
    {
        return fits(value, line, [&] { return what; });
    }

    /// As above; \a what is only built when the value does not fit (most never fail).
    template<class What>
    bool fits(const QString &value, int line, const What &what)
    {
        if (value.size() > kMaxFieldChars) {
            error(line, Text::tr("%1 is too long (%2 characters; at most %3)").arg(what()).arg(value.size()).arg(kMaxFieldChars));
            return false;
        }
        for (const QChar c : value) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
                error(line, Text::tr("%1 contains control characters").arg(what()));
                return false;
            }
        }
        return true;
    }

    /// Stores \a value in \a target when it fits.
    void set(QString *target, const QString &value, int line, const QString &what)
    {
        if (fits(value, line, what))
            *target = value;
    }

    void add(ManifestDependency dep)
    {
        if (dep.name.trimmed().isEmpty()) {
            error(dep.line, Text::tr("a dependency without a name"));
            return;
        }
        if (!fits(dep.name, dep.line, [] { return Text::tr("a dependency name"); }))
            return;
        if (!fits(dep.requested, dep.line, [&] { return Text::tr("the version of %1").arg(quoted(dep.name)); })
            || !fits(dep.resolved, dep.line, [&] { return Text::tr("the resolved version of %1").arg(quoted(dep.name)); })
            || !fits(dep.checksum, dep.line, [&] { return Text::tr("the checksum of %1").arg(quoted(dep.name)); })
            || !fits(dep.note, dep.line, [&] { return Text::tr("the source of %1").arg(quoted(dep.name)); }))
            return;
        m.dependencies.push_back(std::move(dep));
    }

    void finish()
    {
        if (m_suppressed > 0)
            m.errors.push_back(ManifestError{m.path, 0, Text::tr("%n more error(s) not listed", nullptr, m_suppressed)});
    }

    /// Dependencies and errors in file order (JSON objects come back sorted by key).
    void sortByLine()
    {
        std::stable_sort(m.dependencies.begin(), m.dependencies.end(),
                         [](const ManifestDependency &a, const ManifestDependency &b) { return a.line < b.line; });
        std::stable_sort(m.errors.begin(), m.errors.end(),
                         [](const ManifestError &a, const ManifestError &b) { return a.line < b.line; });
    }

    Manifest &m;

private:
    int m_suppressed = 0;
};

// One parser per format, each in its own file; Manifests::parse() checks the
// size and (except for XML) the text, then calls one of them.
void parsePackageJson(const QByteArray &bytes, Sink &out);       // npmmanifests.cpp
void parsePackageLock(const QByteArray &bytes, Sink &out);       // npmmanifests.cpp
void parseGoMod(const QByteArray &bytes, Sink &out);             // gomod.cpp
void parseCargoToml(const QByteArray &bytes, Sink &out);         // cargomanifests.cpp
void parseCargoLock(const QByteArray &bytes, Sink &out);         // cargomanifests.cpp
void parsePom(const QByteArray &bytes, const QList<QByteArray> &ancestors, Sink &out); // mavenpom.cpp
void parseRequirementsTxt(const QByteArray &bytes, Sink &out);   // pythonmanifests.cpp
void parsePyProject(const QByteArray &bytes, Sink &out);         // pythonmanifests.cpp
void parseDependenciesLock(const QByteArray &bytes, Sink &out);  // dependencieslock.cpp
// Its two readers, for the tests that compare them: the plain block style
// (false, with nothing added, for any other shape) and yaml-cpp.
bool parseDependenciesLockPlain(const QByteArray &bytes, Sink &out);
void parseDependenciesLockYaml(const QByteArray &bytes, Sink &out);
void parsePnpmWorkspace(const QByteArray &bytes, Sink &out);     // pnpmfiles.cpp
void parsePnpmLock(const QByteArray &bytes, Sink &out);          // pnpmfiles.cpp
void parseGoWork(const QByteArray &bytes, Sink &out);            // gomod.cpp
void parseYarnLock(const QByteArray &bytes, Sink &out);          // yarnlock.cpp

} // namespace ArchBoard::ManifestParsing
