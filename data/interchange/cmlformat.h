#pragma once

#include "workspace.h"
#include "workspaceformat.h"

#include <QStringList>

namespace ArchBoard {

/// What a CML import brought in and what it could not map.
struct CmlImport
{
    QString mapName;
    std::vector<BoundedContext> contexts;
    std::vector<ContextRelation> relations;
    QStringList notes; ///< "line 12: Aggregate Customers in CustomerManagement is not imported", …
};

/**
 * Context Mapper interop: the ContextMap part of CML (bounded contexts and
 * their relationships with roles). Everything else in a CML file — domains,
 * subdomains, aggregates, user stories, … — is reported with its line, not
 * silently dropped. See docs/context-map.md for the mapping.
 */
namespace Cml {

/// Parses CML text. Returns false with line and column on a syntax error.
bool parse(const QByteArray &text, CmlImport *result, InputError *error);

/// Reads and parses the CML file at \a path; errors name the file.
bool parseFile(const QString &path, CmlImport *result, InputError *error);

/// A new workspace holding the imported contexts and relations.
Workspace toWorkspace(const CmlImport &import);

/// Adds the imported contexts and relations that are not in \a workspace yet
/// (by id); returns notes on what was skipped. Languages, mechanisms and
/// formats are matched against the workspace's candidates and labels.
QStringList merge(const CmlImport &import, const Workspace &workspace, std::vector<BoundedContext> *newContexts,
                  std::vector<ContextRelation> *newRelations);

/// The workspace's context map as CML. \a notes lists what CML cannot express.
QByteArray write(const Workspace &workspace, QStringList *notes);

/// A CML identifier for \a id (letters, digits and _; not starting with a digit; not a keyword).
QString identifier(const QString &id);

} // namespace Cml

} // namespace ArchBoard
