#include "scanner.h"

#include "manifestparsing.h"
#include "scanchecks.h"
#include "scanlocks.h"

#include "filerules.h"
#include "fragmentation.h"
#include "safefile.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <condition_variable>
#include <deque>
#include <iterator>
#include <map>
#include <mutex>
#include <system_error>
#include <string_view>
#include <thread>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ArchBoard::Scanner {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context; a free tr() would be filed
// under the enclosing namespace and never found at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Scanner)
};

constexpr qint64 kMaxManifestBytes = 50 * 1024 * 1024;

struct FileJob
{
    QString relPath; ///< relative to the root, '/' separated
    QString folder;  ///< relative folder, "." for the root
    ManifestKind kind;
    Manifest manifest;
    QByteArray lockBytes; ///< package-lock.json: kept for the nested-copy pass
};

bool isPrimary(ManifestKind k)
{
    return k != ManifestKind::PackageLock && k != ManifestKind::CargoLock && k != ManifestKind::PnpmWorkspace && k != ManifestKind::GoWork
        && k != ManifestKind::PnpmLock && k != ManifestKind::YarnLock;
}

/// Whether \a bytes are UTF-8: they survive decoding and encoding unchanged.
bool isUtf8(std::string_view bytes)
{
    const QByteArrayView view(bytes.data(), qsizetype(bytes.size()));
    return QString::fromUtf8(view).toUtf8() == view;
}

/// A path of any bytes as text: bytes that are not UTF-8 as "\xNN".
QString visibleBytes(const std::string &bytes)
{
    QString out;
    for (size_t i = 0; i < bytes.size();) {
        // The longest valid prefix from i, else one byte escaped.
        size_t len = std::min<size_t>(4, bytes.size() - i);
        for (; len > 0; --len) {
            const std::string_view part(bytes.data() + i, len);
            if (isUtf8(part)) {
                out += QString::fromUtf8(part.data(), qsizetype(len));
                break;
            }
        }
        if (len == 0) {
            out += QStringLiteral("\\x%1").arg(uchar(bytes[i]), 2, 16, QLatin1Char('0'));
            len = 1;
        }
        i += len;
    }
    return out;
}

QString languageOf(const Manifest &m, const QSet<QString> &filesInFolder)
{
    switch (m.kind) {
    case ManifestKind::PackageJson: {
        if (filesInFolder.contains(QStringLiteral("tsconfig.json")))
            return QStringLiteral("typescript");
        for (const ManifestDependency &d : m.dependencies) {
            if (d.name == u"typescript")
                return QStringLiteral("typescript");
        }
        return QStringLiteral("javascript");
    }
    case ManifestKind::GoMod: return QStringLiteral("go");
    case ManifestKind::CargoToml: return QStringLiteral("rust");
    case ManifestKind::PomXml: return QStringLiteral("java");
    case ManifestKind::RequirementsTxt:
    case ManifestKind::PyProject: return QStringLiteral("python");
    case ManifestKind::DependenciesLock: {
        const QString r = m.runtime.toLower();
        if (r == u"nodejs" || r == u"node")
            return QStringLiteral("javascript");
        if (r == u"java" || r == u"go" || r == u"rust" || r == u"python")
            return r;
        return {};
    }
    default: return {};
    }
}


/// Reads and parses manifests on a pool of threads while the walk finds them.
/// The walk (one thread, mostly directory syscalls) feeds a queue the
/// workers read and parse from; when it ends the walking thread parses too.
class ParallelReader
{
public:
    ParallelReader(const ScanOptions &options, int rootFd) : m_options(options), m_rootFd(rootFd) {}

    bool cancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }

    void start()
    {
        int threads = m_options.threads > 0 ? m_options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
        for (int t = 1; t < threads; ++t)
            m_pool.emplace_back([this] { work(); });
    }

    void add(const QString &relPath, const QString &folder, ManifestKind kind)
    {
        {
            const std::lock_guard lock(m_queueMutex);
            m_queue.push_back({relPath, folder, kind, {}, {}});
        }
        m_found.fetch_add(1);
        m_queueReady.notify_one();
    }

    /// The walk is over: parses what is left on this thread too, waits for the workers.
    void finish(ScanResult &result)
    {
        {
            const std::lock_guard lock(m_queueMutex);
            m_walkDone = true;
        }
        m_queueReady.notify_all();
        work();
        for (std::thread &t : m_pool)
            t.join();
        if (cancelled())
            result.cancelled = true;
        result.manifestsScanned = m_done.load();
        if (m_options.progress) {
            const std::lock_guard lock(m_progressMutex);
            m_options.progress(result.manifestsScanned, std::max(result.manifestsScanned, m_found.load()));
        }
    }

    /// Reported in path order, whatever order the threads finished in.
    std::vector<FileJob *> jobsInPathOrder()
    {
        std::vector<FileJob *> jobs;
        jobs.reserve(m_queue.size());
        for (FileJob &job : m_queue)
            jobs.push_back(&job);
        std::sort(jobs.begin(), jobs.end(), [](const FileJob *a, const FileJob *b) { return a->relPath < b->relPath; });
        return jobs;
    }

    /// Frees what the files held (their parsed manifests); jobsInPathOrder()'s pointers are gone with it.
    void release() { std::deque<FileJob>().swap(m_queue); }

