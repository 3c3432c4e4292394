#include "votingjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QUuid>

#include <algorithm>

namespace ArchBoard {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VotingJournal)
};
constexpr qint64 kMaxJournalBytes = 256LL * 1024 * 1024;
} // namespace

VotingJournal::VotingJournal() = default;

VotingJournal::~VotingJournal()
{
    QString ignored;
    flush(&ignored);
}

QString VotingJournal::lockPathFor(const QString &path)
{
    return path.chopped(6) + QStringLiteral(".lock"); // voting-<id>.jsonl → voting-<id>.lock
}

bool VotingJournal::open(const QString &directory, const QJsonObject &header, const QString &continuing, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = Text::tr("cannot create the recovery folder %1").arg(directory);
        return false;
    }
    const QString path = continuing.isEmpty()
        ? QDir(directory).filePath(QStringLiteral("voting-%1.jsonl").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
        : continuing;
    m_lock = std::make_unique<QLockFile>(lockPathFor(path));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        *error = Text::tr("the voting journal %1 is in use by another session").arg(path);
        m_lock.reset();
        return false;
    }
    m_file.setFileName(path);
    // Owner only: the journal holds the session's token, join code and blind scores.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = Text::tr("cannot write the voting journal %1: %2").arg(path, m_file.errorString());
        m_lock.reset();
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (continuing.isEmpty())
        append(header);
    return flush(error);
}

void VotingJournal::append(const QJsonObject &event)
{
    if (!m_file.isOpen())
        return;
    m_pending += QJsonDocument(event).toJson(QJsonDocument::Compact);
    m_pending += '\n';
}

bool VotingJournal::flush(QString *error)
{
    if (!m_file.isOpen() || m_pending.isEmpty())
        return true;
    if (m_file.size() + m_pending.size() > kMaxJournalBytes) {
        *error = Text::tr("the voting journal %1 is full").arg(m_file.fileName());
        return false;
    }
    // To the kernel at once: a crash of ArchBoard loses nothing written here.
    if (m_file.write(m_pending) != m_pending.size() || !m_file.flush()) {
        *error = Text::tr("cannot write the voting journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_pending.clear();
    return true;
}

void VotingJournal::finish()
{
    if (!m_file.isOpen())
        return;
    m_pending.clear();
    m_file.close();
    QFile::remove(m_file.fileName());
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

QList<VotingJournalEntry> VotingJournal::orphans(const QString &directory)
{
    QList<VotingJournalEntry> out;
    const QDir dir(directory);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("voting-*.jsonl")}, QDir::Files)) {
        QLockFile lock(lockPathFor(info.filePath()));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its session is still running
        lock.unlock();
        VotingJournalEntry entry;
        entry.path = info.filePath();
        entry.modified = info.lastModified();
        QList<QJsonObject> events;
        QString error;
        if (!read(entry.path, &entry.header, &events, &error))
            continue;
        entry.events = int(events.size());
        out.append(entry);
    }
    std::sort(out.begin(), out.end(), [](const VotingJournalEntry &a, const VotingJournalEntry &b) { return a.modified > b.modified; });
    return out;
}

bool VotingJournal::read(const QString &path, QJsonObject *header, QList<QJsonObject> *events, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read the voting journal %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxJournalBytes) {
        *error = Text::tr("the voting journal %1 is too large").arg(path);
        return false;
    }
    bool first = true;
    int line = 0;
    while (!file.atEnd()) {
        const QByteArray bytes = file.readLine();
        ++line;
        if (!bytes.endsWith('\n'))
            break; // torn by the crash: everything before it counts
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        if (!doc.isObject()) {
            *error = Text::tr("%1, line %2: not a journal entry").arg(path).arg(line);
            return false;
        }
        if (first)
            *header = doc.object();
        else
            events->append(doc.object());
        first = false;
    }
    if (first || header->value(QStringLiteral("e")).toString() != u"open") {
        *error = Text::tr("%1: not a voting journal").arg(path);
        return false;
    }
    return true;
}

void VotingJournal::discard(const QString &path)
{
    QFile::remove(path);
    QFile::remove(lockPathFor(path));
}

} // namespace ArchBoard
