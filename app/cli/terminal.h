#pragma once

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

namespace ArchBoard::Cli {

/**
 * What archboard-cli prints goes through here: user text (names, notes, file
 * contents quoted in messages) must not reach a terminal as control
 * sequences. Line feeds and tabs pass; a carriage return only before a line
 * feed; every other C0/C1 control character, DEL and the bidirectional
 * overrides (which can reorder what a reader sees) are written as visible
 * escapes ("\x1b", "\u202e"). JSON output is unaffected: it escapes them itself.
 */
QString terminalSafe(const QString &text);

/**
 * Writes JSON text (from QJsonDocument, which escapes C0 controls itself) to
 * \a stream with the other characters terminalSafe() escapes — DEL, C1
 * controls, bidirectional overrides — written as JSON's own `\uXXXX`
 * escapes: the same JSON value, nothing a terminal would act on, and no copy
 * of the text (an 8 MB scan result is written as it is). False when the
 * stream refuses the bytes.
 */
bool writeJson(std::FILE *stream, const QByteArray &json);

/// A write-only device that passes text through terminalSafe() to a C stream.
class TerminalDevice : public QIODevice
{
public:
    explicit TerminalDevice(std::FILE *stream);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_stream;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    bool m_pendingCr = false;
};

} // namespace ArchBoard::Cli