private:
    void process(FileJob &job)
    {
        // Regular files only, never blocking (a FIFO named package.json), with a hard cap.
        QByteArray bytes;
        QString why;
        if (!SafeFile::readAt(m_rootFd, job.relPath.toUtf8().constData(), kMaxManifestBytes, &bytes, &why)) {
            job.manifest.path = job.relPath;
            job.manifest.kind = job.kind;
            job.manifest.errors.push_back({job.relPath, 0, Text::tr("cannot be read: %1").arg(why)});
        } else {
            const QList<QByteArray> above = job.kind == ManifestKind::PomXml ? ancestorPoms(job.folder) : QList<QByteArray>();
            job.manifest = Manifests::parse(job.kind, job.relPath, bytes, above);
            if (job.kind == ManifestKind::PackageLock)
                job.lockBytes = bytes;
        }
        const int n = m_done.fetch_add(1) + 1;
        if (m_options.progress && n % 64 == 0) {
            const std::lock_guard lock(m_progressMutex);
            m_options.progress(n, std::max(n, m_found.load()));
        }
    }

    /// The pom.xml files of the folders above \a folder, nearest first, up to
    /// the first folder without one (or the root): the POMs a module may
    /// inherit from. Each is read once for all the modules below it.
    QList<QByteArray> ancestorPoms(const QString &folder)
    {
        QList<QByteArray> above;
        for (QString f = folder; f != u"." && !f.isEmpty() && above.size() < ManifestParsing::kMaxPomAncestors;) {
            f = ScanLocks::parentFolder(f);
            const QByteArray bytes = pomIn(f);
            if (bytes.isEmpty())
                break;
            above.append(bytes);
        }
        return above;
    }

    /// \a folder's pom.xml (empty when there is none or it cannot be read).
    QByteArray pomIn(const QString &folder)
    {
        {
            const std::lock_guard lock(m_parentMutex);
            const auto known = m_parentPoms.constFind(folder);
            if (known != m_parentPoms.cend())
                return known.value();
        }
        QByteArray bytes;
        QString why;
        const QByteArray path = (folder + QStringLiteral("/pom.xml")).toUtf8();
        if (!SafeFile::readAt(m_rootFd, path.constData(), kMaxManifestBytes, &bytes, &why))
            bytes.clear();
        const std::lock_guard lock(m_parentMutex);
        m_parentPoms.insert(folder, bytes);
        return bytes;
    }

    void work()
    {
        for (;;) {
            FileJob *job = nullptr;
            {
                std::unique_lock lock(m_queueMutex);
                m_queueReady.wait(lock, [&] { return m_nextJob < m_queue.size() || m_walkDone || cancelled(); });
                if (cancelled() || (m_nextJob >= m_queue.size() && m_walkDone))
                    return;
                job = &m_queue[m_nextJob++];
            }
            process(*job);
        }
    }

    const ScanOptions &m_options;
    const int m_rootFd;
    std::deque<FileJob> m_queue; // stable addresses while it grows
    std::mutex m_queueMutex;
    std::condition_variable m_queueReady;
    size_t m_nextJob = 0;
    bool m_walkDone = false;
    std::atomic<int> m_done{0};
    std::atomic<int> m_found{0};
    std::mutex m_progressMutex;
    std::mutex m_parentMutex;
    QHash<QString, QByteArray> m_parentPoms; // folder → its pom.xml, for the modules below
    std::vector<std::thread> m_pool;
};

