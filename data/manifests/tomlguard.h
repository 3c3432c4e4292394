#pragma once

#include <QByteArray>

namespace ArchBoard {

/**
 * TOML 1.0 allows characters beyond ASCII only inside strings and comments.
 * toml++ 3.3 reaches a TOML_UNREACHABLE (undefined behaviour in a release
 * build; "execution reached an unreachable program point" under UBSan) when
 * such a character stands anywhere else, e.g. in a bare key or a table
 * header. This scan finds the first one before toml++ sees the text.
 * Returns 0 when there is none, else its 1-based line.
 */
int tomlNonAsciiOutsideStrings(const QByteArray &text);

} // namespace ArchBoard
