// What the YAML workspace format's writer (yamlwriter.cpp), reader
// (yamlreader.cpp) and entry points (yamlformat.cpp) share. Private to
// data/workspace.
#pragma once

#include "schema.h"

#include <QCoreApplication>
#include <QVariant>

namespace ArchBoard::YamlShared {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(YamlFormat)
};

// Files ArchBoard writes start with kHeader and end with kEndMarker, so a
// truncated file is an error even when it was cut between two sections or
// rows. Files of the previous version (kOldHeader, no marker) must have every
// section their schema version had, as that version always wrote them all.
// Files without either header are hand-written: no completeness check.
inline constexpr char kHeader[] = "# ArchBoard workspace, complete when it ends with \"# end of workspace\". "
                                  "`archboard-cli validate FILE` checks it after hand edits.\n";
inline constexpr char kOldHeader[] = "# ArchBoard workspace. `archboard-cli validate FILE` checks it after hand edits.\n";
inline constexpr char kEndMarker[] = "# end of workspace";

/// Whether a field's value is left out of the file (empty optional text,
/// missing figures and dates); the reader fills such keys with the same empty value.
bool omitted(const FieldDef &def, const QVariant &v);

} // namespace ArchBoard::YamlShared
