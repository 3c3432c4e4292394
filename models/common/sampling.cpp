#include "sampling.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ArchBoard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sampling)
};

QString num(double v)
{
    return QString::number(v, 'g', 8);
}

/// ln-space parameters of the lognormal with mean \a m and standard deviation \a s.
void lognormalParameters(double m, double s, double *mu, double *sdLog)
{
    const double v = std::log1p((s * s) / (m * m));
    *sdLog = std::sqrt(v);
    *mu = std::log(m) - v / 2.0;
}

} // namespace

double SampleGenerator::normal()
{
    const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double SampleGenerator::gamma(double shape)
{
    if (shape <= 0)
        return 0.0;
    if (shape < 1.0) {
        const double u = 1.0 - uniform();
        return gamma(shape + 1.0) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = 0, v = 0;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = 1.0 - uniform();
        if (u < 1.0 - 0.0331 * x * x * x * x)
            return d * v;
        if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

namespace Sampling {

double draw(Distribution distribution, double value, double low, double high, SampleGenerator &g)
{
    switch (distribution) {
    case Distribution::None:
        return value;
    case Distribution::Uniform:
        return low + (high - low) * g.uniform();
    case Distribution::Triangular: {
        const double width = high - low;
        if (width <= 0)
            return low;
        const double mode = std::clamp(value, low, high);
        const double x = g.uniform();
        const double f = (mode - low) / width;
        return x < f ? low + std::sqrt(x * width * (mode - low)) : high - std::sqrt((1 - x) * width * (high - mode));
    }
    case Distribution::Normal:
        return value + (high - low) / 2.0 * g.normal();
    case Distribution::Lognormal: {
        const double s = (high - low) / 2.0;
        if (value <= 0 || s <= 0)
            return value;
        double mu = 0, sdLog = 0;
        lognormalParameters(value, s, &mu, &sdLog);
        return std::exp(mu + sdLog * g.normal());
    }
    }
    return value;
}

double sigma(Distribution distribution, double value, double low, double high)
{
    switch (distribution) {
    case Distribution::None: return 0.0;
    case Distribution::Uniform: return (high - low) / std::sqrt(12.0);
    case Distribution::Triangular: {
        const double c = std::clamp(value, low, high);
        return std::sqrt((low * low + high * high + c * c - low * high - low * c - high * c) / 18.0);
    }
    case Distribution::Normal:
    case Distribution::Lognormal: return (high - low) / 2.0;
    }
    return 0.0;
}

bool check(Distribution distribution, double value, double low, double high, QString *why)
{
    switch (distribution) {
    case Distribution::None:
        return true;
    case Distribution::Triangular:
    case Distribution::Uniform:
        if (low > high) {
            *why = Text::tr("the high end %1 is below the low end %2").arg(num(high), num(low));
            return false;
        }
        return true;
    case Distribution::Normal:
    case Distribution::Lognormal:
        if (low > high) {
            *why = Text::tr("the high end %1 is below the low end %2").arg(num(high), num(low));
            return false;
        }
        if (distribution == Distribution::Lognormal && value <= 0) {
            *why = Text::tr("a lognormal needs a value above 0 (it is %1)").arg(num(value));
            return false;
        }
        // value ± σ: the band should sit around the value, as the source states it.
        if (std::abs((low + high) / 2.0 - value) > 1e-6 * std::max(1.0, std::abs(value))) {
            *why = Text::tr("low–high (%1–%2) is read as value ± σ but is not centred on the value %3").arg(num(low), num(high), num(value));
            return false;
        }
        return true;
    }
    return true;
}

QString describe(Distribution distribution, double value, double low, double high)
{
    switch (distribution) {
    case Distribution::None: return num(value);
    case Distribution::Triangular: return Text::tr("triangular %1–%2, mode %3").arg(num(low), num(high), num(std::clamp(value, low, high)));
    case Distribution::Uniform: return Text::tr("uniform %1–%2").arg(num(low), num(high));
    case Distribution::Normal: return Text::tr("normal %1 ± %2").arg(num(value), num((high - low) / 2.0));
    case Distribution::Lognormal: return Text::tr("lognormal %1 ± %2").arg(num(value), num((high - low) / 2.0));
    }
    return {};
}

} // namespace Sampling

} // namespace ArchBoard
