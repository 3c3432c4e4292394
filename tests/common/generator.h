#pragma once

#include "workspace.h"

#include <QtGlobal>

namespace ArchBoard::Testing {

/// Sizes of a generated workspace.
struct GeneratorSpec
{
    int candidates = 5;
    int criteria = 6;
    int tiers = 3;
    int raters = 3;
    int contexts = 8;
    int relations = 12;
    int services = 6;
    int dependenciesPerService = 5;
    int scenarios = 2;
    int decisions = 2;
    /// Names and notes full of characters that break naive quoting:
    /// quotes, backslashes, ": #", YAML indicators, newlines, CJK, emoji.
    bool hostileText = false;
};

/// The "large" workspace of the budgets in docs/architecture.md: 500 contexts, 2 000
/// relations, 12 candidates × 40 criteria × 6 tiers × 15 raters, 2 000
/// services with 60 dependencies each.
GeneratorSpec largeSpec();

/// A deterministic, referentially valid workspace for \a seed.
Workspace generateWorkspace(const GeneratorSpec &spec, quint32 seed);

/// A board of \a candidates × \a criteria with names as long as real ones (English
/// and Chinese), all shortlisted, one tier, no knock-outs (every candidate is
/// ranked, so every chart has every name).
Workspace longNamedBoard(int candidates, int criteria, quint32 seed);

/// The bundled sample workspace; aborts the test run if it does not load.
Workspace sampleWorkspace();

} // namespace ArchBoard::Testing
