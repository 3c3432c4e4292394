#pragma once

#include "workspaceformat.h"

#include <memory>

namespace ArchBoard {

struct Workspace;

/// What File → New starts from: the reference data of the bundled sample
/// (the seed article's figures, each with its source), none of its project.
namespace ReferenceData {

/**
 * The reference data of \a sample under the name \a name (a default name when
 * empty): FaaS providers' prices with their source and date, language cost
 * profiles, the SLA tiers with their criteria, weights and must-pass
 * thresholds, the fragmentation thresholds and the approved protocols, and the
 * workspace settings. The languages the cost profiles are for stay as
 * candidates (a profile's language is a candidate), off the shortlist; no
 * measurements, ratings, raters, rules, contexts, scenarios, services, scans,
 * decisions or voting rounds.
 */
std::unique_ptr<Workspace> extract(const Workspace &sample, const QString &name);

/// extract() of the bundled sample; nullptr only if the bundled file is broken.
std::unique_ptr<Workspace> newWorkspace(const QString &name = {}, InputError *error = nullptr);

/// The name a new workspace gets when none is given ("Untitled workspace", translated).
QString defaultName();

} // namespace ReferenceData

} // namespace ArchBoard
