#include "votingprotocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ArchBoard::VotingProtocol {

namespace {

// Messages stay in English here: the page shows its own text for the code
// (in the member's language) and this as the detail.
const QHash<QString, MessageType> &types()
{
    static const QHash<QString, MessageType> t{
        {QStringLiteral("hello"), MessageType::Hello},
        {QStringLiteral("join"), MessageType::Join},
        {QStringLiteral("score"), MessageType::Score},
        {QStringLiteral("ping"), MessageType::Ping},
    };
    return t;
}

QSet<QString> allowedFields(MessageType type)
{
    switch (type) {
    case MessageType::Hello: return {QStringLiteral("type"), QStringLiteral("code")};
    case MessageType::Join: return {QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("device")};
    case MessageType::Score:
        return {QStringLiteral("type"), QStringLiteral("seq"), QStringLiteral("candidate"), QStringLiteral("criterion"),
                QStringLiteral("score"), QStringLiteral("reason")};
    case MessageType::Ping: return {QStringLiteral("type")};
    }
    return {};
}

bool hasControl(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph;
    });
}

/// A required string field of at most \a maxLength characters.
bool stringField(const QJsonObject &o, const char *key, int maxLength, QString *out, ProtocolError *err)
{
    const QString name = QString::fromLatin1(key);
    const QJsonValue v = o.value(name);
    if (v.isUndefined()) {
        *err = error(QStringLiteral("missing-field"), name, QStringLiteral("“%1” is missing").arg(name));
        return false;
    }
    if (!v.isString()) {
        *err = error(QStringLiteral("bad-value"), name, QStringLiteral("“%1” must be a string").arg(name));
        return false;
    }
    *out = v.toString();
    if (out->size() > maxLength) {
        *err = error(QStringLiteral("bad-value"), name, QStringLiteral("“%1” is longer than %2 characters").arg(name).arg(maxLength));
        return false;
    }
    return true;
}

/// An integral JSON number in [lo, hi].
bool integerField(const QJsonValue &v, const QString &name, qint64 lo, qint64 hi, qint64 *out, ProtocolError *err)
{
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d || d < double(lo) || d > double(hi)) {
        *err = error(QStringLiteral("bad-value"), name, QStringLiteral("“%1” must be a whole number from %2 to %3").arg(name).arg(lo).arg(hi));
        return false;
    }
    *out = qint64(d);
    return true;
}

bool isHex(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

} // namespace

ProtocolError error(const QString &code, const QString &field, const QString &message)
{
    return {code, field, message};
}

Parsed parse(QByteArrayView bytes)
{
    Parsed p;
    if (bytes.size() > kMaxMessageBytes) {
        p.error = error(QStringLiteral("too-large"), {}, QStringLiteral("message larger than %1 bytes").arg(kMaxMessageBytes));
        return p;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        p.error = error(QStringLiteral("not-json"), {}, QStringLiteral("not a JSON object"));
        return p;
    }
    const QJsonObject o = doc.object();
    // The seq comes back with any error, so the page knows which score failed.
    if (o.value(QStringLiteral("seq")).isDouble()) {
        const double seq = o.value(QStringLiteral("seq")).toDouble();
        if (seq >= 0 && seq <= double(kMaxSeq) && std::floor(seq) == seq)
            p.seq = qint64(seq);
    }
    const QJsonValue typeValue = o.value(QStringLiteral("type"));
    if (!typeValue.isString() || !types().contains(typeValue.toString())) {
        p.error = error(QStringLiteral("bad-type"), QStringLiteral("type"),
                        QStringLiteral("“type” must be one of hello, join, score, ping"));
        return p;
    }
    ClientMessage m;
    m.type = types().value(typeValue.toString());
    const QSet<QString> allowed = allowedFields(m.type);
    QStringList keys = o.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        if (!allowed.contains(key)) {
            p.error = error(QStringLiteral("unknown-field"), key.left(40),
                            QStringLiteral("unknown field “%1” in a %2 message").arg(key.left(40), typeValue.toString()));
            return p;
        }
    }
    ProtocolError &err = p.error;
    switch (m.type) {
    case MessageType::Ping:
        break;
    case MessageType::Hello:
        if (!stringField(o, "code", kMaxCodeLength, &m.code, &err))
            return p;
        break;
    case MessageType::Join: {
        if (!stringField(o, "name", kMaxNameLength * 2, &m.name, &err) || !stringField(o, "device", kDeviceLength, &m.device, &err))
            return p;
        m.name = normalizedName(m.name);
        QString why;
        if (!isValidName(m.name, &why)) {
            err = error(QStringLiteral("bad-name"), QStringLiteral("name"), why);
            return p;
        }
        if (m.device.size() != kDeviceLength || !isHex(m.device)) {
            err = error(QStringLiteral("bad-value"), QStringLiteral("device"),
                        QStringLiteral("“device” must be %1 lower-case hex digits").arg(kDeviceLength));
            return p;
        }
        break;
    }
    case MessageType::Score: {
        if (!integerField(o.value(QStringLiteral("seq")), QStringLiteral("seq"), 0, kMaxSeq, &m.seq, &err))
            return p;
        if (!stringField(o, "candidate", 64, &m.candidate, &err) || !stringField(o, "criterion", 64, &m.criterion, &err))
            return p;
        const QJsonValue score = o.value(QStringLiteral("score"));
        if (score.isUndefined()) {
            err = error(QStringLiteral("missing-field"), QStringLiteral("score"), QStringLiteral("“score” is missing"));
            return p;
        }
        if (!score.isNull()) {
            qint64 s = 0;
            if (!integerField(score, QStringLiteral("score"), 1, 5, &s, &err)) {
                err.code = QStringLiteral("bad-score");
                err.message = QStringLiteral("“score” must be 1, 2, 3, 4, 5 or null (clear)");
                return p;
            }
            m.score = int(s);
        }
        if (o.contains(QStringLiteral("reason"))) {
            if (!stringField(o, "reason", kMaxReasonLength, &m.reason, &err))
                return p;
            QString why;
            if (!isValidReason(m.reason, &why)) {
                err = error(QStringLiteral("bad-value"), QStringLiteral("reason"), why);
                return p;
            }
            m.reason = m.reason.trimmed();
        }
        break;
    }
    }
    p.message = m;
    return p;
}

