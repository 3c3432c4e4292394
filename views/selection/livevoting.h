#pragma once

#include "document.h"
#include "voting.h"
#include "votinghost.h"

#include <QObject>
#include <QPointer>

namespace ArchBoard {

/// What the projector says after a reveal.
struct RevealSummary
{
    int round = 1;
    int scores = 0;
    int raters = 0;
    std::vector<Voting::Dispute> disputes; ///< widest spread first
    QString movement;                      ///< how opinions moved since round 1 (Voting::movementText)
};

/**
 * The GUI's live-voting session on the open Document: runs the VotingHost,
 * adds a member's new name as a rater (one undo step each) and writes a
 * revealed round into the matrix as one undo step, through the Document's
 * facade. The projector panel and workshop mode only show and ask.
 */
class LiveVoting : public QObject
{
    Q_OBJECT

public:
    explicit LiveVoting(Document *document, QObject *parent = nullptr);
    ~LiveVoting() override;

    struct Options
    {
        QHostAddress address;
        quint16 port = 0;
        bool tls = false;
        QString language; ///< the page's fallback language
        QString journalDirectory;
        QString resumeJournal;
    };

    /// Opens voting on \a ballot. False with errorString() set when the
    /// workspace is read-only, the ballot is not valid, or the port cannot be opened.
    bool open(const VotingBallot &ballot, const Options &options);
    bool isOpen() const { return m_host.isOpen(); }
    VotingBallot ballot() const { return m_ballot; }
    VotingEndpoint endpoint() const { return m_host.endpoint(); }
    VotingStatus status() const { return m_host.status(); }
    QString errorString() const { return m_error; }
    /// The last reveal of this session, if any.
    std::optional<RevealSummary> lastReveal() const { return m_lastReveal; }

    void reveal() { m_host.reveal(); }
    void nextRound() { m_host.nextRound(); }
    void approve(const QString &name) { m_host.approve(name); }
    void close();

    VotingHost *host() { return &m_host; }
    Document *document() const { return m_document; }

signals:
    void opened();
    void statusChanged(const ArchBoard::VotingStatus &status);
    void revealed(const ArchBoard::RevealSummary &summary);
    void problem(const QString &message);
    void closed();

private:
    void onNewRater(const QString &rater, const QString &name);
    void addPendingRaters();
    void onRevealed(const RoundResult &result);

    QPointer<Document> m_document;
    VotingHost m_host;
    VotingBallot m_ballot;
    QString m_error;
    std::optional<RevealSummary> m_lastReveal;
    QList<std::pair<QString, QString>> m_pendingRaters; ///< joined, not yet in the workspace (id, name)
};

} // namespace ArchBoard
