#include "tcocsv.h"

#include "figurejson.h"

#include <QCoreApplication>

#include <cmath>

namespace ArchBoard::Tco {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Tco)
};

/// Numbers we write ourselves: plain, machine-readable.
QString number(double v, int decimals = 2)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QString();
}

QString valueText(const TcoInput &in, const QString &parameter)
{
    if (parameter == u"provider")
        return in.provider ? in.provider->id : QString();
    if (parameter == u"free_tier")
        return in.scenario.freeTier ? QStringLiteral("true") : QStringLiteral("false");
    const std::optional<double> v = Tco::number(in, parameter);
    return v ? QString::number(*v, 'g', 12) : QString();
}

class Writer
{
public:
    void row(const QStringList &fields) { m_rows << fields.join(u','); }
    void blank() { m_rows << QString(); }
    QByteArray bytes() const
    {
        return QByteArrayLiteral("\xEF\xBB\xBF") + m_rows.join(QStringLiteral("\r\n")).toUtf8() + QByteArrayLiteral("\r\n");
    }

private:
    QStringList m_rows;
};

void linesTable(Writer &w, const TcoResult &r)
{
    QStringList header{QStringLiteral("language"), QStringLiteral("language_id"), QStringLiteral("functions")};
    for (const TcoCostLine &line : costLines())
        header << QString::fromLatin1(line.key);
    header << QStringLiteral("custom_usd") << QStringLiteral("total_annual_usd");
    w.row(header);
    std::vector<double> sums(costLines().size() + 1, 0.0);
    double functions = 0;
    for (const TcoLanguageResult &l : r.languages) {
        QStringList fields{csvField(l.name), csvField(l.language), number(l.functions, 0)};
        functions += l.functions;
        const std::vector<TcoLineValue> values = lines(l);
        for (size_t k = 0; k < values.size(); ++k) {
            fields << number(values[k].usd);
            sums[k] += values[k].usd;
        }
        fields << number(l.totalAnnualUsd);
        w.row(fields);
    }
    for (const auto &[name, figure] : r.shared) {
        QStringList fields{csvField(name), QString(), QString()};
        for (size_t k = 0; k < costLines().size(); ++k)
            fields << QString();
        fields << number(figure.usd) << number(figure.usd);
        sums.back() += figure.usd;
        w.row(fields);
    }
    QStringList total{QStringLiteral("total"), QString(), number(functions, 0)};
    for (double sum : sums)
        total << number(sum);
    total << number(r.totalAnnualUsd); // the engine's total: the figure the CLI and the GUI show
    w.row(total);
}

void formulas(Writer &w, const TcoAnalysis &a)
{
    const TcoResult &r = a.result;
    w.row({QStringLiteral("language"), QStringLiteral("line"), QStringLiteral("usd"), QStringLiteral("formula")});
    for (const TcoLanguageResult &l : r.languages) {
        for (const TcoLineValue &v : lines(l)) {
            if (v.usd != 0 || !v.formula.isEmpty())
                w.row({csvField(l.language), v.key, number(v.usd), csvField(v.formula)});
        }
    }
    for (const auto &[name, figure] : r.shared)
        w.row({QString(), csvField(name), number(figure.usd), csvField(figure.formula)});
    w.row({QString(), QStringLiteral("compute_per_month"), number(r.monthlyComputeUsd), csvField(r.monthlyCompute.formula)});
    w.row({QString(), QStringLiteral("requests_per_month"), number(r.monthlyRequestsUsd), csvField(r.monthlyRequests.formula)});
    if (a.baselineTotal)
        w.row({QString(), QStringLiteral("delta_to_baseline"), number(r.totalAnnualUsd - *a.baselineTotal), QString()});
    const TcoUncertainty &u = a.uncertainty;
    const QString how = csvField(Text::tr("Monte Carlo, %1 runs, seed %2").arg(u.runs).arg(u.seed));
    w.row({QString(), QStringLiteral("p10_annual_total"), number(u.p10), how});
    w.row({QString(), QStringLiteral("p50_annual_total"), number(u.p50), how});
    w.row({QString(), QStringLiteral("p90_annual_total"), number(u.p90), how});
}

} // namespace

TcoAnalysis analyse(const TcoInput &input, double pct, int runs, quint64 seed, std::optional<double> baselineTotal, const QStringList &overridden)
{
    TcoAnalysis a;
    a.input = input;
    a.overridden = overridden;
    a.result = compute(input);
    a.sensitivityPct = pct;
    a.sensitivity = sensitivity(input, pct);
    a.uncertainty = uncertainty(input, runs, seed);
    a.baselineTotal = baselineTotal;
    return a;
}

QByteArray csv(const TcoAnalysis &a, const Workspace &ws)
{
    const TcoResult &r = a.result;
    Writer w;
    w.row({QStringLiteral("scenario"), csvField(r.scenario), csvField(r.scenarioName)});
    w.row({QStringLiteral("provider"), csvField(r.provider)});
    for (const QString &parameter : a.overridden)
        w.row({QStringLiteral("override"), csvField(parameter), csvField(valueText(a.input, parameter))});
    if (!r.refused.isEmpty())
        w.row({QStringLiteral("refused"), csvField(r.refused)});
    w.blank();
    linesTable(w, r);
    w.blank();
    formulas(w, a);
    w.blank();

    w.row({QStringLiteral("uncertain_input"), QStringLiteral("distribution"), QStringLiteral("share_of_spread_pct"), QStringLiteral("rank_correlation")});
    for (const TcoDriver &d : a.uncertainty.drivers)
        w.row({csvField(d.parameter), csvField(d.distribution), number(d.varianceSharePct, 1), number(d.correlation, 3)});
    w.blank();

    const std::vector<TcoParameter> parameters = Tco::parameters(a.input, ws);
    w.row({QStringLiteral("parameter"), QStringLiteral("description"), QStringLiteral("unit"), QStringLiteral("value"), QStringLiteral("low_value"),
           QStringLiteral("high_value"), QStringLiteral("low_usd"), QStringLiteral("high_usd"), QStringLiteral("swing_usd")});
    for (const TcoSensitivity &s : a.sensitivity) {
        QString description, unit;
        for (const TcoParameter &p : parameters) {
            if (p.name == s.parameter) {
                description = p.description;
                unit = p.unit;
            }
        }
        w.row({csvField(s.parameter), csvField(description), csvField(unit), number(s.value, 4), number(s.lowValue, 4), number(s.highValue, 4),
               number(s.lowUsd), number(s.highUsd), number(s.swing())});
    }
    if (!r.notes.isEmpty()) {
        w.blank();
        for (const QString &n : r.notes)
            w.row({QStringLiteral("note"), csvField(n)});
    }
    return w.bytes();
}

} // namespace ArchBoard::Tco
