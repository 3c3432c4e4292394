#include "backgroundwork.h"

#include <QThreadPool>

namespace ArchBoard {

QThreadPool *backgroundPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process: workers may still finish at exit
        p->setObjectName(QStringLiteral("ArchBoard background work"));
        return p;
    }();
    return pool;
}

} // namespace ArchBoard
