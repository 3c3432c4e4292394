// MADR / adr-tools record import. Invariant: what it imports merges into a
// workspace that saves and opens again; each record written back reads again.
#include "fuzzcheck.h"
#include "madrformat.h"
#include "workspace.h"
#include "yamlformat.h"

#include <QBuffer>

namespace ArchBoard::Fuzz {

int fuzzMadr(const uint8_t *data, size_t size)
{
    Madr::AdrImport import;
    InputError error;
    if (!Madr::readFile(QStringLiteral("0001-fuzz.md"), Fuzz::bytes(data, size), &import, &error))
        return 0;
    Workspace ws;
    QStringList notes;
    Madr::merge(&ws, import, &notes);
    YamlFormat format;
    QByteArray text;
    QBuffer buffer(&text);
    buffer.open(QIODevice::WriteOnly);
    if (!format.write(ws, buffer))
        Fuzz::fail("imported record cannot be saved", format.errorString());
    if (!format.fromYaml(text))
        Fuzz::fail("imported record saved but does not open again", format.errorString());
    for (const DecisionRecord &r : ws.decisions) {
        for (Madr::Flavour flavour : {Madr::Flavour::Madr4, Madr::Flavour::AdrTools}) {
            Madr::AdrImport again;
            if (!Madr::readFile(Madr::fileName(r), Madr::write(ws, r, flavour), &again, &error))
                Fuzz::fail("an exported record does not import", error.toString());
        }
    }
    return 0;
}

} // namespace ArchBoard::Fuzz
