#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>

namespace ArchBoard::VotingHttp {

constexpr int kMaxRequestHead = 8192; ///< request line and headers; more is refused (431)

/// A request head: the only requests the voting server answers are GETs
/// without a body (the page, its script and style, the texts, the WebSocket upgrade).
struct Request
{
    QByteArray method;
    QByteArray path;  ///< without the query
    QByteArray version;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names, values trimmed
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    bool isWebSocketUpgrade() const;
};

/// Length of the head (up to and including the blank line) in \a bytes, or -1 while incomplete.
qsizetype headLength(QByteArrayView bytes);
/// Parses a complete head; nullopt when it is not HTTP/1.x.
std::optional<Request> parse(QByteArrayView head);

/// A complete response with the security headers every answer carries
/// (strict CSP for the page, no caching, no referrer: the token is in the URL).
QByteArray response(int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &connectSources,
                    bool headOnly = false);
QByteArray statusText(int status);

/// The Content-Security-Policy of every response; \a connectSources are the
/// WebSocket origins the page may connect to besides 'self'.
QByteArray contentSecurityPolicy(const QByteArray &connectSources);

} // namespace ArchBoard::VotingHttp
