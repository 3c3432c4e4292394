#pragma once

#include "contextmap.h"
#include "schema.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QMessageBox;
class QTabWidget;
class QTreeWidget;

namespace ArchBoard {

class Analysis;
class DiagramRenderer;
class DiagramView;
class TableSection;

/**
 * The bounded-context map: the diagram (grouped by team or domain), the
 * findings, protocol consistency, and editors of contexts and relations
 * side by side. A click on the map selects the element in the editors;
 * selecting a row or a finding outlines it on the map. Context Mapper
 * files come in (merged as one undo step) and go out from here.
 */
class ContextMapPage : public QWidget
{
    Q_OBJECT

public:
    ContextMapPage(Analysis *analysis, DiagramRenderer *renderer, QWidget *parent = nullptr);

    DiagramView *diagramView() const { return m_view; }
    QTreeWidget *findingsList() const { return m_findings; }
    TableSection *section(TableId table) const;
    QString protocolSummary() const;

    void setGrouping(ContextMap::Grouping grouping);
    ContextMap::Grouping grouping() const;
    /// 0 draws the whole map; 1 or 2 only the contexts that many relations
    /// away from the selected context (the default for maps past kLargeMap contexts).
    void setNeighbourhood(int hops);
    int neighbourhood() const;
    static constexpr int kLargeMap = 150;
    /// Selects "context:ID" / "relation:ID" in the editors and outlines it on the map.
    void selectElement(const QString &element);

    /// Adds the contexts and relations of a CML file that the workspace does not
    /// have yet, as one undo step. \a message says what was imported and what not.
    bool importCml(const QString &path, QString *message);
    bool exportCml(const QString &path, QString *message);
    /// The box Export CML shows after a successful export whose \a message (from
    /// exportCml()) lists what CML cannot carry; the caller shows and deletes it.
    QMessageBox *exportCmlReport(const QString &message);
    void importCmlDialog();
    void exportCmlDialog();

signals:
    void status(const QString &message);
    /// The user wants the full editor of an element (double click on the map).
    void openElement(ArchBoard::TableId table, int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onUpdated();
    void refresh();
    void refreshDiagram();
    void focusOn(const QString &context);
    void onElementClicked(const QString &element);
    void onFindingSelected();
    void highlightRow(TableId table, int row);

    QPointer<Analysis> m_analysis;
    DiagramView *m_view;
    QComboBox *m_grouping;
    QComboBox *m_scope;
    QLabel *m_protocols;
    QTreeWidget *m_findings;
    QTabWidget *m_editors;
    TableSection *m_contexts;
    TableSection *m_relations;
    QString m_focus;                ///< the context a neighbourhood is drawn around
    bool m_scopeChosen = false;     ///< the user picked whole map or neighbourhood
    bool m_stale = true;
    bool m_selecting = false;
};

} // namespace ArchBoard
