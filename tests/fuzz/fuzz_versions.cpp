// Version and range parsing of every ecosystem, and comparing what it parsed.
// First byte: ecosystem; the rest: "version\nrange".
#include "fuzzcheck.h"
#include "versions.h"

namespace ArchBoard::Fuzz {

int fuzzVersions(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto ecosystem = Ecosystem(data[0] % 6);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype nl = text.indexOf(u'\n');
    const QString a = nl < 0 ? text : text.left(nl);
    const QString b = nl < 0 ? text : text.mid(nl + 1);
    const Version va = Versions::parse(ecosystem, a);
    const Version vb = Versions::parse(ecosystem, b);
    const VersionSpec spec = Versions::parseSpec(ecosystem, b);
    (void)Versions::satisfies(spec, va);
    const int ab = Versions::compare(va, vb);
    const int ba = Versions::compare(vb, va);
    if ((ab < 0) != (ba > 0) || (ab == 0) != (ba == 0))
        Fuzz::fail("compare is not antisymmetric", a + QStringLiteral(" | ") + b);
    if (Versions::compare(va, va) != 0)
        Fuzz::fail("a version differs from itself", a);
    (void)Versions::difference(va, vb);
    return 0;
}

} // namespace ArchBoard::Fuzz
