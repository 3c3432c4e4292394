#pragma once

#include "tco.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ArchBoard {

/// How a scenario's annual total compares with the baseline's.
struct TcoBaselineDelta
{
    bool isBaseline = false;         ///< the scenario is the baseline itself
    std::optional<double> deltaUsd;  ///< total − baseline; missing without a baseline
    std::optional<double> deltaPct;  ///< the same in % of the baseline; missing when it is 0
};

/**
 * The cost model's what-if session: values of one scenario's parameters,
 * by name as `archboard-cli tco --set` takes them, that change a copy of its
 * inputs and never the workspace until the page keeps them (one undo step,
 * through the Document). The cost-model page holds one and only displays
 * what it computes.
 */
class TcoWhatIf
{
public:
    QString scenario() const { return m_scenario; }
    /// Chooses the scenario; the what-if values of another one are dropped
    /// (returns true when there were any).
    bool setScenario(const QString &scenario);

    /// \a value for \a parameter; a value equal to the saved one is no
    /// override at all (a slider dragged back).
    void setValue(const Workspace &ws, const QString &parameter, double value);
    /// Drops every what-if value; true when there were any.
    bool clear();
    bool isEmpty() const { return m_values.isEmpty(); }
    const QMap<QString, double> &values() const { return m_values; }
    bool overrides(const QString &parameter) const { return m_values.contains(parameter); }

    /// The scenario as saved, and one of its values.
    std::optional<TcoInput> saved(const Workspace &ws) const;
    std::optional<double> savedValue(const Workspace &ws, const QString &parameter) const;
    /// The scenario with the what-if values applied; \a problems lists the
    /// values that no longer apply (their language was removed, …).
    std::optional<TcoInput> input(const Workspace &ws, QStringList *problems = nullptr) const;
    /// The what-if values' names, for TcoAnalysis::overridden.
    QStringList names() const { return m_values.keys(); }
    /// The ranged inputs whose range moves with a what-if value, in words.
    QStringList movedRanges(const TcoInput &input) const;

private:
    QString m_scenario;
    QMap<QString, double> m_values;
};

namespace Tco {

/// \a totalAnnualUsd of \a scenario against the saved baseline's total.
TcoBaselineDelta baselineDelta(const Workspace &ws, const QString &scenario, double totalAnnualUsd);

} // namespace Tco

} // namespace ArchBoard
