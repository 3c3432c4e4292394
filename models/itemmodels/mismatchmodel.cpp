#include "mismatchmodel.h"

#include "fragmentationstyle.h"

#include <algorithm>

namespace ArchBoard {

MismatchModel::MismatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MismatchModel::setResult(std::shared_ptr<const FragmentationResult> result, std::shared_ptr<const ServiceDirectory> services, const Filter &filter)
{
    beginResetModel();
    m_result = std::move(result);
    m_services = std::move(services);
    m_filter = filter;
    rebuild();
    endResetModel();
}

void MismatchModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

int MismatchModel::totalRows() const
{
    return m_result ? int(m_result->dependencies.size()) : 0;
}

const SharedDependency *MismatchModel::dependency(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_result->dependencies[size_t(m_rows[size_t(row)])] : nullptr;
}

int MismatchModel::rowOf(Ecosystem ecosystem, const QString &name) const
{
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const SharedDependency &d = m_result->dependencies[size_t(m_rows[r])];
        if (d.ecosystem == ecosystem && d.name == name)
            return int(r);
    }
    return -1;
}

int MismatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MismatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MismatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case EcosystemColumn: return tr("Ecosystem");
        case NameColumn: return tr("Dependency");
        case DriftColumn: return tr("Drift");
        case OldestColumn: return tr("Oldest");
        case NewestColumn: return tr("Newest");
        case ServicesColumn: return tr("Services");
        case VersionsColumn: return tr("Versions in use (services)");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case DriftColumn: return tr("Semver distance between the oldest and the newest version in use");
        case VersionsColumn: return tr("Each version with the number of services on it and the first of them; hover for the list");
        }
    }
    return {};
}

QVariant MismatchModel::data(const QModelIndex &index, int role) const
{
    const SharedDependency *d = dependency(index.row());
    if (!d)
        return {};
    const bool drifts = d->drift.magnitude > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EcosystemColumn: return Enums::ecosystem.label(int(d->ecosystem));
        case NameColumn: return d->name;
        case DriftColumn: return d->oldest.isEmpty() ? QStringLiteral("—") : Fragmentation::describeDifference(d->drift);
        case OldestColumn: return d->oldest;
        case NewestColumn: return d->newest;
        case ServicesColumn: return d->services;
        case VersionsColumn: return versionsText(index.row());
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DriftColumn:
            return drifts ? tr("%1 → %2: %3").arg(d->oldest, d->newest, FragmentationStyle::driftLabel(d->drift.level).toLower())
                          : tr("Every service with a comparable version is on %1").arg(d->newest.isEmpty() ? tr("(none)") : d->newest);
        case VersionsColumn: return versionsTip(*d);
        case NameColumn: return QStringLiteral("%1 (%2)").arg(d->name, Enums::ecosystem.label(int(d->ecosystem)));
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == DriftColumn && drifts)
            return FragmentationStyle::driftColour(d->drift.level);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ServicesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

void MismatchModel::sort(int column, Qt::SortOrder order)
{
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    endResetModel();
}

void MismatchModel::rebuild()
{
    m_rows.clear();
    m_versionText.clear();
    m_match.clear();
    if (!m_result)
        return;
    m_versionText.resize(m_result->dependencies.size());
    // Which services the service and context filters let through (none set: all).
    const QString text = m_filter.service.trimmed();
    if ((!text.isEmpty() || !m_filter.context.isEmpty()) && m_services) {
        m_match.assign(size_t(m_services->names.size()), 0);
        for (auto it = m_services->index.cbegin(); it != m_services->index.cend(); ++it) {
            const int i = it.value();
            const bool byText = text.isEmpty() || it.key().contains(text, Qt::CaseInsensitive)
                || m_services->names.at(i).contains(text, Qt::CaseInsensitive);
            const bool byContext = m_filter.context.isEmpty() || m_services->contexts.at(i) == m_filter.context;
            m_match[size_t(i)] = byText && byContext;
        }
    }
    for (size_t i = 0; i < m_result->dependencies.size(); ++i) {
        if (passes(m_result->dependencies[i]))
            m_rows.push_back(int(i));
    }
    sortRows();
}

bool MismatchModel::matches(const QString &service) const
{
    if (m_match.empty())
        return true;
    const auto at = m_services->index.constFind(service);
    return at != m_services->index.cend() && m_match[size_t(at.value())];
}

