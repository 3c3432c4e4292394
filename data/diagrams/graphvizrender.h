#pragma once

#include <string>

namespace ArchBoard::GraphvizRender {

/// Formats the render helper produces.
bool isFormat(const std::string &format); ///< svg, png, pdf or dot (laid out)

/**
 * Lays out \a dot with Graphviz's "dot" engine and renders it as \a format,
 * in this process. Graphviz is not thread-safe and may crash or hang on
 * hostile graphs, so only the archboard-render helper calls this; the
 * application talks to the helper through DiagramRenderer. Returns 0 on
 * success; otherwise \a errors holds Graphviz's messages.
 */
int render(const std::string &dot, const std::string &format, std::string *output, std::string *errors);

} // namespace ArchBoard::GraphvizRender
