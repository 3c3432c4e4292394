#include "workspaceformat.h"

#include "filerules.h"
#include "sqliteformat.h"
#include "yamlformat.h"

#include <QFileInfo>

namespace ArchBoard {

QString InputError::toString() const
{
    QString where = file;
    if (line > 0) {
        where += (where.isEmpty() ? QStringLiteral("line %1").arg(line) : QStringLiteral(":%1").arg(line));
        if (column > 0)
            where += QStringLiteral(":%1").arg(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QString WorkspaceFormat::nameFilter() const
{
    QStringList patterns;
    for (const QString &ext : extensions())
        patterns << QStringLiteral("*.") + ext;
    return QStringLiteral("%1 (%2)").arg(name(), patterns.join(u' '));
}

bool WorkspaceFormat::canRead(const QString &fileName) const
{
    const QString lower = QFileInfo(fileName).fileName().toLower();
    for (const QString &ext : extensions()) {
        if (lower.endsWith(u'.' + ext))
            return true;
    }
    return false;
}

void WorkspaceFormat::finishRead(Workspace &workspace)
{
    m_warnings = FileRules::clampOnRead(&workspace);
}

void WorkspaceFormat::setError(int line, int column, const QString &message)
{
    m_error.line = line;
    m_error.column = column;
    m_error.message = message;
}

namespace Formats {

std::unique_ptr<WorkspaceFormat> sqlite()
{
    return std::make_unique<SqliteFormat>();
}

std::unique_ptr<WorkspaceFormat> yaml()
{
    return std::make_unique<YamlFormat>();
}

std::unique_ptr<WorkspaceFormat> forFileName(const QString &fileName)
{
    // YAML first: "x.archboard.yaml" must not match the ".archboard" rule.
    if (auto format = yaml(); format->canRead(fileName))
        return format;
    if (auto format = sqlite(); format->canRead(fileName))
        return format;
    return nullptr;
}

std::unique_ptr<WorkspaceFormat> forContent(const QByteArray &head)
{
    if (auto format = sqlite(); format->sniff(head))
        return format;
    if (auto format = yaml(); format->sniff(head))
        return format;
    return nullptr;
}

QString nameFilters()
{
    return sqlite()->nameFilter() + QStringLiteral(";;") + yaml()->nameFilter();
}

} // namespace Formats

} // namespace ArchBoard
