#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace ArchBoard {

struct Workspace;

/// A problem with input: which file, where in it (when known) and what.
struct InputError
{
    QString file;     ///< may be empty for in-memory input
    int line = 0;     ///< 1-based; 0 when not applicable
    int column = 0;   ///< 1-based; 0 when not applicable
    QString message;

    /// "file:line:column: message", leaving out what is unknown.
    QString toString() const;
};

/**
 * A way to read and write a whole workspace. Formats read from and write to
 * a QIODevice so tests can use buffers; a failed read returns nullptr and
 * leaves the reason in error().
 */
class WorkspaceFormat
{
public:
    virtual ~WorkspaceFormat() = default;

    virtual QString name() const = 0;
    /// File name suffixes, longest first, without the dot ("archboard.yaml").
    virtual QStringList extensions() const = 0;
    QString nameFilter() const; ///< "Name (*.ext)" for file dialogs

    bool canRead(const QString &fileName) const;
    /// Whether the first bytes look like this format.
    virtual bool sniff(const QByteArray &head) const = 0;

    virtual std::unique_ptr<Workspace> read(QIODevice &device) = 0;
    virtual bool write(const Workspace &workspace, QIODevice &device) = 0;

    const InputError &error() const { return m_error; }
    QString errorString() const { return m_error.toString(); }
    /// What the last successful read changed to make the workspace safe to
    /// use (values brought into range), one line each.
    const QStringList &warnings() const { return m_warnings; }

protected:
    void setError(int line, int column, const QString &message);
    void clearError()
    {
        m_error = {};
        m_warnings.clear();
    }
    /// The checks every read ends with (FileRules::clampOnRead).
    void finishRead(Workspace &workspace);

private:
    InputError m_error;
    QStringList m_warnings;
};

/// The formats ArchBoard knows, found by file name or content.
namespace Formats {
/// A fresh instance of the format for \a fileName's suffix, or nullptr.
std::unique_ptr<WorkspaceFormat> forFileName(const QString &fileName);
/// A fresh instance of the format whose content \a head looks like, or nullptr.
std::unique_ptr<WorkspaceFormat> forContent(const QByteArray &head);
std::unique_ptr<WorkspaceFormat> sqlite();
std::unique_ptr<WorkspaceFormat> yaml();
/// "ArchBoard workspace (*.archboard);;ArchBoard YAML (*.archboard.yaml)"
QString nameFilters();
} // namespace Formats

} // namespace ArchBoard
