#pragma once

#include <QStringList>

// The commands that make ArchBoard speak git (docs/git.md). Each parses its
// own options; \a arguments are the words after the command's name.

/// `diff OLD NEW [--format text|markdown|json] [--fail-on …]`: exit 0 no change, 1 changes (or a
/// --fail-on condition met), 2 bad input.
int runDiffCommand(const QStringList &arguments);
/// `merge BASE OURS THEIRS [-o OUT]`: the git merge driver; exit 0 clean, 1 conflicts, 2 bad input.
int runMergeCommand(const QStringList &arguments);
/// `textconv FILE`: the workspace as YAML on stdout, for git diff's textconv.
int runTextconvCommand(const QStringList &arguments);
