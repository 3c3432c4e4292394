#include "graphvizrender.h"

#include <cstring>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace ArchBoard::GraphvizRender {

namespace {

std::string *gErrors = nullptr;

int collectError(char *message)
{
    if (gErrors && gErrors->size() < 64 * 1024)
        gErrors->append(message);
    return 0;
}

} // namespace

bool isFormat(const std::string &format)
{
    return format == "svg" || format == "png" || format == "pdf" || format == "dot";
}

int render(const std::string &dot, const std::string &format, std::string *output, std::string *errors)
{
    if (!isFormat(format)) {
        *errors = "unknown output format: " + format;
        return 2;
    }
    gErrors = errors;
    agseterrf(&collectError);
    agseterr(AGWARN); // warnings too: a board should see what Graphviz complained about

    GVC_t *gvc = gvContext();
    Agraph_t *g = agmemread(dot.c_str());
    if (!g) {
        if (errors->empty())
            *errors = "the diagram could not be read as DOT";
        gvFreeContext(gvc);
        return 1;
    }
    // dot unless the builder asked for sfdp (huge graphs); no other engine is used.
    const char *requested = agget(g, const_cast<char *>("layout"));
    const char *engine = requested && std::strcmp(requested, "sfdp") == 0 ? "sfdp" : "dot";
    int rc = gvLayout(gvc, g, engine);
    if (rc == 0) {
        char *data = nullptr;
        unsigned int length = 0;
        // "dot" renders the laid-out graph as DOT (positions included).
        rc = gvRenderData(gvc, g, format == "dot" ? "dot" : format.c_str(), &data, &length);
        if (rc == 0 && data)
            output->assign(data, length);
        gvFreeRenderData(data);
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    if (rc != 0 && errors->empty())
        *errors = "Graphviz could not lay out or render the diagram";
    gErrors = nullptr;
    return rc == 0 ? 0 : 1;
}

} // namespace ArchBoard::GraphvizRender
