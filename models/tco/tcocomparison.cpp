#include "tcocomparison.h"

#include <algorithm>
#include <cmath>

namespace ArchBoard {

namespace {

double horizonTotal(const TcoResult &r)
{
    return r.cumulativeUsd.empty() ? r.totalAnnualUsd : r.cumulativeUsd.back();
}

std::optional<double> changePct(double a, double b)
{
    if (a == 0)
        return std::nullopt;
    return (b - a) / std::abs(a) * 100.0;
}

/// Appends the lines of one language (or of the shared lines with \a a, \a b null for the other side).
void addLanguage(std::vector<TcoLineDelta> &out, const TcoLanguageResult *a, const TcoLanguageResult *b)
{
    const TcoLanguageResult *any = a ? a : b;
    for (const TcoCostLine &line : Tco::costLines()) {
        TcoLineDelta d;
        d.language = any->language;
        d.languageName = any->name;
        d.line = QString::fromLatin1(line.key);
        if (a)
            d.aUsd = (a->*line.figure).usd;
        if (b)
            d.bUsd = (b->*line.figure).usd;
        out.push_back(d);
    }
    // Custom lines by name, A's order first.
    std::vector<QString> names;
    for (const TcoLanguageResult *side : {a, b}) {
        if (!side)
            continue;
        for (const auto &line : side->custom) {
            if (std::find(names.begin(), names.end(), line.first) == names.end())
                names.push_back(line.first);
        }
    }
    auto find = [](const TcoLanguageResult *side, const QString &name) -> std::optional<double> {
        if (!side)
            return std::nullopt;
        std::optional<double> sum;
        for (const auto &line : side->custom) {
            if (line.first == name)
                sum = sum.value_or(0.0) + line.second.usd;
        }
        return sum;
    };
    for (const QString &name : names) {
        TcoLineDelta d;
        d.language = any->language;
        d.languageName = any->name;
        d.line = Tco::customLinesKey();
        d.custom = name;
        d.aUsd = find(a, name);
        d.bUsd = find(b, name);
        out.push_back(d);
    }
}

std::optional<double> sharedLineUsd(const TcoResult &r, const QString &name)
{
    std::optional<double> sum;
    for (const auto &line : r.shared) {
        if (line.first == name)
            sum = sum.value_or(0.0) + line.second.usd;
    }
    return sum;
}

} // namespace

bool TcoLineDelta::moved() const
{
    if (aUsd.has_value() != bUsd.has_value())
        return true;
    return std::abs(delta()) >= 0.005;
}

std::optional<double> TcoComparison::annualChangePct() const
{
    return changePct(annualA, annualB);
}

std::optional<double> TcoComparison::horizonChangePct() const
{
    return changePct(horizonA, horizonB);
}

std::vector<TcoLineDelta> TcoComparison::movedLines() const
{
    std::vector<TcoLineDelta> out;
    for (const TcoLineDelta &l : lines) {
        if (l.moved())
            out.push_back(l);
    }
    std::stable_sort(out.begin(), out.end(), [](const TcoLineDelta &x, const TcoLineDelta &y) {
        return std::abs(x.delta()) > std::abs(y.delta());
    });
    return out;
}

namespace Tco {

TcoComparison compare(const TcoResult &a, const TcoResult &b)
{
    TcoComparison c;
    c.scenarioA = a.scenario;
    c.scenarioB = b.scenario;
    c.annualA = a.totalAnnualUsd;
    c.annualB = b.totalAnnualUsd;
    c.horizonA = horizonTotal(a);
    c.horizonB = horizonTotal(b);
    c.horizonYearsA = a.horizonYears;
    c.horizonYearsB = b.horizonYears;
    for (const TcoLanguageResult &la : a.languages) {
        const auto it = std::find_if(b.languages.begin(), b.languages.end(),
                                     [&](const TcoLanguageResult &lb) { return lb.language == la.language; });
        addLanguage(c.lines, &la, it == b.languages.end() ? nullptr : &*it);
    }
    for (const TcoLanguageResult &lb : b.languages) {
        const bool inA = std::any_of(a.languages.begin(), a.languages.end(),
                                     [&](const TcoLanguageResult &la) { return la.language == lb.language; });
        if (!inA)
            addLanguage(c.lines, nullptr, &lb);
    }
    std::vector<QString> shared;
    for (const TcoResult *side : {&a, &b}) {
        for (const auto &line : side->shared) {
            if (std::find(shared.begin(), shared.end(), line.first) == shared.end())
                shared.push_back(line.first);
        }
    }
    for (const QString &name : shared) {
        TcoLineDelta d;
        d.line = Tco::customLinesKey();
        d.custom = name;
        d.aUsd = sharedLineUsd(a, name);
        d.bUsd = sharedLineUsd(b, name);
        c.lines.push_back(d);
    }
    return c;
}

QString lineLabel(const TcoLineDelta &line)
{
    if (line.line == Tco::customLinesKey())
        return line.custom;
    for (const TcoCostLine &def : costLines()) {
        if (line.line == QLatin1StringView(def.key))
            return def.name();
    }
    return line.line;
}

} // namespace Tco

} // namespace ArchBoard
