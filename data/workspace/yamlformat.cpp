#include "yamlformat.h"

#include "filerules.h"
#include "safefile.h"
#include "workspace.h"
#include "yamlshared.h"

namespace ArchBoard {

using namespace YamlShared;

YamlFormat::YamlFormat(YamlLimits limits)
    : m_limits(limits)
{
}

QString YamlFormat::name() const
{
    return Text::tr("ArchBoard YAML");
}

QStringList YamlFormat::extensions() const
{
    return {QStringLiteral("archboard.yaml"), QStringLiteral("archboard.yml")};
}

bool YamlFormat::sniff(const QByteArray &head) const
{
    return head.startsWith("# ArchBoard workspace") || head.startsWith("archboard:");
}

std::unique_ptr<Workspace> YamlFormat::read(QIODevice &device)
{
    clearError();
    if (!device.isSequential() && device.size() > m_limits.maxBytes) {
        setError(0, 0, Text::tr("the file is too large (%1 MB; at most %2 MB)")
                           .arg(double(device.size()) / (1024.0 * 1024.0), 0, 'f', 1).arg(m_limits.maxBytes / (1024 * 1024)));
        return nullptr;
    }
    const QByteArray text = SafeFile::readBounded(device, m_limits.maxBytes);
    return fromYaml(text);
}

bool YamlFormat::write(const Workspace &workspace, QIODevice &device)
{
    clearError();
    // The reader's rules: a file that would not open again is not written.
    if (QString why; !FileRules::checkWritable(workspace, &why)) {
        setError(0, 0, Text::tr("cannot write the workspace: %1").arg(why));
        return false;
    }
    const QByteArray text = toYaml(workspace);
    if (InputError guard; !checkYamlInput(text, m_limits, &guard)) {
        setError(0, 0, Text::tr("cannot write the workspace: the YAML would not be read back (%1)").arg(guard.message));
        return false;
    }
    if (device.write(text) != text.size()) {
        setError(0, 0, Text::tr("cannot write: %1").arg(device.errorString()));
        return false;
    }
    return true;
}

} // namespace ArchBoard
