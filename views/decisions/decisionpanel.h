#pragma once

#include "decisions.h"
#include "schema.h"

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace ArchBoard {

class Document;

/**
 * The decision-specific part of the Decision records page: draft, export
 * and import actions, the selected record's links (click to open the
 * element) and a banner when the record's frozen figures differ from the
 * live model or a superseded record is still linked.
 */
class DecisionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionPanel(Document *document, QWidget *parent = nullptr);

    /// The record shown (row of the Decisions table, -1 for none).
    void setRecord(int row);
    int record() const { return m_row; }

    /// The banner's text; empty when the record is up to date.
    QString bannerText() const;
    /// The banner and the "Decides:" line: they change with the selected
    /// record, so the page puts them below its tables (TablePage::addFooterWidget).
    QWidget *footer() const { return m_footer; }
    /// The links line (rich text) of the record.
    QString linksText() const;

    /// Writes every record to \a dir as MADR (adr-tools layout when the
    /// "adr-tools compatible" box is checked); returns the files written, or an error in \a error.
    QStringList exportTo(const QString &dir, QString *error);
    /// Reads \a dir and adds its records as one undo step; returns the notes
    /// (what was not mapped, files not read) and sets \a added.
    QStringList importFrom(const QString &dir, int *added);

    /// Opens \a link (as shown in the links line): "table:row".
    void followLink(const QString &link);

    /// The stale banner's action: the record's frozen figures take the
    /// model's current values (one undo step; figures that no longer exist
    /// stay as they were). Returns how many changed.
    int refreezeFigures();
    QPushButton *refreezeButton() const { return m_refreeze; }
    /// The stale banner's other action: a new record drafted from the model
    /// as it is now for the record's tier, superseding this one.
    QPushButton *supersedeButton() const { return m_supersede; }

signals:
    /// The user asked for a draft of the tier \a tierId.
    void draftRequested(const QString &tierId);
    /// The user asked for a new draft of the tier \a tierId that supersedes
    /// the record \a recordId (its links move to the draft; one undo step).
    void supersedeRequested(const QString &tierId, const QString &recordId);
    void openElement(ArchBoard::TableId table, int row);
    void status(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void showBanner();
    void draftDialog();
    void exportDialog();
    void importDialog();

    QPointer<Document> m_document;
    QCheckBox *m_adrTools = nullptr;
    int m_row = -1;
    bool m_dirty = true;          ///< changed while hidden: refresh when shown
    // The stale figures need every engine: worked out on a copy, on a worker.
    quint64 m_staleToken = 0;
    QString m_staleRecord;        ///< the record m_stale belongs to
    std::vector<Decisions::StaleFigure> m_stale;
    QString m_superseded;         ///< the superseded-but-linked part of the banner
    QWidget *m_footer;
    QLabel *m_banner;
    QLabel *m_links;
    QPushButton *m_draft;
    QPushButton *m_refreeze;
    QPushButton *m_supersede;
    QPushButton *m_import;
    QTimer m_refresh;
};

/**
 * "Decided in: ADR-0003 …" under an element's page (candidate, tier,
 * context, relation, scenario, service): the records that link to the
 * selected element; a click opens the record.
 */
class DecidedInLabel : public QWidget
{
    Q_OBJECT

public:
    DecidedInLabel(Document *document, TableId table, QWidget *parent = nullptr);

    void setRow(int row);
    QString text() const;

signals:
    void openRecord(int decisionRow);

private:
    void refresh();

    QPointer<Document> m_document;
    TableId m_table;
    int m_row = -1;
    QLabel *m_label;
    QTimer m_refresh;
};

} // namespace ArchBoard
