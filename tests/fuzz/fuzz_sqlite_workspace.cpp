// SQLite workspace reader on arbitrary bytes (a hostile .archboard).
// Invariant: whatever it accepts serializes and reads back equal.
#include "fuzzcheck.h"
#include "sqliteformat.h"
#include "workspace.h"

#include <QBuffer>

namespace ArchBoard::Fuzz {

int fuzzSqliteWorkspace(const uint8_t *data, size_t size)
{
    QByteArray in = Fuzz::bytes(data, size);
    QBuffer buffer(&in);
    buffer.open(QIODevice::ReadOnly);
    SqliteFormat format;
    std::unique_ptr<Workspace> ws = format.read(buffer);
    if (!ws)
        return 0;
    QByteArray image = format.serialize(*ws);
    if (image.isEmpty())
        return 0; // refused with a message
    QBuffer again(&image);
    again.open(QIODevice::ReadOnly);
    std::unique_ptr<Workspace> back = format.read(again);
    if (!back)
        Fuzz::fail("serialized workspace does not read back", format.errorString());
    if (!(*back == *ws))
        Fuzz::fail("SQLite round trip changed the workspace");
    return 0;
}

} // namespace ArchBoard::Fuzz
