#pragma once

#include "workspace.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace ArchBoard {

/// How often one candidate wins its tier over the draws.
struct CandidateWinChance
{
    QString candidate;
    int wins = 0;
    double probability = 0.0;   ///< wins / draws, 0 … 1
    double standardError = 0.0; ///< √(p(1 − p) / draws): the Monte Carlo's own error
};

/// The win probabilities of one SLA tier.
struct TierWinProbability
{
    QString tier;
    int draws = 0;
    std::vector<CandidateWinChance> candidates; ///< in the tier's deterministic ranking order
    int noWinner = 0;            ///< draws in which every candidate was knocked out
    double concentration = 0.0;  ///< Dirichlet κ of the weights (0: weights held)
    /// The probability of \a candidate (0 when it is not in the tier).
    double probabilityOf(const QString &candidate) const;
};

struct WinProbabilities
{
    int draws = 0;
    quint64 seed = 0;
    double weightBandPp = 0.0;   ///< σ of each tier's largest weight share, percentage points
    int resampledCells = 0;      ///< rated cells whose raters disagree: resampled from their ratings
    int rangedMeasurements = 0;  ///< measured cells with a distribution
    std::vector<TierWinProbability> tiers; ///< one per SLA tier, in workspace order
    const TierWinProbability *tier(const QString &id) const;
};

namespace Selection {

/**
 * The probability that each candidate wins each tier under the board's
 * joint uncertainty (docs/selection.md "How sure is the winner?"), by a
 * seeded Monte Carlo of \a draws draws. Each draw:
 * - resamples every rated cell from its raters' individual ratings (a
 *   bootstrap: as many ratings as there are, with replacement, aggregated as
 *   the workspace aggregates them);
 * - draws every measurement that has a distribution from it;
 * - normalises the matrix as the selection engine does;
 * - draws each tier's weight shares from a Dirichlet centred on them whose
 *   concentration gives the largest share a standard deviation of
 *   \a weightBandPp percentage points (0 holds the weights);
 * - applies the must-pass thresholds to the drawn raw values and counts the
 *   best eligible candidate of each tier as its winner (ties as the engine
 *   breaks them).
 * The same seed gives the same figures (SampleGenerator).
 */
WinProbabilities winProbabilities(const Workspace &ws, int draws, quint64 seed, double weightBandPp);
/// With the workspace's own settings (win_draws, win_seed, weight_band_pp).
WinProbabilities winProbabilities(const Workspace &ws);

/// "Java wins in 71.3 % of 10 000 draws (± 0.5 pp); TypeScript 27.1 %; …" —
/// the candidates with a chance, most likely first (at most \a max), named by \a nameOf.
QString describeWinChances(const TierWinProbability &tier, const std::function<QString(const QString &)> &nameOf, int max = 3);
/// "71.3 %" (one decimal; "< 0.1 %" for a chance too small to show, "0 %" for none).
QString percentText(double probability);

/// The Dirichlet concentration κ that gives the largest of \a shares a
/// standard deviation of \a bandPp percentage points (0 for no band or one share).
double dirichletConcentration(const std::vector<double> &shares, double bandPp);

} // namespace Selection

} // namespace ArchBoard
