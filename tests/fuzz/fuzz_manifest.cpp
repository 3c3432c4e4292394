// Every manifest format: the parser must return errors as data, never crash,
// hang or read out of bounds. One target per format (see main.cpp).
#include "fuzzcheck.h"
#include "manifestparsing.h"
#include "manifests.h"
#include "yamlguard.h"

#include <QStringList>

namespace ArchBoard::Fuzz {

namespace {

QString lockOutcome(const Manifest &m)
{
    QStringList out{m.runtime, m.runtimeVersion};
    for (const ManifestDependency &d : m.dependencies)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6").arg(d.name, d.requested, d.checksum).arg(int(d.ecosystem)).arg(d.line).arg(d.resolved);
    for (const ManifestError &e : m.errors)
        out << QStringLiteral("error %1: %2").arg(e.line).arg(e.message);
    return out.join(QLatin1Char('\n'));
}

/// dependencies.lock has two readers: where the fast one takes the text, it
/// must report exactly what yaml-cpp's reading does.
void compareLockReaders(const QByteArray &in)
{
    InputError error;
    if (!checkUtf8Text(in, 0, TextRules{}, &error) || !checkYamlInput(in, YamlLimits{}, &error))
        return; // never reaches either reader
    Manifest fast, full;
    ManifestParsing::Sink fastSink(fast), fullSink(full);
    if (!ManifestParsing::parseDependenciesLockPlain(in, fastSink))
        return;
    ManifestParsing::parseDependenciesLockYaml(in, fullSink);
    if (lockOutcome(fast) != lockOutcome(full))
        fail("the plain dependencies.lock reader disagrees with yaml-cpp", lockOutcome(fast) + QStringLiteral("\n---\n") + lockOutcome(full));
}

} // namespace

int fuzzManifest(ManifestKind kind, const uint8_t *data, size_t size)
{
    QByteArray in = bytes(data, size);
    QByteArray parent;
    if (kind == ManifestKind::PomXml) {
        // The input may carry a parent pom after a NUL: inheritance is parsed too.
        const qsizetype nul = in.indexOf('\0');
        if (nul >= 0) {
            parent = in.mid(nul + 1);
            in.truncate(nul);
        }
    }
    if (kind == ManifestKind::DependenciesLock)
        compareLockReaders(in);
    const Manifest m = Manifests::parse(kind, QStringLiteral("fuzz"), in, parent);
    if (m.kind != kind)
        fail("the manifest came back as another kind");
    return 0;
}

} // namespace ArchBoard::Fuzz
