#include "madrformat.h"

namespace ArchBoard::Madr {

QString slug(const QString &title)
{
    QString s;
    for (QChar c : title.toLower()) {
        const char16_t u = c.unicode();
        const bool keep = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9');
        if (keep)
            s += c;
        else if (!s.isEmpty() && !s.endsWith(u'-'))
            s += u'-';
        if (s.size() >= 60)
            break;
    }
    while (s.endsWith(u'-'))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("decision") : s;
}

QString fileName(const DecisionRecord &record)
{
    return QStringLiteral("%1-%2.md").arg(record.number, 4, 10, QChar(u'0')).arg(slug(record.title));
}

} // namespace ArchBoard::Madr
