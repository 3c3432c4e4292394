#include "workshopkeys.h"

namespace ArchBoard {

WorkshopKeys::WorkshopKeys(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("workshopKeys"));
    setTextFormat(Qt::RichText);
    setAlignment(Qt::AlignCenter);
    setAutoFillBackground(true);
    setFrameStyle(QFrame::Box | QFrame::Plain);
    setLineWidth(3);
    setMargin(24);
    const QStringList rows = {
        tr("<tr><td><b>← ↑ → ↓</b></td><td>move the cell cursor</td></tr>"),
        tr("<tr><td><b>PgUp</b> / <b>PgDn</b>, <b>Home</b> / <b>End</b></td><td>criteria a page up / down, the first / the last criterion</td></tr>"),
        tr("<tr><td><b>1 – 5</b></td><td>the current rater's score of a rated criterion</td></tr>"),
        tr("<tr><td><b>0</b> / <b>Delete</b></td><td>clear the current rater's score</td></tr>"),
        tr("<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>undo / redo</td></tr>"),
        tr("<tr><td><b>Tab</b> / <b>Shift+Tab</b>, <b>]</b> / <b>[</b></td><td>next / previous rater</td></tr>"),
        tr("<tr><td><b>T</b> / <b>Shift+T</b></td><td>next / previous SLA tier</td></tr>"),
        tr("<tr><td><b>Ctrl+=</b> / <b>Ctrl+-</b> / <b>Ctrl+0</b></td><td>larger / smaller / default type</td></tr>"),
        tr("<tr><td><b>V</b></td><td>open live voting on this tier (while open: show or hide its panel)</td></tr>"),
        tr("<tr><td><b>R</b> / <b>N</b> / <b>Shift+V</b></td><td>reveal the votes / another round / close voting</td></tr>"),
        tr("<tr><td><b>D</b></td><td>record the decision: leave and draft the decision record of this tier</td></tr>"),
        tr("<tr><td><b>? </b> / <b>F1</b></td><td>show or hide these keys</td></tr>"),
        tr("<tr><td><b>Esc</b></td><td>leave workshop mode</td></tr>"),
    };
    setText(QStringLiteral("<h2>%1</h2><table cellspacing='10'>%2</table>").arg(tr("Workshop mode keys"), rows.join(QString())));
    hide();
}

void WorkshopKeys::showCentred(bool shown)
{
    if (shown) {
        recentre();
        raise();
    }
    setVisible(shown);
}

void WorkshopKeys::recentre()
{
    adjustSize();
    if (parentWidget())
        move((parentWidget()->width() - width()) / 2, (parentWidget()->height() - height()) / 2);
}

} // namespace ArchBoard
