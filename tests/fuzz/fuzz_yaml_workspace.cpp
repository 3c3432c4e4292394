// YAML workspace reader. Invariant: whatever it accepts is written and read
// back to the same workspace (the write path enforces the read path's rules).
#include "fuzzcheck.h"
#include "workspace.h"
#include "yamlformat.h"

#include <QBuffer>

namespace ArchBoard::Fuzz {

int fuzzYamlWorkspace(const uint8_t *data, size_t size)
{
    YamlFormat format;
    std::unique_ptr<Workspace> ws = format.fromYaml(Fuzz::bytes(data, size));
    if (!ws)
        return 0;
    QByteArray text;
    {
        QBuffer buffer(&text);
        buffer.open(QIODevice::WriteOnly);
        if (!format.write(*ws, buffer))
            return 0; // refused with a message: fine (e.g. text past the reader's limits)
    }
    std::unique_ptr<Workspace> back = format.fromYaml(text);
    if (!back)
        Fuzz::fail("written YAML does not read back", format.errorString());
    if (!(*back == *ws))
        Fuzz::fail("YAML round trip changed the workspace");
    return 0;
}

} // namespace ArchBoard::Fuzz
