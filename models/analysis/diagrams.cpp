#include "diagram.h"

#include "selection.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace ArchBoard::Diagrams {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Diagrams)
};

const QString kPath = QStringLiteral("#d1495b");
const QString kMuted = QStringLiteral("#9a9a9a");

QString conditionText(const Workspace &ws, const RuleCondition &c)
{
    QString value = c.value;
    if (c.attribute == RuleAttribute::Tier) {
        for (const SlaTier &t : ws.tiers) {
            if (t.id == c.value)
                value = t.name;
        }
    } else if (c.attribute == RuleAttribute::CurrentLanguage) {
        for (const Candidate &cand : ws.candidates) {
            if (cand.id == c.value)
                value = cand.name;
        }
    }
    return QStringLiteral("%1 %2 %3").arg(Enums::ruleAttribute.label(int(c.attribute)), Enums::comparison.label(int(c.comparison)), value);
}

} // namespace

QString textColourOn(const QString &fill)
{
    if (fill.size() != 7 || !fill.startsWith(u'#'))
        return {};
    bool ok = false;
    const uint rgb = fill.mid(1).toUInt(&ok, 16);
    if (!ok)
        return {};
    const double luminance = (0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff)) / 255.0;
    return luminance < 0.5 ? QStringLiteral("#ffffff") : QStringLiteral("#1e1e1e");
}

namespace {

QString candidateName(const Workspace &ws, const QString &id, QString *colour)
{
    for (const Candidate &c : ws.candidates) {
        if (c.id == id) {
            *colour = c.color;
            return c.name;
        }
    }
    colour->clear();
    return id.isEmpty() ? Text::tr("(no candidate)") : id;
}

} // namespace

Diagram decisionTree(const Workspace &ws, const QString &subjectContext, const QString &subjectTier)
{
    Diagram d;
    d.name = QStringLiteral("decision-tree");
    d.title = Text::tr("Decision rules");

    // Which path do the rules take for the subject?
    std::optional<RuleEvaluation> eval;
    QString subjectName;
    for (const BoundedContext &c : ws.contexts) {
        if (!subjectContext.isEmpty() && c.id == subjectContext) {
            eval = Selection::evaluateRules(ws, Selection::subjectOf(ws, c));
            subjectName = c.name;
        }
    }
    for (const SlaTier &t : ws.tiers) {
        if (!eval && !subjectTier.isEmpty() && t.id == subjectTier) {
            eval = Selection::evaluateRules(ws, Selection::subjectOf(t));
            subjectName = t.name;
        }
    }
    QHash<QString, const RuleOutcome *> outcome;
    if (eval) {
        for (const RuleOutcome &o : eval->trace)
            outcome.insert(o.rule, &o);
    }

    QHash<QString, std::vector<const RuleCondition *>> conditionsOf;
    for (const RuleCondition &c : ws.ruleConditions)
        conditionsOf[c.rule].push_back(&c);

    DiagramNode start;
    start.id = QStringLiteral("start");
    start.label = subjectName.isEmpty() ? Text::tr("A bounded context") : subjectName;
    start.shape = NodeShape::Ellipse;
    start.fillColor = QStringLiteral("#f2f2f2");
    start.bold = eval.has_value();
    start.color = eval ? kPath : QString();
    d.nodes.append(start);

    QString previous = start.id; // the node whose "no" (or start) edge comes next
    QString previousLabel;
    bool onPath = eval.has_value();
    bool terminated = false;
    QStringList unreachable;
    for (int i = 0; i < int(ws.rules.size()); ++i) {
        const DecisionRule &rule = ws.rules[size_t(i)];
        if (terminated) {
            unreachable << rule.name;
            continue;
        }
        const std::vector<const RuleCondition *> conditions = conditionsOf.value(rule.id);
        const RuleOutcome *o = outcome.value(rule.id);
        const bool fires = o && o->fires;

        QString colour;
        DiagramNode leaf;
        leaf.id = QStringLiteral("leaf-%1").arg(i);
        leaf.label = candidateName(ws, rule.candidate, &colour);
        leaf.tooltip = rule.name;
        leaf.shape = NodeShape::RoundedBox;
        leaf.fillColor = colour;
        leaf.fontColor = textColourOn(colour);
        leaf.element = QStringLiteral("candidate:") + rule.candidate;
        leaf.bold = onPath && fires;
        leaf.color = leaf.bold ? kPath : QString();

        if (conditions.empty()) {
            // An unconditional rule ends the tree: later rules can never fire.
            d.nodes.append(leaf);
            DiagramEdge e{previous, leaf.id, previousLabel.isEmpty() ? Text::tr("always") : Text::tr("otherwise"), rule.name,
                          onPath ? kPath : QString(), onPath, false, QStringLiteral("rule:") + rule.id};
            d.edges.append(e);
            terminated = true;
            onPath = false;
            continue;
        }
        DiagramNode question;
        question.id = QStringLiteral("rule-%1").arg(i);
        QStringList lines;
        QStringList truths;
        for (size_t k = 0; k < conditions.size(); ++k) {
            lines << conditionText(ws, *conditions[k]);
            if (o && k < o->conditions.size()) {
                const Truth t = o->conditions[k].truth;
                truths << lines.last() + QStringLiteral(": ")
                              + (t == Truth::True ? Text::tr("yes") : t == Truth::False ? Text::tr("no") : Text::tr("unknown"));
            }
        }
        question.label = lines.join(Text::tr("\nand "));
        question.tooltip = rule.name + (truths.isEmpty() ? QString() : u'\n' + truths.join(u'\n'));
        question.shape = NodeShape::Diamond;
        question.element = QStringLiteral("rule:") + rule.id;
        question.bold = onPath;
        question.color = onPath ? kPath : QString();
        d.nodes.append(question);
        d.nodes.append(leaf);
        d.edges.append({previous, question.id, previousLabel, {}, onPath ? kPath : QString(), onPath, false, {}});
        d.edges.append({question.id, leaf.id, Text::tr("yes"), rule.name, onPath && fires ? kPath : QString(), onPath && fires, false,
                        QStringLiteral("rule:") + rule.id});
        previous = question.id;
        previousLabel = Text::tr("no");
        if (fires)
            onPath = false;
    }
    if (!terminated) {
        DiagramNode none;
        none.id = QStringLiteral("none");
        none.label = Text::tr("No rule applies");
        none.shape = NodeShape::Note;
        none.fontColor = kMuted;
        none.bold = onPath;
        none.color = onPath ? kPath : QString();
        d.nodes.append(none);
        d.edges.append({previous, none.id, previousLabel, {}, onPath ? kPath : QString(), onPath, false, {}});
    }
    if (!unreachable.isEmpty()) {
        DiagramNode note;
        note.id = QStringLiteral("unreachable");
        note.label = Text::tr("Never reached (after an unconditional rule):\n%1").arg(unreachable.join(u'\n'));
        note.shape = NodeShape::Note;
        note.fontColor = kMuted;
        d.nodes.append(note);
    }
    return d;
}

} // namespace ArchBoard::Diagrams
