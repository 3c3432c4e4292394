#include "tco.h"

#include "sampling.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ArchBoard::Tco {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Tco)
};

/// Ranks 1 … n, ties sharing their mean rank (for Spearman's ρ).
std::vector<double> ranks(const std::vector<double> &values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> out(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = (double(i) + double(j)) / 2.0 + 1.0;
        for (size_t k = i; k <= j; ++k)
            out[order[k]] = rank;
        i = j + 1;
    }
    return out;
}

double pearson(const std::vector<double> &x, const std::vector<double> &y)
{
    const double n = double(x.size());
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

struct Ranged
{
    QString name;
    Distribution distribution;
    double value, low, high;
};

/// The scenario's usable ranges, moved along with an overridden value.
std::vector<Ranged> rangedInputs(const TcoInput &in, TcoUncertainty &u)
{
    std::vector<Ranged> out;
    for (const TcoRange &r : in.ranges) {
        const std::optional<double> value = number(in, r.parameter);
        if (!value) {
            u.skipped << Text::tr("%1: the scenario has no such input").arg(r.parameter);
            continue;
        }
        if (r.distribution == Distribution::None)
            continue;
        double low = r.low, high = r.high;
        const double base = in.rangeBase.value(r.parameter, *value);
        if (base != 0 && *value != base) {
            const double scale = *value / base;
            low = std::min(r.low * scale, r.high * scale);
            high = std::max(r.low * scale, r.high * scale);
        }
        QString why;
        if (r.high < r.low || (r.distribution == Distribution::Lognormal && *value <= 0)) {
            Sampling::check(r.distribution, *value, r.low, r.high, &why);
            u.skipped << Text::tr("%1: %2").arg(r.parameter, why);
            continue;
        }
        out.push_back({r.parameter, r.distribution, *value, low, high});
        u.parameters << r.parameter;
    }
    return out;
}

double percentile(const std::vector<double> &sorted, double p)
{
    const double at = p * double(sorted.size() - 1);
    const size_t lo = size_t(std::floor(at));
    const size_t hi = std::min(sorted.size() - 1, lo + 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - double(lo));
}

} // namespace

std::vector<TcoSensitivity> sensitivity(const TcoInput &in, double pct)
{
    std::vector<TcoSensitivity> out;
    const Workspace none;
    for (const QString &name : sensitivityParameters(in)) {
        const std::optional<double> value = number(in, name);
        if (!value || *value == 0)
            continue;
        TcoSensitivity s;
        s.parameter = name;
        s.value = *value;
        s.lowValue = clampToParameter(name, *value * (1.0 - pct / 100.0));
        s.highValue = clampToParameter(name, *value * (1.0 + pct / 100.0));
        TcoInput low = in, high = in;
        QString error;
        if (!setNumber(&low, none, name, s.lowValue, &error) || !setNumber(&high, none, name, s.highValue, &error))
            continue;
        // Integer inputs are rounded by setNumber: report what was used.
        s.lowValue = *number(low, name);
        s.highValue = *number(high, name);
        s.lowUsd = annualTotal(low);
        s.highUsd = annualTotal(high);
        out.push_back(s);
    }
    std::stable_sort(out.begin(), out.end(), [](const TcoSensitivity &a, const TcoSensitivity &b) { return a.swing() > b.swing(); });
    return out;
}

TcoUncertainty uncertainty(const TcoInput &in, int runs, quint64 seed)
{
    TcoUncertainty u;
    u.runs = std::max(1, runs);
    u.seed = seed;
    const Workspace none;
    const std::vector<Ranged> ranged = rangedInputs(in, u);
    const double base = annualTotal(in);
    if (ranged.empty()) {
        u.p10 = u.p50 = u.p90 = u.mean = base;
        return u;
    }
    SampleGenerator g(seed);
    std::vector<std::vector<double>> drawn(ranged.size(), std::vector<double>(size_t(u.runs)));
    std::vector<double> totals(size_t(u.runs));
    for (int i = 0; i < u.runs; ++i) {
        TcoInput sample = in;
        for (size_t k = 0; k < ranged.size(); ++k) {
            const Ranged &r = ranged[k];
            // A draw outside what the input accepts (a negative price, a share
            // above 100 %) is taken at the nearest value it accepts.
            const double v = clampToParameter(r.name, Sampling::draw(r.distribution, r.value, r.low, r.high, g));
            QString error;
            setNumber(&sample, none, r.name, v, &error);
            drawn[k][size_t(i)] = *number(sample, r.name);
        }
        totals[size_t(i)] = annualTotal(sample);
    }
    u.mean = std::accumulate(totals.begin(), totals.end(), 0.0) / double(totals.size());
    double squares = 0;
    for (double t : totals)
        squares += (t - u.mean) * (t - u.mean);
    u.standardDeviation = totals.size() > 1 ? std::sqrt(squares / double(totals.size() - 1)) : 0.0;

    // Each input's share of the spread: normalised squared rank correlation
    // with the total ("contribution to variance").
    const std::vector<double> totalRanks = ranks(totals);
    double sum = 0;
    for (size_t k = 0; k < ranged.size(); ++k) {
        TcoDriver d;
        d.parameter = ranged[k].name;
        d.distribution = Sampling::describe(ranged[k].distribution, ranged[k].value, ranged[k].low, ranged[k].high);
        d.correlation = pearson(ranks(drawn[k]), totalRanks);
        sum += d.correlation * d.correlation;
        u.drivers.push_back(d);
    }
    for (TcoDriver &d : u.drivers)
        d.varianceSharePct = sum > 0 ? 100.0 * d.correlation * d.correlation / sum : 0.0;
    std::stable_sort(u.drivers.begin(), u.drivers.end(), [](const TcoDriver &a, const TcoDriver &b) { return a.varianceSharePct > b.varianceSharePct; });

    std::sort(totals.begin(), totals.end());
    u.p10 = percentile(totals, 0.10);
    u.p50 = percentile(totals, 0.50);
    u.p90 = percentile(totals, 0.90);
    return u;
}

} // namespace ArchBoard::Tco
