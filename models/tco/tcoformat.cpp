#include "tco.h"

#include "schema.h"
#include "tconumber.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ArchBoard::Tco {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Tco)
};

} // namespace

/// A number for formulas: digits grouped by thin spaces, no exponent, trailing zeros dropped.
QString num(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    const double a = std::abs(v);
    int decimals = a >= 100 ? 2 : a >= 1 ? 3 : 10;
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (a < 1 && a > 0) {
        // keep 6 significant digits of small prices
        const int lead = int(std::floor(-std::log10(a)));
        s = QString::number(v, 'f', std::min(12, lead + 6));
        while (s.endsWith(u'0'))
            s.chop(1);
    }
    const qsizetype dot = s.indexOf(u'.');
    qsizetype end = dot < 0 ? s.size() : dot;
    const qsizetype start = s.startsWith(u'-') ? 1 : 0;
    for (qsizetype i = end - 3; i > start; i -= 3)
        s.insert(i, QChar(0x2009));
    return s;
}

QString usd(double value)
{
    QString s = QString::number(std::round(value * 100.0) / 100.0, 'f', 2);
    const qsizetype start = s.startsWith(u'-') ? 1 : 0;
    for (qsizetype i = s.indexOf(u'.') - 3; i > start; i -= 3)
        s.insert(i, QChar(0x2009));
    return s + QStringLiteral(" USD");
}

QString money(double usd)
{
    if (!std::isfinite(usd))
        return QStringLiteral("—");
    const double a = std::abs(usd);
    QString s = QString::number(usd, 'f', a >= 100 ? 0 : 2);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (s == u"-0")
        s = QStringLiteral("0");
    const qsizetype dot = s.indexOf(u'.');
    const qsizetype end = dot < 0 ? s.size() : dot;
    const qsizetype start = s.startsWith(u'-') ? 1 : 0;
    for (qsizetype i = end - 3; i > start; i -= 3)
        s.insert(i, QChar(0x2009));
    return s;
}

UsdScale usdScale(double largest)
{
    if (largest >= 1e6)
        return {1e6, Text::tr("million USD")};
    if (largest >= 1e4)
        return {1e3, Text::tr("thousand USD")};
    return {1, Text::tr("USD")};
}

QColor lineColour(int index)
{
    // Paul Tol's bright scheme, distinguishable in colour-blind vision; grey for the custom line.
    static const QColor colours[] = {QColor(0x44, 0x77, 0xaa), QColor(0x66, 0xcc, 0xee), QColor(0x22, 0x88, 0x33), QColor(0xcc, 0xbb, 0x44),
                                     QColor(0xee, 0x66, 0x77), QColor(0xaa, 0x33, 0x77), QColor(0xbb, 0xbb, 0xbb), QColor(0x33, 0x22, 0x88)};
    return colours[std::max(index, 0) % 8];
}

Diagram pipelineDiagram(const TcoInput &in, const TcoResult &result, const Workspace &ws)
{
    Diagram d;
    d.name = QStringLiteral("build-pipeline-") + Schema::slugify(in.scenario.id); // a file name: no separators
    d.title = Text::tr("Build pipeline: %1").arg(in.scenario.name);
    d.leftToRight = true;
    DiagramNode source;
    source.id = QStringLiteral("source");
    source.label = Text::tr("Source repository");
    source.shape = NodeShape::Note;
    d.nodes.append(source);
    DiagramNode detect;
    detect.id = QStringLiteral("detect");
    detect.label = Text::tr("Language detection");
    detect.shape = NodeShape::Diamond;
    d.nodes.append(detect);
    DiagramNode gateway;
    gateway.id = QStringLiteral("gateway");
    gateway.label = Text::tr("API gateway");
    gateway.shape = NodeShape::RoundedBox;
    d.edges.append({source.id, detect.id, {}, {}, {}, false, false, {}, false});
    int pipelines = 0;
    for (const TcoLanguageResult &l : result.languages) {
        if (l.functions <= 0)
            continue;
        ++pipelines;
        DiagramNode build;
        build.id = QStringLiteral("build-") + l.language;
        build.shape = NodeShape::Box;
        build.element = QStringLiteral("candidate:") + l.language;
        QStringList lines{Text::tr("%1 build").arg(l.name), Text::tr("%1 functions").arg(num(l.functions))};
        for (const TcoLanguageInput &li : in.languages) {
            if (li.language == l.language && li.artifactMb)
                lines << Text::tr("artifact %1 MB").arg(num(*li.artifactMb));
        }
        lines << Text::tr("CI %1/year").arg(usd(l.ci.usd));
        build.label = lines.join(u'\n');
        build.tooltip = l.ci.formula;
        for (const Candidate &c : ws.candidates) {
            if (c.id == l.language && !c.color.isEmpty()) {
                build.fillColor = c.color;
                build.fontColor = Diagrams::textColourOn(c.color);
            }
        }
        d.nodes.append(build);
        d.edges.append({detect.id, build.id, l.name, {}, {}, false, false, {}, false});
        d.edges.append({build.id, gateway.id, {}, {}, {}, false, false, {}, false});
    }
    if (pipelines == 0)
        d.edges.append({detect.id, gateway.id, Text::tr("no functions"), {}, {}, false, true, {}, false});
    d.nodes.append(gateway);
    return d;
}

} // namespace ArchBoard::Tco
