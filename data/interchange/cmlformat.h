#pragma once

#include "workspace.h"
#include "workspaceformat.h"

#include <QStringList>

namespace ArchBoard {

/// What a CML import brought in and what it could not map.
struct CmlImport
{
    QString mapName;
    QString mapType;  ///< the ContextMap's type as written (SYSTEM_LANDSCAPE, …); empty when not stated
    QString mapState; ///< its state (AS_IS, TO_BE, …); empty when not stated
    std::vector<BoundedContext> contexts;
    std::vector<ContextRelation> relations;
    QStringList notes; ///< "line 12: Aggregate Customers in CustomerManagement is not imported", …
};

/**
 * Context Mapper interop: the ContextMap part of CML (bounded contexts and
 * their relationships with roles, subdomain types as domain types). CML
 * attributes without an ArchBoard field ride in descriptions as trailing
 * "CML key = value" lines that the export writes back. Everything else in a
 * CML file — aggregates, user stories, … — is reported with its line, not
 * silently dropped. See docs/context-map.md for the mapping.
 */
namespace Cml {

/// Parses CML text. Returns false with line and column on a syntax error.
bool parse(const QByteArray &text, CmlImport *result, InputError *error);

/// Reads and parses the CML file at \a path; errors name the file.
bool parseFile(const QString &path, CmlImport *result, InputError *error);

/// A new workspace holding the imported contexts and relations; the map's
/// type and state ride in its description.
Workspace toWorkspace(const CmlImport &import);

/// Adds the imported contexts and relations that are not in \a workspace yet
/// (by id); returns notes on what was skipped. Languages, mechanisms and
/// formats are matched against the workspace's candidates and labels.
QStringList merge(const CmlImport &import, const Workspace &workspace, std::vector<BoundedContext> *newContexts,
                  std::vector<ContextRelation> *newRelations);

/// The workspace's context map as CML. \a notes lists what CML cannot carry,
/// per context or relation and field.
QByteArray write(const Workspace &workspace, QStringList *notes);

/// Writes the workspace's context map to \a path (checked write). The GUI's and
/// the CLI's Export CML both call this and show \a notes as they are.
bool writeFile(const Workspace &workspace, const QString &path, QStringList *notes, QString *error);

/// A CML name for \a id: letters, digits and _ kept, other characters dropped
/// (the next letter upper-cased), a leading digit prefixed, and a keyword of the
/// grammar renamed with a trailing _ (the Langium language server has no "^" escape).
QString identifier(const QString &id);

/// True when \a word is a keyword of Context Mapper's grammar (cmlkeywords.cpp holds the list).
bool isKeyword(const QString &word);

/// How many words isKeyword() knows.
int keywordCount();

/// True when \a text can stand as a name in CML as it is (identifier(text) == text).
bool isName(const QString &text);

} // namespace Cml

} // namespace ArchBoard
