#pragma once

#include "workspaceformat.h"

#include <memory>

namespace ArchBoard {

struct Workspace;

/// The bundled sample workspace: the seed article's figures, each with its source note.
namespace Sample {
/// The sample as YAML text, exactly as bundled.
QByteArray yaml();
/// The sample parsed; nullptr only if the bundled file is broken (tests guard this).
std::unique_ptr<Workspace> load(InputError *error);
} // namespace Sample

} // namespace ArchBoard
