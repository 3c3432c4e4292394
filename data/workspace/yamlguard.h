#pragma once

#include "workspaceformat.h"

#include <QByteArray>

namespace ArchBoard {

/// Bounds for YAML input. yaml-cpp 0.7 recurses without limit on deep
/// nesting, does not bound aliases, and has loops on some malformed input,
/// so input is checked by this scanner before the parser sees it.
struct YamlLimits
{
    qint64 maxBytes = 64ll * 1024 * 1024;
    int maxDepth = 24;
    qint64 maxNodes = 4'000'000;
};

/**
 * Scans YAML text without parsing it and rejects what ArchBoard never
 * accepts: more than \c maxBytes, bytes that are not UTF-8 text (NUL and other
 * control characters), more than one document, directives, anchors, aliases,
 * tags, complex keys, nesting deeper than \c maxDepth and more than
 * \c maxNodes nodes. Quoted strings, comments and block scalars are skipped,
 * so their content may contain any of these characters. Returns false with
 * the line and column of the first problem.
 */
bool checkYamlInput(const QByteArray &text, const YamlLimits &limits, InputError *error);

/// What text input may contain besides UTF-8 and tab, CR, LF.
struct TextRules
{
    bool formFeed = false;   ///< \f (requirements.txt, TOML allow it)
    bool c1Controls = false; ///< U+0080–U+009F other than NEL
};

/**
 * Checks that \a text from \a start on is UTF-8 text: no NUL or other
 * control characters, no bad, truncated, overlong or surrogate sequences.
 * Returns false with the line and column of the first problem and a message
 * ("binary data (control character 0x00)", "invalid UTF-8 (…)").
 */
bool checkUtf8Text(const QByteArray &text, qsizetype start, const TextRules &rules, InputError *error);

} // namespace ArchBoard
