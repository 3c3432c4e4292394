#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace ArchBoard {

/**
 * Writes JSON text as it goes, for results too large to build as a
 * QJsonObject first (a scan of thousands of services): no tree of values,
 * only the text, appended to one QByteArray. The layout, the string escapes
 * and the numbers are those of QJsonDocument::toJson(Indented): four spaces
 * per level, `"key": value`, shortest round-trip doubles, integral values
 * without a fraction, non-finite numbers as null. Members come out in the
 * order they are written (QJsonObject would sort them).
 *
 *     JsonWriter w(&bytes);
 *     w.beginObject();
 *     w.key("name").value(name);
 *     w.key("tags").strings(tags);
 *     w.endObject();
 */
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray *out);
    /// Passes the text to \a sink in pieces of about \a chunk bytes, each
    /// ending after a complete value, and once more at the end (finish()):
    /// output of any size in a buffer of that size. The sink returns false
    /// when it could not take the text (see ok()).
    JsonWriter(std::function<bool(const QByteArray &)> sink, qsizetype chunk = 64 * 1024);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    /// The key of the next value, inside an object.
    JsonWriter &key(QLatin1StringView name);
    template<qsizetype N>
    JsonWriter &key(const char (&name)[N])
    {
        return key(QLatin1StringView(name, N - 1));
    }

    void value(const QString &text);
    void value(QLatin1StringView text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    /// null when there is no number.
    void value(const std::optional<double> &number);
    void null();
    /// An array of strings.
    void strings(const QStringList &list);

    /// Whether every object and array begun has ended.
    bool complete() const { return m_levels.empty() && m_started; }
    /// Hands what is left to the sink; false when the sink refused any piece.
    bool finish();

private:
    void beforeValue();
    void indent(size_t levels);
    void appendString(QStringView text);
    void appendLatin1(QLatin1StringView text);
    void afterValue();
    void end(char closer);

    struct Level
    {
        bool object = false;
        bool empty = true;
    };

    QByteArray m_buffer; // with a sink
    QByteArray &m_out;
    std::function<bool(const QByteArray &)> m_sink;
    qsizetype m_chunk = 0;
    bool m_sinkOk = true;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    bool m_started = false;
};

} // namespace ArchBoard