/// Whether a file of this name may be a manifest (or the tsconfig.json that
/// decides a package's language): the cheap test before a QString is made.
bool mayBeManifest(std::string_view name)
{
    static constexpr std::string_view endings[] = {".json", ".toml", ".lock", ".mod", ".xml", ".txt", ".yaml", ".work"};
    for (std::string_view e : endings) {
        if (name.ends_with(e))
            return true;
    }
    return false;
}

/// Walks the tree below the open folder \a rootFd and hands every manifest to
/// the reader; notes which folders hold a tsconfig.json. openat() and
/// getdents64() with the entry types the kernel gives: no stat per entry, no
/// folder opened twice, and names compared as bytes (text is made only for
/// folders and the files the scan reads). Symbolic links are not followed.
class Walker
{
public:
    Walker(int rootFd, ParallelReader &reader, ScanResult &result, QHash<QString, QSet<QString>> &filesInFolder)
        : m_rootFd(rootFd), m_reader(reader), m_result(result), m_filesInFolder(filesInFolder)
    {
    }

    void run()
    {
        std::vector<std::string> pending{std::string()}; // "" is the root
        while (!pending.empty() && !m_reader.cancelled()) {
            const std::string folder = std::move(pending.back());
            pending.pop_back();
            readFolder(folder, pending);
        }
    }

private:
    void readFolder(const std::string &rel, std::vector<std::string> &pending)
    {
        const int fd = ::openat(m_rootFd, rel.empty() ? "." : rel.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0) {
            const int code = errno;
            m_result.errors.push_back({rel.empty() ? m_result.root : QString::fromStdString(rel), 0,
                                       Text::tr("the folder cannot be read (%1); it was skipped").arg(QString::fromLocal8Bit(std::strerror(code)))});
            return;
        }
        const QString folder = rel.empty() ? QStringLiteral(".") : QString::fromStdString(rel);
        alignas(alignof(dirent64)) char buffer[32 * 1024];
        for (;;) {
            const ssize_t n = ::getdents64(fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                const int code = errno;
                m_result.errors.push_back({folder, 0, Text::tr("the folder could not be read to the end (%1)").arg(QString::fromLocal8Bit(std::strerror(code)))});
                break;
            }
            if (n == 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto *entry = reinterpret_cast<const dirent64 *>(buffer + at);
                at += entry->d_reclen;
                entry->d_type == DT_DIR || entry->d_type == DT_UNKNOWN ? visit(fd, rel, folder, *entry, pending)
                                                                      : visitFile(rel, folder, entry->d_name, entry->d_type);
            }
        }
        ::close(fd);
    }

