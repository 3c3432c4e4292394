#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>

namespace ArchBoard::VotingProtocol {

/**
 * The messages a member's page sends over the WebSocket, and their strict
 * validation (docs/workshop-voting.md, "Protocol"). Every message is one JSON
 * object in a text frame with a "type"; a field the type does not have, a
 * missing field, a value of the wrong type or out of range is refused with an
 * error naming the field, and nothing of the message is applied.
 */

constexpr int kMaxMessageBytes = 4096;  ///< a larger message is refused unread
constexpr int kMaxNameLength = 60;      ///< characters of a rater name
constexpr int kMaxReasonLength = 200;   ///< characters of a one-line reason
constexpr int kDeviceLength = 32;       ///< hex digits of a device key (128 bits)
constexpr int kMaxCodeLength = 16;
constexpr qint64 kMaxSeq = 2147483647;

enum class MessageType { Hello, Join, Score, Ping };

struct ClientMessage
{
    MessageType type = MessageType::Ping;
    QString code;      ///< hello: the join code as typed
    QString name;      ///< join: the rater name, trimmed
    QString device;    ///< join: the device's random key (lower-case hex)
    qint64 seq = -1;   ///< score: the page's sequence number, echoed in the ack
    QString candidate; ///< score
    QString criterion; ///< score
    int score = 0;     ///< score: 1–5, 0 clears
    QString reason;    ///< score: optional, one line
};

/// Why a message was refused. \c code is stable (the page translates it),
/// \c message is English detail for logs and the page's second line.
struct ProtocolError
{
    QString code;
    QString field;
    QString message;
    bool isError() const { return !code.isEmpty(); }
};

struct Parsed
{
    std::optional<ClientMessage> message;
    ProtocolError error;
    qint64 seq = -1; ///< the message's seq when it could be read, for the error reply
};

/// Parses and validates one client message.
Parsed parse(QByteArrayView bytes);

ProtocolError error(const QString &code, const QString &field, const QString &message);

/// The server's reply to a refused message: {"type":"error","code",…}.
QByteArray errorReply(const ProtocolError &error, qint64 seq = -1);

/// A rater name as it is compared: whitespace trimmed and collapsed.
QString normalizedName(const QString &name);
/// Checks a rater name (after normalizedName()): 1–60 characters, no control characters.
bool isValidName(const QString &name, QString *why);
/// Checks a one-line reason: at most 200 characters, no control characters or line breaks.
bool isValidReason(const QString &reason, QString *why);

/// Compares secrets in time independent of where they differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

/**
 * Failed join attempts (wrong token or join code) per source address: more
 * than \c maxFailures within \c windowMs blocks that source until the window
 * has passed. Pure bookkeeping; the caller passes the clock.
 */
class AttemptLimiter
{
public:
    AttemptLimiter(int maxFailures = 8, qint64 windowMs = 60000);
    /// Milliseconds until \a source may try again; 0 when it may now.
    qint64 blockedForMs(const QString &source, qint64 nowMs) const;
    void recordFailure(const QString &source, qint64 nowMs);
    void forget(const QString &source);

private:
    struct Window
    {
        qint64 start = 0;
        int failures = 0;
    };
    int m_maxFailures;
    qint64 m_windowMs;
    QHash<QString, Window> m_windows;
};

/// A message budget per connection: \c burst messages at once, refilled at \c perSecond.
class TokenBucket
{
public:
    TokenBucket(double burst = 600, double perSecond = 100);
    bool take(qint64 nowMs);

private:
    double m_burst;
    double m_perSecond;
    double m_tokens;
    qint64 m_last = -1;
};

} // namespace ArchBoard::VotingProtocol
