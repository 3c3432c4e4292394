#pragma once

#include "consequences.h"
#include "workspacediff.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace ArchBoard {

struct Workspace;

/// Two versions of a workspace, what changed between them and what it means:
/// what `archboard-cli diff` prints and the GUI's Compare dock shows.
struct WorkspaceComparison
{
    QString beforeLabel; ///< "main:boards/estate.archboard.yaml", a file name, …
    QString afterLabel;
    std::shared_ptr<const Workspace> before;
    std::shared_ptr<const Workspace> after;
    ModelDiff model;
    Consequences consequences; ///< empty when the model did not change
};

namespace WorkspaceDiff {

/// Compares the two versions and, when the model changed, runs the engines on both.
WorkspaceComparison run(std::shared_ptr<const Workspace> before, std::shared_ptr<const Workspace> after,
                        const QString &beforeLabel, const QString &afterLabel);

/// One line: "5 model changes (1 added, …) · winner changed in 1 tier · …", or that nothing changed.
QString summary(const WorkspaceComparison &comparison);
/// The diff as plain text for a terminal: the summary, the model changes, the consequences.
QString toText(const WorkspaceComparison &comparison);
/// The diff as a pull-request comment: the summary first, the headlines, the rest in <details>.
/// Every text from the workspaces is a code span, so names cannot inject Markdown, HTML or mentions.
QString toMarkdown(const WorkspaceComparison &comparison);
/// The diff as JSON (schema in docs/git.md).
QJsonObject toJson(const WorkspaceComparison &comparison);

/// The comment marker CI jobs look for to update their comment instead of adding one.
inline constexpr char markdownMarker[] = "<!-- archboard-diff -->";

/// \a text as an inert Markdown code span: control characters and line breaks
/// become spaces, the fence is longer than any backtick run inside, at most
/// \a maxLength characters; in a table cell (\a inTable) pipes are escaped.
QString markdownCode(const QString &text, bool inTable = false, int maxLength = 120);

} // namespace WorkspaceDiff

} // namespace ArchBoard