    void visit(int fd, const std::string &rel, const QString &folder, const dirent64 &entry, std::vector<std::string> &pending)
    {
        const std::string_view name(entry.d_name);
        if (name == "." || name == "..")
            return;
        unsigned char type = entry.d_type;
        if (type == DT_UNKNOWN) { // some file systems do not say
            struct stat st {};
            if (::fstatat(fd, entry.d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                return; // gone since the folder was read
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
            if (type != DT_DIR) {
                visitFile(rel, folder, entry.d_name, type);
                return;
            }
        }
        if (skipsFolder(QString::fromStdString(std::string(name))))
            return;
        std::string child = rel.empty() ? std::string(name) : rel + '/' + std::string(name);
        // Names are stored as text: a folder whose name is not UTF-8 cannot be named again.
        if (!isUtf8(name)) {
            m_result.errors.push_back({visibleBytes(child), 0, Text::tr("the folder name is not UTF-8 text; the folder was skipped")});
            return;
        }
        pending.push_back(std::move(child));
    }

    void visitFile(const std::string &rel, const QString &folder, const char *rawName, unsigned char type)
    {
        if (type == DT_LNK)
            return;
        ++m_result.filesVisited;
        const std::string_view raw(rawName);
        if (!mayBeManifest(raw))
            return;
        const QString name = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
        ManifestKind kind;
        // requirements/*.txt counts by its folder's name.
        const bool manifest = raw.ends_with(".txt") ? Manifests::kindOf(folder + u'/' + name, &kind) : Manifests::kindOf(name, &kind);
        if (!manifest && name != u"tsconfig.json")
            return;
        if (!manifest) {
            m_filesInFolder[folder].insert(name);
            return;
        }
        if (!isUtf8(raw))
            return; // never a manifest's name
        const QString path = rel.empty() ? name : folder + u'/' + name;
        // requirements/base.txt, requirements/dev.txt (pip-tools layouts) belong to the service above that folder.
        const bool inRequirementsFolder = kind == ManifestKind::RequirementsTxt && (folder == u"requirements" || folder.endsWith(u"/requirements"));
        m_reader.add(path, inRequirementsFolder ? ScanLocks::parentFolder(folder) : folder, kind);
    }

    const int m_rootFd;
    ParallelReader &m_reader;
    ScanResult &m_result;
    QHash<QString, QSet<QString>> &m_filesInFolder;
};

/// The manifests their workspace definitions keep (the others are listed in the result as left out).
std::vector<FileJob *> workspaceMembers(const std::vector<FileJob *> &jobs, ScanResult &result)
{
    std::vector<WorkspaceMembership::Entry> entries;
    std::vector<FileJob *> read;
    entries.reserve(jobs.size());
    for (FileJob *job : jobs) {
        if (job->manifest.path.isEmpty())
            continue; // not reached (cancelled)
        entries.push_back({job->relPath, job->folder, &job->manifest});
        read.push_back(job);
    }
    WorkspaceMembership::Decision membership = WorkspaceMembership::decide(entries);
    result.workspaceRules = std::move(membership.rules);
    result.leftOut = std::move(membership.leftOut);
    std::vector<FileJob *> members;
    for (size_t i = 0; i < read.size(); ++i) {
        if (membership.member[i])
            members.push_back(read[i]);
    }
    return members;
}

/// Adds a primary manifest to the service of its folder: its dependencies are
/// moved out of \a job to the end of \a dependencies (the service's range).
void addToService(ScannedService &s, FileJob &job, std::vector<Dependency> &dependencies, const QHash<QString, QSet<QString>> &filesInFolder)
{
    // Relative to the service's folder: "package.json", or "requirements/dev.txt".
    const QString fileName = job.folder == u"." ? job.relPath : job.relPath.mid(job.folder.size() + 1);
    if (s.manifests.isEmpty())
        s.firstDependency = dependencies.size();
    Q_ASSERT(s.firstDependency + s.dependencyCount == dependencies.size()); // a folder's manifests come together
    s.manifests << fileName;
    s.path = job.folder;
    if (s.name.isEmpty() && !job.manifest.name.isEmpty())
        s.name = job.manifest.name;
    if (s.version.isEmpty() && job.kind == ManifestKind::PackageJson)
        s.version = job.manifest.version;
    if (s.language.isEmpty())
        s.language = languageOf(job.manifest, filesInFolder.value(job.folder));
    if (s.runtime.isEmpty() && !job.manifest.runtime.isEmpty()) {
        s.runtime = job.manifest.runtime;
        s.runtimeVersion = job.manifest.runtimeVersion;
    }
    s.workspaceRoot = s.workspaceRoot || job.manifest.isWorkspaceRoot;
    for (ManifestDependency &md : job.manifest.dependencies) {
        Dependency &d = dependencies.emplace_back();
        d.ecosystem = md.ecosystem;
        d.name = std::move(md.name);
        d.version = std::move(md.requested);
        d.resolved = std::move(md.resolved);
        d.scope = md.scope;
        d.checksum = std::move(md.checksum);
        d.manifest = job.relPath;
    }
    s.dependencyCount += job.manifest.dependencies.size();
}

/// Gives every service a unique id from its folder and a name, and moves them into the result.
void nameServices(std::map<QString, ScannedService> &byFolder, std::vector<Dependency> &dependencies, ScanResult &result)
{
    QSet<QString> ids;
    ids.reserve(qsizetype(byFolder.size()));
    result.services.reserve(byFolder.size());
    for (auto &[folder, service] : byFolder) {
        QString base = folder == u"." ? QStringLiteral("root") : Schema::slugify(folder);
        QString id = base;
        for (int k = 2; ids.contains(id); ++k)
            id = base + u'-' + QString::number(k);
        ids.insert(id);
        service.id = id;
        if (service.name.isEmpty())
            service.name = folder == u"." ? QFileInfo(result.root).fileName() : folder.mid(folder.lastIndexOf(u'/') + 1);
        for (Dependency &d : dependenciesOf(dependencies, service))
            d.service = id;
        result.services.push_back(std::move(service));
    }
    result.dependencies = std::move(dependencies);
}

} // namespace

bool skipsFolder(const QString &name)
{
    static const QSet<QString> skipped = {QStringLiteral(".git"), QStringLiteral("node_modules"), QStringLiteral("vendor"),
                                          QStringLiteral("target"), QStringLiteral("build"), QStringLiteral("dist")};
    return skipped.contains(name) || (name.startsWith(u'.') && name.size() > 1);
}

ScanResult scan(const ScanOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    ScanResult result;
    result.root = QDir(options.root).absolutePath();

    // --- walk, and read and parse in parallel while walking -----------------------------------
    QHash<QString, QSet<QString>> filesInFolder; // folder → file names (for tsconfig.json)
    const int rootFd = ::open(QFile::encodeName(result.root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK);
    if (rootFd < 0) {
        result.errors.push_back({result.root, 0, Text::tr("not a readable folder")});
        result.elapsedMs = clock.elapsed();
        return result;
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closeRoot{rootFd};
    ParallelReader reader(options, rootFd);
    reader.start();
    Walker(rootFd, reader, result, filesInFolder).run();
    reader.finish(result);

    // --- workspace membership ------------------------------------------------------------------
    std::vector<FileJob *> jobs = workspaceMembers(reader.jobsInPathOrder(), result);

    // --- group into services: each folder's dependencies one range of one list ----------------
    for (const FileJob *job : jobs) {
        for (const ManifestError &e : job->manifest.errors)
            result.errors.push_back(e); // in path order
    }
    std::vector<FileJob *> inFolderOrder = jobs;
    std::stable_sort(inFolderOrder.begin(), inFolderOrder.end(), [](const FileJob *a, const FileJob *b) { return a->folder < b->folder; });
    size_t dependencyCount = 0;
    for (const FileJob *job : inFolderOrder)
        dependencyCount += isPrimary(job->kind) ? job->manifest.dependencies.size() : 0;
    std::vector<Dependency> dependencies;
    dependencies.reserve(dependencyCount);
    std::map<QString, ScannedService> byFolder; // iterated in the same folder order
    ScanLocks::LockFiles locks;
    for (FileJob *jobPointer : inFolderOrder) {
        FileJob &job = *jobPointer;
        if (job.manifest.path.isEmpty())
            continue; // not reached (cancelled)
        if (ScanLocks::readLockFile(job.kind, job.folder, job.manifest, job.lockBytes, locks) || !isPrimary(job.kind))
            continue;
        addToService(byFolder[job.folder], job, dependencies, filesInFolder);
    }
    jobs.clear();
    inFolderOrder.clear();
    reader.release(); // what comes next reuses that memory rather than touching new pages

    ScanChecks::resolveCatalogs(locks.catalogs, byFolder, dependencies, &result.findings);

    // --- lock files fill resolved versions and mark nested copies ---------------------------------
    for (const auto &[folder, service] : byFolder) {
        ScanLocks::resolveFromNodeLock(folder, dependenciesOf(dependencies, service), locks);
        ScanLocks::resolveFromCargoLock(folder, dependenciesOf(dependencies, service), locks);
    }

    ScanChecks::findRangeStyles(byFolder, dependencies, &result.findings);
    ScanChecks::findLocalVersions(byFolder, dependencies, &result.findings);

    // --- ids and names ------------------------------------------------------------------------------
    nameServices(byFolder, dependencies, result);
    result.elapsedMs = clock.elapsed();
    return result;
}

namespace {

/// merge() and mergeTaking(): \a taken is \a scan itself when its dependencies may be moved.
void mergeScan(Workspace *ws, const ScanResult &scan, ScanResult *taken, const QDateTime &when, FragmentationResult *metricsOut)
{
    const QString source = QStringLiteral("scan: ") + QString(scan.root).replace(u'\n', u' ');
    QSet<QString> candidates;
    for (const Candidate &c : ws->candidates)
        candidates.insert(c.id);
    QSet<QString> scannedIds;
    scannedIds.reserve(qsizetype(scan.services.size()));
    QHash<QString, int> existing;
    existing.reserve(qsizetype(ws->services.size()));
    for (size_t i = 0; i < ws->services.size(); ++i)
        existing.insert(ws->services[i].id, int(i));
    ws->services.reserve(ws->services.size() + scan.services.size());
    for (const ScannedService &s : scan.services) {
        scannedIds.insert(s.id);
        Service svc;
        const auto at = existing.constFind(s.id);
        if (at != existing.cend())
            svc = ws->services[size_t(at.value())]; // keeps the context, APIs stay attached by id
        svc.id = s.id;
        svc.name = s.name;
        svc.language = candidates.contains(s.language) ? s.language : svc.language;
        svc.runtime = s.runtime.isEmpty() ? svc.runtime : s.runtime;
        svc.runtimeVersion = s.runtimeVersion.isEmpty() ? svc.runtimeVersion : s.runtimeVersion;
        svc.path = s.path;
        svc.source = source;
        if (at != existing.cend())
            ws->services[size_t(at.value())] = svc;
        else
            ws->services.push_back(svc);
    }
    // Services of an earlier scan of this root that are gone, and every scanned service's old dependencies.
    QSet<QString> removed;
    std::erase_if(ws->services, [&](const Service &s) {
        const bool gone = s.source == source && !scannedIds.contains(s.id);
        if (gone)
            removed.insert(s.id);
        return gone;
    });
    std::erase_if(ws->dependencies, [&](const Dependency &d) { return removed.contains(d.service) || scannedIds.contains(d.service); });
    std::erase_if(ws->serviceApis, [&](const ServiceApi &a) { return removed.contains(a.service); });
    if (taken && ws->dependencies.empty()) {
        ws->dependencies = std::move(taken->dependencies); // the one list, as it is
    } else if (taken) {
        ws->dependencies.reserve(ws->dependencies.size() + taken->dependencies.size());
        std::move(taken->dependencies.begin(), taken->dependencies.end(), std::back_inserter(ws->dependencies));
    } else {
        ws->dependencies.insert(ws->dependencies.end(), scan.dependencies.begin(), scan.dependencies.end());
    }
    if (taken)
        taken->dependencies.clear();
    // Folder and package names can hold line breaks (git stores them): the file must open again.
    // Only the tables the scan wrote: the rest was writable before.
    const QStringList fixed = FileRules::makeWritable(ws, {TableId::Services, TableId::Dependencies});

    FragmentationResult metrics = Fragmentation::analyse(*ws);
    ScanRecord record;
    QSet<QString> scanIds;
    for (const ScanRecord &r : ws->scans)
        scanIds.insert(r.id);
    int n = int(ws->scans.size()) + 1;
    do
        record.id = QStringLiteral("scan-%1").arg(n++);
    while (scanIds.contains(record.id));
    record.takenAt = when.toUTC().toString(Qt::ISODate);
    record.root = QString(scan.root).replace(u'\n', u' ');
    record.manifests = scan.manifestsScanned;
    record.services = int(scan.services.size());
    record.errors = int(scan.errors.size());
    record.protocolConsistency = metrics.metric(FragmentationMetric::ProtocolConsistency).value;
    record.versionDrift = metrics.metric(FragmentationMetric::VersionDrift).value;
    record.peerDependencyHygiene = metrics.metric(FragmentationMetric::PeerDependencyHygiene).value;
    record.stackHeterogeneity = metrics.metric(FragmentationMetric::StackHeterogeneity).value;
    QStringList note;
    if (scan.cancelled)
        note << Text::tr("cancelled before the end");
    if (!scan.leftOut.empty()) {
        QStringList shown;
        for (size_t i = 0; i < scan.leftOut.size() && i < 5; ++i)
            shown << QStringLiteral("%1 (%2)").arg(scan.leftOut[i].path, scan.leftOut[i].reason);
        if (scan.leftOut.size() > 5)
            shown << QStringLiteral("…");
        note << Text::tr("manifests left out as not workspace members (%1): %2").arg(scan.leftOut.size()).arg(shown.join(QStringLiteral("; ")).left(2000));
    }
    if (!scan.findings.empty()) {
        QStringList shown;
        for (size_t i = 0; i < scan.findings.size() && i < 5; ++i)
            shown << scan.findings[i].message;
        if (scan.findings.size() > 5)
            shown << QStringLiteral("…");
        note << Text::tr("findings (%1): %2").arg(scan.findings.size()).arg(shown.join(QStringLiteral("; ")).left(2000));
    }
    if (!fixed.isEmpty())
        note << Text::tr("%n value(s) changed to fit the workspace file: %1", nullptr, int(fixed.size())).arg(fixed.join(QStringLiteral("; ")).left(2000));
    record.note = note.join(QStringLiteral("; "));
    ws->scans.push_back(record);
    if (metricsOut)
        *metricsOut = std::move(metrics);
}

} // namespace

void merge(Workspace *ws, const ScanResult &scan, const QDateTime &when, FragmentationResult *metrics)
{
    mergeScan(ws, scan, nullptr, when, metrics);
}

void mergeTaking(Workspace *ws, ScanResult &scan, const QDateTime &when, FragmentationResult *metrics)
{
    mergeScan(ws, scan, &scan, when, metrics);
}

} // namespace ArchBoard::Scanner
