// Context Mapper (CML) import. Invariant: what it imports is a workspace that
// saves and reads back (YAML), and CML written from it parses again.
#include "cmlformat.h"
#include "fuzzcheck.h"
#include "workspace.h"
#include "yamlformat.h"

#include <QBuffer>

namespace ArchBoard::Fuzz {

int fuzzCml(const uint8_t *data, size_t size)
{
    CmlImport import;
    InputError error;
    if (!Cml::parse(Fuzz::bytes(data, size), &import, &error))
        return 0;
    const Workspace ws = Cml::toWorkspace(import);
    YamlFormat format;
    QByteArray text;
    QBuffer buffer(&text);
    buffer.open(QIODevice::WriteOnly);
    if (!format.write(ws, buffer))
        Fuzz::fail("imported CML cannot be saved", format.errorString());
    if (!format.fromYaml(text))
        Fuzz::fail("imported CML saved but does not open again", format.errorString());
    QStringList notes;
    const QByteArray cml = Cml::write(ws, &notes);
    CmlImport again;
    if (!Cml::parse(cml, &again, &error))
        Fuzz::fail("CML written from an import does not parse", error.toString());
    return 0;
}

} // namespace ArchBoard::Fuzz
