// Checks over the grouped services of one scan that no metric shows: pnpm
// catalogs, range styles, local-package versions. Private to the scanner.
// Each service's dependencies are its range of the scan's one list (dependenciesOf).
#pragma once

#include "scanner.h"

#include <QHash>

#include <map>

namespace ArchBoard::ScanChecks {

/// pnpm-workspace.yaml folder → catalog ("default" for `catalog:`) → package → range.
using Catalogs = std::map<QString, QHash<QString, QHash<QString, QString>>>;

/// Replaces `catalog:` / `catalog:NAME` requests by the range of the closest
/// pnpm-workspace.yaml at or above the service; one finding per request that
/// no catalog holds.
void resolveCatalogs(const Catalogs &catalogs, const std::map<QString, ScannedService> &services, std::vector<Dependency> &dependencies,
                     std::vector<ScanFinding> *findings);

/// npm dependencies requested in different styles (exact, ^, ~, other ranges)
/// by different services, as syncpack's semver groups report them.
void findRangeStyles(const std::map<QString, ScannedService> &services, const std::vector<Dependency> &dependencies,
                     std::vector<ScanFinding> *findings);

/// A service depending on another service's package with a range that does
/// not include that package's own version (`workspace:` is always fine).
void findLocalVersions(const std::map<QString, ScannedService> &services, const std::vector<Dependency> &dependencies,
                       std::vector<ScanFinding> *findings);

} // namespace ArchBoard::ScanChecks
