#pragma once

#include "fragmentation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace ArchBoard {

/// The workspace's services by id, as the table and its filters need them.
struct ServiceDirectory
{
    QHash<QString, int> index;
    QStringList names;
    QStringList contexts;
};

/// What the mismatch table shows.
struct MismatchFilter
{
    int ecosystem = -1;
    QString service; ///< part of a service's name or id
    QString context; ///< a bounded context's id
    bool mismatchedOnly = true;
    bool operator==(const MismatchFilter &) const = default;
};

/**
 * One row per shared dependency of a FragmentationResult, filtered and
 * sorted here (a few hundred rows over 120 000 uses: no proxy, no widgets
 * per row). The versions column is written when a row is first shown.
 */
class MismatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EcosystemColumn, NameColumn, DriftColumn, OldestColumn, NewestColumn, ServicesColumn, VersionsColumn, ColumnCount };

    using Filter = MismatchFilter;

    explicit MismatchModel(QObject *parent);

    void setResult(std::shared_ptr<const FragmentationResult> result, std::shared_ptr<const ServiceDirectory> services, const Filter &filter);

    void setFilter(const Filter &filter);

    int totalRows() const;
    const SharedDependency *dependency(int row) const;

    /// The row of a dependency after the filters, or -1.
    int rowOf(Ecosystem ecosystem, const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QVariant data(const QModelIndex &index, int role) const override;

    void sort(int column, Qt::SortOrder order) override;

private:
    void rebuild();

    bool matches(const QString &service) const;

    bool passes(const SharedDependency &d) const;

    void sortRows();

    QString serviceName(const QString &id) const;

    /// The services of \a use to name: those the filters let through first.
    QStringList named(const VersionUse &use, qsizetype max, qsizetype *rest) const;

    QString versionsText(int row) const;

    QString versionsTip(const SharedDependency &d) const;

    std::shared_ptr<const FragmentationResult> m_result;
    std::shared_ptr<const ServiceDirectory> m_services;
    Filter m_filter;
    std::vector<int> m_rows;               ///< indices into m_result->dependencies, in display order
    std::vector<char> m_match;             ///< per service: let through by the filters (empty: no service filter)
    mutable std::vector<QString> m_versionText;
    int m_sortColumn = -1;                 ///< -1: the engine's order
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace ArchBoard
