#include "recovery.h"
#include "safefile.h"

#include "backgroundwork.h"
#include "document.h"
#include "sqliteformat.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ArchBoard {

namespace {
// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Recovery)
};

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QString why;
    if (!SafeFile::write(path, bytes, &why)) {
        *error = Text::tr("cannot write the recovery copy: %1").arg(why);
        return false;
    }
    return true;
}
} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_dir(directory)
{
}

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QList<RecoveryEntry> RecoveryStore::orphans() const
{
    QList<RecoveryEntry> out;
    const QDir dir(m_dir);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString id = name.chopped(5);
        QLockFile lock(dir.filePath(id + QStringLiteral(".lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its session is still running
        lock.unlock();
        QFile meta(dir.filePath(name));
        if (!meta.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(meta.read(64 * 1024)).object();
        RecoveryEntry e;
        e.id = id;
        e.recoveryFile = dir.filePath(id + QStringLiteral(".archboard"));
        e.originalPath = o.value(QStringLiteral("original")).toString();
        e.title = o.value(QStringLiteral("title")).toString();
        e.savedAt = QDateTime::fromString(o.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
        if (QFile::exists(e.recoveryFile))
            out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return out;
}

void RecoveryStore::discard(const RecoveryEntry &entry) const
{
    const QDir dir(m_dir);
    for (const char *suffix : {".archboard", ".json", ".lock"})
        QFile::remove(dir.filePath(entry.id + QLatin1StringView(suffix)));
}

Autosaver::Autosaver(Document *document, const RecoveryStore &store, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_dir(store.directory())
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(m_dir);
    m_lock = std::make_unique<QLockFile>(QDir(m_dir).filePath(m_id + QStringLiteral(".lock")));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);

    m_periodic.setInterval(60 * 1000);
    connect(&m_periodic, &QTimer::timeout, this, &Autosaver::saveNow);
    m_periodic.start();
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(2000);
    connect(&m_quiet, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(document, &Document::changed, this, &Autosaver::onChanged);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &Autosaver::onWriteFinished);
}

Autosaver::~Autosaver()
{
    waitForWrite();
}

void Autosaver::setInterval(int ms)
{
    m_periodic.setInterval(ms);
}

void Autosaver::setBurst(int edits, int quietMs)
{
    m_burstEdits = edits;
    m_quiet.setInterval(quietMs);
}

QString Autosaver::recoveryFile() const
{
    return QDir(m_dir).filePath(m_id + QStringLiteral(".archboard"));
}

void Autosaver::onChanged()
{
    // Called while the command runs, before the undo stack counts it: the
    // document's modified flag is not yet up to date here.
    m_dirty = true;
    if (++m_editsSinceWrite >= m_burstEdits)
        m_quiet.start(); // restarts with every edit: writes once the burst pauses
}

void Autosaver::saveNow()
{
    m_document->commitPendingEdits(); // the text being typed is an unsaved change too
    if (!m_dirty || !m_document->isModified())
        return;
    if (m_watcher.isRunning()) {
        m_pendingAfterWrite = true;
        return;
    }
    m_dirty = false;
    m_editsSinceWrite = 0;
    auto snapshot = std::make_shared<const Workspace>(m_document->workspace());
    QJsonObject meta{
        {QStringLiteral("original"), m_document->fileName()},
        {QStringLiteral("title"), snapshot->info.name},
        {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
    };
    const QString dataPath = recoveryFile();
    const QString metaPath = QDir(m_dir).filePath(m_id + QStringLiteral(".json"));
    const QByteArray metaBytes = QJsonDocument(meta).toJson();
    m_watcher.setFuture(QtConcurrent::run(backgroundPool(), [snapshot, dataPath, metaPath, metaBytes]() -> QString {
        SqliteFormat format;
        const QByteArray image = format.serialize(*snapshot);
        if (image.isEmpty())
            return format.errorString();
        QString error;
        if (!writeFile(dataPath, image, &error) || !writeFile(metaPath, metaBytes, &error))
            return error;
        return {};
    }));
}

void Autosaver::onWriteFinished()
{
    const QString error = m_watcher.result();
    if (error.isEmpty()) {
        ++m_writes;
        emit written(recoveryFile());
    } else {
        m_dirty = true;
        emit failed(error);
    }
    if (m_pendingAfterWrite) {
        m_pendingAfterWrite = false;
        saveNow();
    }
}

void Autosaver::waitForWrite()
{
    m_watcher.waitForFinished();
}

void Autosaver::discard()
{
    waitForWrite();
    m_dirty = false;
    m_editsSinceWrite = 0;
    m_quiet.stop();
    QFile::remove(recoveryFile());
    QFile::remove(QDir(m_dir).filePath(m_id + QStringLiteral(".json")));
}

} // namespace ArchBoard
