#pragma once

#include "enums.h"

#include <QString>
#include <QtGlobal>

#include <random>

namespace ArchBoard {

/**
 * Seeded random draws for the Monte Carlo engines (TCO uncertainty, win
 * probabilities). The generator is std::mt19937_64, whose output sequence
 * the C++ standard fixes; the conversions (to [0, 1), normal, gamma) are
 * ours, not the library's distributions, whose algorithms differ between
 * standard libraries. A seed therefore gives the same draws everywhere up to
 * the last bit of log/exp/cos of the C library.
 */
class SampleGenerator
{
public:
    explicit SampleGenerator(quint64 seed) : m_rng(seed) {}

    /// Uniform in [0, 1).
    double uniform() { return double(m_rng() >> 11) * 0x1.0p-53; }
    /// Standard normal (Box–Muller; two uniforms per draw).
    double normal();
    /// Gamma(shape, 1) (Marsaglia and Tsang 2000; shape < 1 boosted by u^(1/shape)).
    double gamma(double shape);
    /// An index in [0, n).
    int below(int n) { return n <= 1 ? 0 : int(uniform() * n) % n; }

private:
    std::mt19937_64 m_rng;
};

namespace Sampling {

/**
 * One draw of a stated uncertainty around \a value:
 * - Triangular: limits low–high, mode = \a value (clamped into the limits);
 * - Uniform: low–high;
 * - Normal: mean = \a value, σ = (high − low) / 2 — low–high is the ±1σ band
 *   a source states as “842 ± 196 ms (mean ± σ)”;
 * - Lognormal: the lognormal with that mean and σ (positive values only);
 * - None: \a value.
 */
double draw(Distribution distribution, double value, double low, double high, SampleGenerator &g);

/// The distribution's standard deviation (0 for None).
double sigma(Distribution distribution, double value, double low, double high);

/// Whether low/high fit \a distribution around \a value; \a why says what is wrong.
bool check(Distribution distribution, double value, double low, double high, QString *why);

/// "normal 842 ± 196", "triangular 500 000–2 000 000" for notes and tooltips.
QString describe(Distribution distribution, double value, double low, double high);

} // namespace Sampling

} // namespace ArchBoard
