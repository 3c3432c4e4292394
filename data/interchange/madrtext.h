#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace ArchBoard::Madr {

/**
 * The text of a record is Markdown (CommonMark): what a MADR file holds is
 * read as it is, links, emphasis, code and lists included, and written back
 * as it was. Writing changes only what would break the file's structure or
 * run as HTML, and reading undoes exactly that (docs/decision-records.md):
 *
 * - a line that would be a heading the importer reads as structure (level 1
 *   and 2 always, level 3 where it names a subsection), a fence that is never
 *   closed, a `-`/`=` line under a text line (a setext heading), and any line
 *   already starting with such an escape get one more backslash in front;
 * - lines of only blanks at either end of a block (reading drops blank lines
 *   there) are written as `&#32;`/`&#9;` references; a line already made only
 *   of such references gets one more `amp;`;
 * - a `<` that would start raw HTML (outside code) becomes `&lt;`, and an
 *   `&lt;` already there gets one more `amp;`;
 * - in one-line places (title, option names, list items) line breaks, tabs
 *   and leading or trailing blanks become character references, and in the
 *   title `"` becomes `&quot;` (adr-tools copies the title into Graphviz).
 */

/// Where a block of text is written: which level-3 headings are structure there.
enum class BlockPlace {
    Section, ///< context, drivers, more information: every `###` heading is text
    Outcome, ///< outcome, consequences, confirmation: `### Consequences`, … are structure
    Option,  ///< an option's description: every `###` heading starts the next option
};

/// Whether `### heading` is read as a subsection in \a place.
bool isSubsection(BlockPlace place, const QString &heading);

/// A multi-line field as file lines.
QString writeBlock(const QString &text, BlockPlace place);
/// The field from the lines of its section (blank lines at either end dropped).
QString readBlock(const QStringList &lines);

/// One-line text (option name, list item).
QString writeInline(const QString &text);
QString readInline(const QString &text);
/// A heading's text (an option under Pros and Cons): one-line text whose closing `#` stay.
QString writeHeading(const QString &text);
QString readHeading(const QString &text);
/// The title: a heading's text without `"`.
QString writeTitle(const QString &text);
QString readTitle(const QString &text);

/// Which characters of \a line are inside code spans.
std::vector<bool> codeSpans(const QString &line);

/// Tracks fenced code blocks line by line as CommonMark does.
class FenceTracker
{
public:
    /// True when \a line is part of fenced code (its opening and closing lines included).
    bool feed(const QString &line);
    bool inside() const { return m_length > 0; }

private:
    QChar m_char;
    int m_length = 0; ///< of the open fence; 0 outside code
};

/// An option name compared loosely: Markdown links and emphasis, quotes,
/// case and runs of blanks do not count.
QString looseName(const QString &text);

} // namespace ArchBoard::Madr
