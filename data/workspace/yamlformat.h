#pragma once

#include "workspaceformat.h"
#include "yamlguard.h"

namespace ArchBoard {

/**
 * The `*.archboard.yaml` interchange format: the whole workspace as one YAML
 * document, a top-level key per collection in schema order, a block map per
 * row with keys in field order. Empty text and missing figures are left out;
 * everything else is written. Output is deterministic, so YAML → workspace →
 * YAML is byte-identical and diffs stay small.
 *
 * Reading is strict: unknown keys, wrong types, unknown enumeration values
 * and missing required keys are errors naming line and column. Input is
 * bounded by checkYamlInput() before yaml-cpp sees it, and parsed as events
 * (no node tree), so memory stays proportional to the workspace.
 */
class YamlFormat : public WorkspaceFormat
{
public:
    explicit YamlFormat(YamlLimits limits = {});

    QString name() const override;
    QStringList extensions() const override;
    bool sniff(const QByteArray &head) const override;
    std::unique_ptr<Workspace> read(QIODevice &device) override;
    bool write(const Workspace &workspace, QIODevice &device) override;

    std::unique_ptr<Workspace> fromYaml(const QByteArray &text);
    static QByteArray toYaml(const Workspace &workspace);

private:
    YamlLimits m_limits;
};

namespace Yaml {
/// How \a text is written as a YAML scalar on one line: plain when that reads
/// back as the same string, else double-quoted with escapes.
QByteArray scalar(const QString &text);
/// Shortest decimal text that reads back as exactly \a value.
QByteArray number(double value);
} // namespace Yaml

} // namespace ArchBoard
