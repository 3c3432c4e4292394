// Every manifest format: the parser must return errors as data, never crash,
// hang or read out of bounds. One target per format (see main.cpp).
#include "fuzzcheck.h"
#include "manifests.h"

namespace ArchBoard::Fuzz {

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
    const Manifest m = Manifests::parse(kind, QStringLiteral("fuzz"), in, parent);
    if (m.kind != kind)
        fail("the manifest came back as another kind");
    return 0;
}

} // namespace ArchBoard::Fuzz
