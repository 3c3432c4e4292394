#include "tcowhatif.h"

#include <QCoreApplication>

#include <cmath>

namespace ArchBoard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Tco)
};

} // namespace

bool TcoWhatIf::setScenario(const QString &scenario)
{
    if (scenario == m_scenario)
        return false;
    m_scenario = scenario;
    return clear();
}

void TcoWhatIf::setValue(const Workspace &ws, const QString &parameter, double value)
{
    const std::optional<double> saved = savedValue(ws, parameter);
    if (saved && std::abs(*saved - value) < 1e-9)
        m_values.remove(parameter); // back where it was saved
    else
        m_values.insert(parameter, value);
}

bool TcoWhatIf::clear()
{
    const bool had = !m_values.isEmpty();
    m_values.clear();
    return had;
}

std::optional<TcoInput> TcoWhatIf::saved(const Workspace &ws) const
{
    return Tco::input(ws, m_scenario);
}

std::optional<double> TcoWhatIf::savedValue(const Workspace &ws, const QString &parameter) const
{
    const std::optional<TcoInput> in = saved(ws);
    return in ? Tco::number(*in, parameter) : std::nullopt;
}

std::optional<TcoInput> TcoWhatIf::input(const Workspace &ws, QStringList *problems) const
{
    std::optional<TcoInput> in = saved(ws);
    if (!in)
        return in;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        QString error;
        if (!Tco::setNumber(&*in, ws, it.key(), it.value(), &error) && problems)
            *problems << error;
    }
    return in;
}

QStringList TcoWhatIf::movedRanges(const TcoInput &input) const
{
    QStringList out;
    for (const TcoRange &range : input.ranges) {
        const double base = input.rangeBase.value(range.parameter, 0.0);
        const std::optional<double> now = Tco::number(input, range.parameter);
        if (m_values.contains(range.parameter) && base != 0 && now && *now != base)
            out << Text::tr("%1: its saved range %2–%3 moves with the what-if value (×%4)")
                       .arg(range.parameter, QString::number(range.low), QString::number(range.high), QString::number(*now / base, 'g', 3));
    }
    return out;
}

namespace Tco {

TcoBaselineDelta baselineDelta(const Workspace &ws, const QString &scenario, double totalAnnualUsd)
{
    TcoBaselineDelta d;
    d.isBaseline = baselineScenario(ws) == scenario;
    if (const std::optional<double> baseline = baselineTotal(ws)) {
        d.deltaUsd = totalAnnualUsd - *baseline;
        if (*baseline != 0)
            d.deltaPct = *d.deltaUsd / *baseline * 100.0;
    }
    return d;
}

} // namespace Tco

} // namespace ArchBoard