bool MismatchModel::passes(const SharedDependency &d) const
{
    if (m_filter.ecosystem >= 0 && int(d.ecosystem) != m_filter.ecosystem)
        return false;
    if (m_filter.mismatchedOnly && d.versions.size() < 2)
        return false;
    if (m_match.empty())
        return true;
    for (const VersionUse &v : d.versions) {
        for (const QString &s : v.services) {
            if (matches(s))
                return true;
        }
    }
    return false;
}

void MismatchModel::sortRows()
{
    if (!m_result || m_sortColumn < 0)
        return;
    const auto &deps = m_result->dependencies;
    const int column = m_sortColumn;
    auto less = [&](int a, int b) {
        const SharedDependency &x = deps[size_t(a)];
        const SharedDependency &y = deps[size_t(b)];
        switch (column) {
        case EcosystemColumn: return int(x.ecosystem) < int(y.ecosystem);
        case DriftColumn: return x.drift.magnitude < y.drift.magnitude;
        case OldestColumn: return x.oldest < y.oldest;
        case NewestColumn: return x.newest < y.newest;
        case ServicesColumn: return x.services < y.services;
        case VersionsColumn: return x.versions.size() < y.versions.size();
        default: return x.name.compare(y.name, Qt::CaseInsensitive) < 0;
        }
    };
    // Stable, so equal keys keep the engine's order (worst drift first).
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_rows.begin(), m_rows.end(), less);
    else
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) { return less(b, a); });
}

QString MismatchModel::serviceName(const QString &id) const
{
    if (!m_services)
        return id;
    const auto at = m_services->index.constFind(id);
    return at == m_services->index.cend() ? id : m_services->names.at(at.value());
}

QStringList MismatchModel::named(const VersionUse &use, qsizetype max, qsizetype *rest) const
{
    QStringList out;
    for (int pass = 0; pass < 2 && out.size() < max; ++pass) {
        for (const QString &s : use.services) {
            if (out.size() >= max)
                break;
            const bool first = m_match.empty() || matches(s);
            if ((pass == 0) == first)
                out << serviceName(s);
        }
    }
    *rest = use.services.size() - out.size();
    return out;
}

QString MismatchModel::versionsText(int row) const
{
    const int source = m_rows[size_t(row)];
    QString &text = m_versionText[size_t(source)];
    if (!text.isNull())
        return text;
    const SharedDependency &d = m_result->dependencies[size_t(source)];
    constexpr size_t kVersions = 6;
    QStringList parts;
    for (size_t i = 0; i < d.versions.size() && i < kVersions; ++i) {
        const VersionUse &v = d.versions[i];
        qsizetype rest = 0;
        QString names = named(v, 3, &rest).join(QStringLiteral(", "));
        if (rest > 0)
            names += QStringLiteral(", …");
        parts << tr("%1 (%2): %3").arg(v.version).arg(v.services.size()).arg(names);
    }
    if (d.versions.size() > kVersions)
        parts << tr("%1 more versions").arg(d.versions.size() - kVersions);
    text = parts.join(QStringLiteral("; "));
    return text;
}

QString MismatchModel::versionsTip(const SharedDependency &d) const
{
    // Every service while the list is readable; a bounded list past that.
    constexpr size_t kVersions = 30;
    constexpr qsizetype kNames = 40;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> (%2)").arg(d.name.toHtmlEscaped(), Enums::ecosystem.label(int(d.ecosystem)));
    for (size_t i = 0; i < d.versions.size() && i < kVersions; ++i) {
        const VersionUse &v = d.versions[i];
        qsizetype rest = 0;
        QStringList names = named(v, kNames, &rest);
        for (QString &n : names)
            n = n.toHtmlEscaped();
        QString line = QStringLiteral("<b>%1</b>").arg(v.version.toHtmlEscaped());
        if (!v.note.isEmpty())
            line += QStringLiteral(" <i>(%1)</i>").arg(v.note.toHtmlEscaped());
        line += QStringLiteral(" — ") + names.join(QStringLiteral(", "));
        if (rest > 0)
            line += tr(" and %1 more").arg(rest);
        lines << line;
    }
    if (d.versions.size() > kVersions)
        lines << tr("… and %1 more versions").arg(d.versions.size() - kVersions);
    return QStringLiteral("<p style='white-space:pre-wrap'>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

} // namespace ArchBoard
