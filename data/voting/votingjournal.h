#pragma once

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace ArchBoard {

/// A journal left by a voting session whose process is gone (a crash).
struct VotingJournalEntry
{
    QString path;
    QJsonObject header; ///< what VotingServer wrote when the session opened
    QDateTime modified;
    int events = 0;
};

/**
 * The recovery copy of a live-voting session: one JSON object per line, the
 * session's opening first, then every join, approval, score, reveal and new
 * round as the server accepted it. Lines are written to the file within
 * \c kFlushMs of their event, so a crash loses nothing received a moment
 * before; replaying the lines through VotingSession gives the session back.
 * The file lives in the recovery folder, is readable by its owner only
 * (it holds the session's secrets and the blind scores) and is removed when
 * voting closes normally. A lock file beside it tells a running session from
 * an orphan.
 */
class VotingJournal
{
public:
    static constexpr int kFlushMs = 200;

    VotingJournal();
    ~VotingJournal();
    VotingJournal(const VotingJournal &) = delete;
    VotingJournal &operator=(const VotingJournal &) = delete;

    /// Starts a new journal in \a directory with \a header as its first line;
    /// with \a continuing, appends to that existing journal (a resumed session) instead.
    bool open(const QString &directory, const QJsonObject &header, const QString &continuing, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    /// Queues an event; flush() writes it.
    void append(const QJsonObject &event);
    bool hasPending() const { return !m_pending.isEmpty(); }
    bool flush(QString *error);
    /// Normal end: the journal and its lock are removed.
    void finish();

    /// Journals in \a directory whose session no longer runs, newest first.
    static QList<VotingJournalEntry> orphans(const QString &directory);
    /// Reads a journal: the header and every complete event line (a torn last line is dropped).
    static bool read(const QString &path, QJsonObject *header, QList<QJsonObject> *events, QString *error);
    static void discard(const QString &path);
    static QString lockPathFor(const QString &path);

private:
    QFile m_file;
    std::unique_ptr<QLockFile> m_lock;
    QByteArray m_pending;
};

} // namespace ArchBoard
