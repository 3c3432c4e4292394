#include "tco.h"

#include <QCoreApplication>

#include <array>

namespace ArchBoard::Tco {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Tco)
};

// The one list of cost lines: JSON, CSV, the CLI table, the cost-model page,
// its charts and the report all iterate it.
const std::array<TcoCostLine, 7> kCostLines = {{
    {"platform_overhead_usd", QT_TRANSLATE_NOOP("Tco", "Platform overhead"), &TcoLanguageResult::platformOverhead},
    {"compute_usd", QT_TRANSLATE_NOOP("Tco", "Compute"), &TcoLanguageResult::compute},
    {"requests_usd", QT_TRANSLATE_NOOP("Tco", "Requests"), &TcoLanguageResult::requests},
    {"cold_start_usd", QT_TRANSLATE_NOOP("Tco", "Cold start"), &TcoLanguageResult::coldStart},
    {"ci_usd", QT_TRANSLATE_NOOP("Tco", "CI"), &TcoLanguageResult::ci},
    {"dependency_volume_usd", QT_TRANSLATE_NOOP("Tco", "Dependency volume"), &TcoLanguageResult::dependencyVolume},
    {"monitoring_usd", QT_TRANSLATE_NOOP("Tco", "Monitoring"), &TcoLanguageResult::monitoring},
}};

TcoLineValue customLine(const std::vector<std::pair<QString, TcoFigure>> &custom)
{
    TcoLineValue line;
    line.key = customLinesKey();
    line.name = Text::tr("Custom lines");
    QStringList parts;
    for (const auto &[name, figure] : custom) {
        line.usd += figure.usd;
        parts << QStringLiteral("%1: %2 = %3").arg(name, figure.formula, usd(figure.usd));
    }
    line.formula = parts.join(u'\n');
    return line;
}

} // namespace

std::span<const TcoCostLine> costLines()
{
    return kCostLines;
}

QStringList lineNames()
{
    QStringList names;
    for (const TcoCostLine &line : kCostLines)
        names << line.name();
    names << Text::tr("Custom lines");
    return names;
}

std::vector<TcoLineValue> lines(const TcoLanguageResult &language)
{
    std::vector<TcoLineValue> out;
    for (const TcoCostLine &line : kCostLines) {
        const TcoFigure &f = language.*(line.figure);
        out.push_back({QString::fromLatin1(line.key), line.name(), f.usd, f.formula});
    }
    out.push_back(customLine(language.custom));
    return out;
}

TcoLineValue sharedLine(const TcoResult &result)
{
    return customLine(result.shared);
}

QString customLinesKey()
{
    return QStringLiteral("custom_usd");
}

} // namespace ArchBoard::Tco

namespace ArchBoard {

QString TcoCostLine::name() const
{
    return QCoreApplication::translate("Tco", label);
}

} // namespace ArchBoard
