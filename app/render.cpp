// archboard-render: lays out and renders one DOT graph (stdin → stdout).
// A separate process because the Graphviz library is not thread-safe and can
// crash or hang on hostile graphs: the application can time it out or lose it
// without harm. Exit codes: 0 ok, 1 Graphviz error (messages on stderr), 2 usage.
#include "graphvizrender.h"

#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char *argv[])
{
    std::string format = "svg";
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc)
            format = argv[++i];
        else {
            std::fprintf(stderr, "usage: archboard-render [--format svg|png|pdf|dot] < graph.dot > output\n");
            return 2;
        }
    }
    if (!ArchBoard::GraphvizRender::isFormat(format)) {
        std::fprintf(stderr, "archboard-render: unknown format %s\n", format.c_str());
        return 2;
    }
    constexpr size_t maxInput = 64u << 20;
    std::string dot;
    char buffer[1 << 16];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
        dot.append(buffer, n);
        if (dot.size() > maxInput) {
            std::fprintf(stderr, "archboard-render: the graph is larger than 64 MB\n");
            return 2;
        }
    }
    std::string output;
    std::string errors;
    const int rc = ArchBoard::GraphvizRender::render(dot, format, &output, &errors);
    if (!errors.empty())
        std::fwrite(errors.data(), 1, errors.size(), stderr);
    if (rc == 0)
        std::fwrite(output.data(), 1, output.size(), stdout);
    return rc;
}