QByteArray errorReply(const ProtocolError &e, qint64 seq)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("error")},
                  {QStringLiteral("code"), e.code},
                  {QStringLiteral("message"), e.message}};
    if (!e.field.isEmpty())
        o.insert(QStringLiteral("field"), e.field);
    if (seq >= 0)
        o.insert(QStringLiteral("seq"), double(seq));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString normalizedName(const QString &name)
{
    return name.simplified();
}

bool isValidName(const QString &name, QString *why)
{
    if (name.isEmpty()) {
        *why = QStringLiteral("the name is empty");
        return false;
    }
    if (name.size() > kMaxNameLength) {
        *why = QStringLiteral("the name is longer than %1 characters").arg(kMaxNameLength);
        return false;
    }
    if (hasControl(name)) {
        *why = QStringLiteral("the name contains control characters");
        return false;
    }
    return true;
}

bool isValidReason(const QString &reason, QString *why)
{
    if (reason.size() > kMaxReasonLength) {
        *why = QStringLiteral("the reason is longer than %1 characters").arg(kMaxReasonLength);
        return false;
    }
    if (hasControl(reason)) {
        *why = QStringLiteral("the reason must be one line without control characters");
        return false;
    }
    return true;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

AttemptLimiter::AttemptLimiter(int maxFailures, qint64 windowMs)
    : m_maxFailures(maxFailures)
    , m_windowMs(windowMs)
{
}

qint64 AttemptLimiter::blockedForMs(const QString &source, qint64 nowMs) const
{
    const auto it = m_windows.constFind(source);
    if (it == m_windows.cend() || it->failures < m_maxFailures)
        return 0;
    return std::max<qint64>(0, it->start + m_windowMs - nowMs);
}

void AttemptLimiter::recordFailure(const QString &source, qint64 nowMs)
{
    Window &w = m_windows[source];
    if (w.failures == 0 || nowMs - w.start >= m_windowMs) {
        w.start = nowMs;
        w.failures = 0;
    }
    ++w.failures;
    // Bounded memory under a flood of sources: old windows go first.
    if (m_windows.size() > 4096) {
        for (auto i = m_windows.begin(); i != m_windows.end();)
            i = nowMs - i->start >= m_windowMs ? m_windows.erase(i) : std::next(i);
    }
}

void AttemptLimiter::forget(const QString &source)
{
    m_windows.remove(source);
}

TokenBucket::TokenBucket(double burst, double perSecond)
    : m_burst(burst)
    , m_perSecond(perSecond)
    , m_tokens(burst)
{
}

bool TokenBucket::take(qint64 nowMs)
{
    if (m_last >= 0)
        m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_last) * m_perSecond / 1000.0);
    m_last = nowMs;
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

} // namespace ArchBoard::VotingProtocol
