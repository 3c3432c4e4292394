#include "votinghttp.h"

#include <QList>

namespace ArchBoard::VotingHttp {

bool Request::isWebSocketUpgrade() const
{
    return header("upgrade").toLower() == "websocket" && header("connection").toLower().contains("upgrade");
}

qsizetype headLength(QByteArrayView bytes)
{
    const qsizetype end = bytes.indexOf(QByteArrayView("\r\n\r\n"));
    return end < 0 ? -1 : end + 4;
}

std::optional<Request> parse(QByteArrayView head)
{
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    if (lines.isEmpty())
        return std::nullopt;
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    if (first.size() != 3 || !first.at(2).startsWith("HTTP/1."))
        return std::nullopt;
    Request r;
    r.method = first.at(0);
    r.path = first.at(1);
    r.version = first.at(2);
    const qsizetype query = r.path.indexOf('?');
    if (query >= 0)
        r.path.truncate(query);
    if (!r.path.startsWith('/'))
        return std::nullopt;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return r;
}

QByteArray statusText(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

QByteArray contentSecurityPolicy(const QByteArray &connectSources)
{
    // No inline script or style, nothing from anywhere else: the page, its
    // script and style come from this server, the WebSocket goes back to it.
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self' " + connectSources
        + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

QByteArray response(int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &connectSources, bool headOnly)
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) + "\r\n";
    r += "Content-Type: " + contentType + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    r += "Content-Security-Policy: " + contentSecurityPolicy(connectSources) + "\r\n";
    r += "X-Content-Type-Options: nosniff\r\n";
    r += "X-Frame-Options: DENY\r\n";
    r += "Referrer-Policy: no-referrer\r\n";
    r += "Cache-Control: no-store\r\n";
    r += "Cross-Origin-Resource-Policy: same-origin\r\n";
    r += "Connection: close\r\n\r\n";
    if (!headOnly)
        r += body;
    return r;
}

} // namespace ArchBoard::VotingHttp
