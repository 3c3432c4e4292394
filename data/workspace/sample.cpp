#include "sample.h"

#include "workspace.h"
#include "yamlformat.h"

#include <QFile>

static void initArchBoardResources()
{
    // The resources live in a static library; referencing the initializer keeps them linked.
    Q_INIT_RESOURCE(resources);
}

namespace ArchBoard::Sample {

QByteArray yaml()
{
    initArchBoardResources();
    QFile file(QStringLiteral(":/archboard/sample/seed-sample.archboard.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::unique_ptr<Workspace> load(InputError *error)
{
    YamlFormat format;
    std::unique_ptr<Workspace> ws = format.fromYaml(yaml());
    if (!ws && error) {
        *error = format.error();
        error->file = QStringLiteral("seed-sample.archboard.yaml");
    }
    return ws;
}

} // namespace ArchBoard::Sample
