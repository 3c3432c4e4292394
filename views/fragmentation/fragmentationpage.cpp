#include "fragmentationpage.h"

#include "analysis.h"
#include "backgroundwork.h"
#include "diagramview.h"
#include "document.h"
#include "driftgraph.h"
#include "fragmentationcharts.h"
#include "workspace.h"

#include <QAbstractTableModel>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

namespace ArchBoard {

// --- the mismatch table -------------------------------------------------------------------------

namespace {

QString pageTr(const char *text)
{
    return FragmentationPage::tr(text);
}

/// The workspace's services by id, as the table and its filters need them.
struct ServiceDirectory
{
    QHash<QString, int> index;
    QStringList names;
    QStringList contexts;
};

/// The metrics in the order the cards show them.
constexpr FragmentationMetric kCardOrder[] = {FragmentationMetric::VersionDrift, FragmentationMetric::ProtocolConsistency,
                                               FragmentationMetric::PeerDependencyHygiene, FragmentationMetric::StackHeterogeneity};

} // namespace

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
public:
    enum Column { EcosystemColumn, NameColumn, DriftColumn, OldestColumn, NewestColumn, ServicesColumn, VersionsColumn, ColumnCount };

    using Filter = MismatchFilter;

    explicit MismatchModel(QObject *parent)
        : QAbstractTableModel(parent)
    {
    }

    void setResult(std::shared_ptr<const FragmentationResult> result, std::shared_ptr<const ServiceDirectory> services, const Filter &filter)
    {
        beginResetModel();
        m_result = std::move(result);
        m_services = std::move(services);
        m_filter = filter;
        rebuild();
        endResetModel();
    }

    void setFilter(const Filter &filter)
    {
        if (filter == m_filter)
            return;
        beginResetModel();
        m_filter = filter;
        rebuild();
        endResetModel();
    }

    int totalRows() const { return m_result ? int(m_result->dependencies.size()) : 0; }
    const SharedDependency *dependency(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_result->dependencies[size_t(m_rows[size_t(row)])] : nullptr;
    }

    /// The row of a dependency after the filters, or -1.
    int rowOf(Ecosystem ecosystem, const QString &name) const
    {
        for (size_t r = 0; r < m_rows.size(); ++r) {
            const SharedDependency &d = m_result->dependencies[size_t(m_rows[r])];
            if (d.ecosystem == ecosystem && d.name == name)
                return int(r);
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::DisplayRole) {
            switch (section) {
            case EcosystemColumn: return pageTr("Ecosystem");
            case NameColumn: return pageTr("Dependency");
            case DriftColumn: return pageTr("Drift");
            case OldestColumn: return pageTr("Oldest");
            case NewestColumn: return pageTr("Newest");
            case ServicesColumn: return pageTr("Services");
            case VersionsColumn: return pageTr("Versions in use (services)");
            }
        } else if (role == Qt::ToolTipRole) {
            switch (section) {
            case DriftColumn: return pageTr("Semver distance between the oldest and the newest version in use");
            case VersionsColumn: return pageTr("Each version with the number of services on it and the first of them; hover for the list");
            }
        }
        return {};
    }

    QVariant data(const QModelIndex &index, int role) const override
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
            case DriftColumn: return d->oldest.isEmpty() ? QStringLiteral("—") : Fragmentation::describeDistance(d->drift.magnitude);
            case OldestColumn: return d->oldest;
            case NewestColumn: return d->newest;
            case ServicesColumn: return d->services;
            case VersionsColumn: return versionsText(index.row());
            }
            break;
        case Qt::ToolTipRole:
            switch (index.column()) {
            case DriftColumn:
                return drifts ? pageTr("%1 → %2: %3").arg(d->oldest, d->newest, FragmentationCharts::driftLabel(d->drift.level).toLower())
                              : pageTr("Every service with a comparable version is on %1").arg(d->newest.isEmpty() ? pageTr("(none)") : d->newest);
            case VersionsColumn: return versionsTip(*d);
            case NameColumn: return QStringLiteral("%1 (%2)").arg(d->name, Enums::ecosystem.label(int(d->ecosystem)));
            }
            break;
        case Qt::ForegroundRole:
            if (index.column() == DriftColumn && drifts)
                return FragmentationCharts::driftColour(d->drift.level);
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

    void sort(int column, Qt::SortOrder order) override
    {
        beginResetModel();
        m_sortColumn = column;
        m_sortOrder = order;
        sortRows();
        endResetModel();
    }

private:
    void rebuild()
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

    bool matches(const QString &service) const
    {
        if (m_match.empty())
            return true;
        const auto at = m_services->index.constFind(service);
        return at != m_services->index.cend() && m_match[size_t(at.value())];
    }

    bool passes(const SharedDependency &d) const
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

    void sortRows()
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

    QString serviceName(const QString &id) const
    {
        if (!m_services)
            return id;
        const auto at = m_services->index.constFind(id);
        return at == m_services->index.cend() ? id : m_services->names.at(at.value());
    }

    /// The services of \a use to name: those the filters let through first.
    QStringList named(const VersionUse &use, qsizetype max, qsizetype *rest) const
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

    QString versionsText(int row) const
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
            parts << pageTr("%1 (%2): %3").arg(v.version).arg(v.services.size()).arg(names);
        }
        if (d.versions.size() > kVersions)
            parts << pageTr("%1 more versions").arg(d.versions.size() - kVersions);
        text = parts.join(QStringLiteral("; "));
        return text;
    }

    QString versionsTip(const SharedDependency &d) const
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
                line += pageTr(" and %1 more").arg(rest);
            lines << line;
        }
        if (d.versions.size() > kVersions)
            lines << pageTr("… and %1 more versions").arg(d.versions.size() - kVersions);
        return QStringLiteral("<p style='white-space:pre-wrap'>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }

    std::shared_ptr<const FragmentationResult> m_result;
    std::shared_ptr<const ServiceDirectory> m_services;
    Filter m_filter;
    std::vector<int> m_rows;               ///< indices into m_result->dependencies, in display order
    std::vector<char> m_match;             ///< per service: let through by the filters (empty: no service filter)
    mutable std::vector<QString> m_versionText;
    int m_sortColumn = -1;                 ///< -1: the engine's order
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

// --- helpers ------------------------------------------------------------------------------------

namespace {

const FragmentationThreshold *thresholdOf(const Workspace &ws, FragmentationMetric metric)
{
    // The first row counts, as in Fragmentation::level().
    for (const FragmentationThreshold &t : ws.fragmentationThresholds) {
        if (t.metric == metric)
            return &t;
    }
    return nullptr;
}

/// A value in the metric's own terms.
QString metricText(FragmentationMetric metric, std::optional<double> value)
{
    if (!value)
        return QStringLiteral("—");
    switch (metric) {
    case FragmentationMetric::VersionDrift: return Fragmentation::describeDistance(*value);
    case FragmentationMetric::ProtocolConsistency:
    case FragmentationMetric::PeerDependencyHygiene: return pageTr("%1 %").arg(QLocale().toString(*value, 'f', 1));
    case FragmentationMetric::StackHeterogeneity: {
        const int n = int(std::lround(*value));
        return n == 1 ? pageTr("1 runtime version") : pageTr("%1 runtime versions").arg(n);
    }
    }
    return {};
}

/// A threshold in the metric's terms: "1 minor", "95 %", "5".
QString limitText(FragmentationMetric metric, double limit)
{
    switch (metric) {
    case FragmentationMetric::VersionDrift: return Fragmentation::describeDistance(limit);
    case FragmentationMetric::ProtocolConsistency:
    case FragmentationMetric::PeerDependencyHygiene: return pageTr("%1 %").arg(QLocale().toString(limit, 'g', 4));
    case FragmentationMetric::StackHeterogeneity: return QLocale().toString(limit, 'g', 4);
    }
    return {};
}

QString shortMetricName(FragmentationMetric metric)
{
    switch (metric) {
    case FragmentationMetric::VersionDrift: return pageTr("version drift");
    case FragmentationMetric::ProtocolConsistency: return pageTr("protocol consistency");
    case FragmentationMetric::PeerDependencyHygiene: return pageTr("peer-dependency hygiene");
    case FragmentationMetric::StackHeterogeneity: return pageTr("stack heterogeneity");
    }
    return {};
}

bool lowerIsBetter(const Workspace &ws, FragmentationMetric metric)
{
    if (const FragmentationThreshold *t = thresholdOf(ws, metric))
        return t->direction == Direction::LowerIsBetter;
    return metric == FragmentationMetric::VersionDrift || metric == FragmentationMetric::StackHeterogeneity;
}

std::optional<double> recordValue(const ScanRecord &r, FragmentationMetric metric)
{
    switch (metric) {
    case FragmentationMetric::VersionDrift: return r.versionDrift;
    case FragmentationMetric::ProtocolConsistency: return r.protocolConsistency;
    case FragmentationMetric::PeerDependencyHygiene: return r.peerDependencyHygiene;
    case FragmentationMetric::StackHeterogeneity: return r.stackHeterogeneity;
    }
    return std::nullopt;
}

/// "version drift 3.2 major → 1.4 major ▼; …": the metrics that changed from \a from to \a to.
/// \a better and \a worse count the changes for the better and the worse.
QString scanChange(const Workspace &ws, const ScanRecord &from, const ScanRecord &to, int *better, int *worse)
{
    QStringList parts;
    *better = *worse = 0;
    for (FragmentationMetric m : kCardOrder) {
        const std::optional<double> a = recordValue(from, m);
        const std::optional<double> b = recordValue(to, m);
        if (a == b || (a && b && metricText(m, a) == metricText(m, b)))
            continue;
        QString arrow;
        if (a && b) {
            arrow = *b < *a ? QStringLiteral(" ▼") : QStringLiteral(" ▲");
            const bool improved = (*b < *a) == lowerIsBetter(ws, m);
            ++(improved ? *better : *worse);
        }
        parts << QStringLiteral("%1 %2 → %3%4").arg(shortMetricName(m), metricText(m, a), metricText(m, b), arrow);
    }
    return parts.isEmpty() ? pageTr("no change") : parts.join(QStringLiteral("; "));
}

QString scanLabel(const ScanRecord &r)
{
    const QDateTime when = QDateTime::fromString(r.takenAt, Qt::ISODate);
    const QString date = when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : r.takenAt;
    return QStringLiteral("%1 · %2").arg(date, QFileInfo(r.root).fileName().isEmpty() ? r.root : QFileInfo(r.root).fileName());
}

} // namespace

// --- the page -----------------------------------------------------------------------------------

struct FragmentationPage::ScanJob
{
    QString folder;
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> progressPosted{false}; ///< a progress update is on its way to the GUI thread
    QElapsedTimer clock;
    std::shared_ptr<const ScanResult> result;
    QDateTime when;
    quint64 mergeRevision = 0;
    int merges = 0;
    QString cancelReason;
};

FragmentationPage::FragmentationPage(Analysis *analysis, DiagramRenderer *renderer, QWidget *parent)
    : QWidget(parent)
    , m_analysis(analysis)
    , m_chart(new QChartView(new QChart, this))
    , m_model(new MismatchModel(this))
    , m_table(new QTableView(this))
    , m_ecosystem(new QComboBox(this))
    , m_service(new QLineEdit(this))
    , m_context(new QComboBox(this))
    , m_mismatchedOnly(new QCheckBox(tr("Mismatched only"), this))
    , m_graph(new DiagramView(renderer, this))
    , m_graphNote(new QLabel(this))
    , m_sideTabs(new QTabWidget(this))
    , m_history(new QTableWidget(this))
    , m_compareFrom(new QComboBox(this))
    , m_compareTo(new QComboBox(this))
    , m_comparison(new QLabel(this))
    , m_errors(new QListWidget(this))
    , m_scanButton(new QPushButton(tr("Scan folder…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_scanStatus(new QLabel(this))
    , m_busy(new QLabel(this))
{
    setObjectName(QStringLiteral("fragmentationPage"));
    Document *doc = analysis->document();

    // Top: title, the scan controls and what the last scan did.
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Ecosystem fragmentation")), this));
    m_busy->setObjectName(QStringLiteral("analysisBusy"));
    m_busy->setText(tr("Updating the metrics…"));
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->hide();
    top->addWidget(m_busy);
    top->addSpacing(12);
    m_scanStatus->setObjectName(QStringLiteral("scanStatus"));
    m_scanStatus->setWordWrap(true);
    m_scanStatus->setTextFormat(Qt::PlainText);
    m_scanStatus->setText(tr("Scan a monorepo or a folder of checkouts: its manifests become services and dependencies, stored as one undo step."));
    m_scanStatus->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_scanStatus, 1);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setFixedWidth(220);
    m_progress->hide();
    top->addWidget(m_progress);
    m_cancelButton->setObjectName(QStringLiteral("cancelScanButton"));
    m_cancelButton->setToolTip(tr("Stop the scan; nothing is stored"));
    m_cancelButton->hide();
    top->addWidget(m_cancelButton);
    m_scanButton->setObjectName(QStringLiteral("scanButton"));
    m_scanButton->setToolTip(tr("Read the manifests of a folder (package.json, go.mod, Cargo.toml, pom.xml, requirements.txt, …) into the workspace"));
    top->addWidget(m_scanButton);
    connect(m_scanButton, &QPushButton::clicked, this, &FragmentationPage::scanFolderDialog);
    connect(m_cancelButton, &QPushButton::clicked, this, &FragmentationPage::cancelScan);

    // The metric cards.
    auto *cards = new QHBoxLayout;
    for (FragmentationMetric m : kCardOrder) {
        Card &card = m_cards[size_t(m)];
        card.frame = new QFrame(this);
        card.frame->setObjectName(QStringLiteral("metricCard-") + Fragmentation::metricKey(m));
        card.frame->setCursor(Qt::PointingHandCursor);
        card.frame->installEventFilter(this);
        auto *grid = new QGridLayout(card.frame);
        grid->setContentsMargins(12, 8, 10, 8);
        grid->setVerticalSpacing(2);
        card.title = new QLabel(Enums::fragmentationMetric.label(int(m)), card.frame);
        QFont bold = card.title->font();
        bold.setBold(true);
        card.title->setFont(bold);
        card.value = new QLabel(QStringLiteral("…"), card.frame);
        card.value->setObjectName(QStringLiteral("metricValue"));
        QFont big = card.value->font();
        big.setPointSizeF(big.pointSizeF() * 1.7);
        big.setBold(true);
        card.value->setFont(big);
        card.badge = new QLabel(card.frame);
        card.badge->setObjectName(QStringLiteral("metricLevel"));
        card.badge->setAlignment(Qt::AlignCenter);
        card.detail = new QLabel(card.frame);
        card.detail->setWordWrap(true);
        card.detail->setTextFormat(Qt::PlainText);
        card.detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        QFont small = card.detail->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        card.detail->setFont(small);
        grid->addWidget(card.title, 0, 0, 1, 2);
        grid->addWidget(card.value, 1, 0);
        grid->addWidget(card.badge, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(card.detail, 2, 0, 1, 2);
        grid->setColumnStretch(0, 1);
        grid->setRowStretch(2, 1);
        cards->addWidget(card.frame, 1);
    }

    // The drift chart and graph.
    m_chart->setObjectName(QStringLiteral("driftChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_chart->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_chart->installEventFilter(this);
    m_chartTimer.setSingleShot(true);
    m_chartTimer.setInterval(60);
    connect(&m_chartTimer, &QTimer::timeout, this, &FragmentationPage::refreshChart);
    auto *graphBox = new QWidget(this);
    auto *graphLayout = new QVBoxLayout(graphBox);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    m_graphNote->setObjectName(QStringLiteral("graphNote"));
    m_graphNote->setWordWrap(true);
    m_graphNote->setMinimumWidth(200); // wraps rather than widening its side of the splitter
    m_graphNote->setTextFormat(Qt::PlainText);
    graphLayout->addWidget(m_graphNote);
    graphLayout->addWidget(m_graph, 1);
    connect(m_graph, &DiagramView::elementClicked, this, &FragmentationPage::onGraphClicked);
    connect(m_graph, &DiagramView::elementActivated, this, &FragmentationPage::onGraphClicked);

    // The mismatch table with its filters.
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_ecosystem->setObjectName(QStringLiteral("ecosystemFilter"));
    m_ecosystem->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_service->setObjectName(QStringLiteral("serviceFilter"));
    m_service->setPlaceholderText(tr("Filter by service name or id"));
    m_service->setMinimumWidth(140);
    m_ecosystem->setToolTip(tr("Only dependencies of this ecosystem"));
    m_context->setToolTip(tr("Only dependencies used by services of this bounded context"));
    m_service->setClearButtonEnabled(true);
    m_context->setObjectName(QStringLiteral("contextFilter"));
    m_context->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_context->setMaximumWidth(220);
    m_mismatchedOnly->setObjectName(QStringLiteral("mismatchedOnly"));
    m_mismatchedOnly->setChecked(true);
    m_mismatchedOnly->setToolTip(tr("Only dependencies used in two or more versions"));
    // The combos' first items and the placeholder say what they filter: room for the table.
    filters->addWidget(m_ecosystem);
    filters->addWidget(m_context);
    filters->addWidget(m_service, 1);
    filters->addWidget(m_mismatchedOnly);
    tableLayout->addLayout(filters);
    m_table->setObjectName(QStringLiteral("mismatchTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsClickable(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model, &MismatchModel::sort);
    const QFontMetrics fm = m_table->fontMetrics();
    // The versions column gets what is left: names elide (tooltips carry them whole).
    m_table->setColumnWidth(MismatchModel::EcosystemColumn, fm.horizontalAdvance(QStringLiteral("Go modules")) + 12);
    m_table->setColumnWidth(MismatchModel::NameColumn, fm.horizontalAdvance(QStringLiteral("spring-boot-starter")) + 12);
    m_table->setColumnWidth(MismatchModel::DriftColumn, fm.horizontalAdvance(QStringLiteral("3.25 major")) + 12);
    m_table->setColumnWidth(MismatchModel::OldestColumn, fm.horizontalAdvance(QStringLiteral("4.17.21-rc.1")) + 12);
    m_table->setColumnWidth(MismatchModel::NewestColumn, fm.horizontalAdvance(QStringLiteral("4.17.21-rc.1")) + 12);
    m_table->setColumnWidth(MismatchModel::ServicesColumn, fm.horizontalAdvance(tr("Services")) + 16);
    tableLayout->addWidget(m_table, 1);
    connect(m_ecosystem, &QComboBox::currentIndexChanged, this, &FragmentationPage::applyFilter);
    connect(m_context, &QComboBox::currentIndexChanged, this, &FragmentationPage::applyFilter);
    connect(m_mismatchedOnly, &QCheckBox::toggled, this, &FragmentationPage::applyFilter);
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(200);
    connect(&m_filterTimer, &QTimer::timeout, this, &FragmentationPage::applyFilter);
    connect(m_service, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));

    // Scan history with a comparison of two scans, and the last scan's errors.
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(4, 4, 4, 4);
    m_history->setObjectName(QStringLiteral("scanHistory"));
    m_history->setColumnCount(10);
    // The change first: what a board looks for; the folder last, stretched.
    m_history->setHorizontalHeaderLabels({tr("Taken"), tr("Change since the previous scan"), tr("Version drift"), tr("Protocol consistency"),
                                          tr("Peer hygiene"), tr("Stacks"), tr("Manifests"), tr("Services"), tr("Errors"), tr("Folder")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setWordWrap(false);
    historyLayout->addWidget(m_history, 1);
    auto *compare = new QHBoxLayout;
    m_compareFrom->setObjectName(QStringLiteral("compareFrom"));
    m_compareTo->setObjectName(QStringLiteral("compareTo"));
    compare->addWidget(new QLabel(tr("Compare"), this));
    compare->addWidget(m_compareFrom, 1);
    compare->addWidget(new QLabel(tr("with"), this));
    compare->addWidget(m_compareTo, 1);
    historyLayout->addLayout(compare);
    m_comparison->setObjectName(QStringLiteral("scanComparison"));
    m_comparison->setWordWrap(true);
    m_comparison->setTextFormat(Qt::PlainText);
    historyLayout->addWidget(m_comparison);
    connect(m_compareFrom, &QComboBox::currentIndexChanged, this, &FragmentationPage::refreshComparison);
    connect(m_compareTo, &QComboBox::currentIndexChanged, this, &FragmentationPage::refreshComparison);
    m_errors->setObjectName(QStringLiteral("scanErrors"));
    m_errors->setUniformItemSizes(true);
    m_sideTabs->setObjectName(QStringLiteral("fragmentationTabs"));
    m_sideTabs->addTab(tableBox, tr("Shared dependencies"));
    m_sideTabs->addTab(historyBox, tr("Scan history"));
    m_sideTabs->addTab(m_errors, tr("Scan errors"));

    // Left the figures (chart over the tables), right the picture.
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_chart);
    left->addWidget(m_sideTabs);
    left->setSizes({340, 260});
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(graphBox);
    split->setSizes({700, 520});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(cards);
    layout->addWidget(split, 1);

    connect(analysis, &Analysis::updated, this, &FragmentationPage::onUpdated);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &FragmentationPage::refresh);
    connect(&m_metricsWatcher, &QFutureWatcher<std::shared_ptr<const FragmentationResult>>::finished, this, &FragmentationPage::onAnalysisDone);
    connect(&m_scanWatcher, &QFutureWatcher<ScanResult>::finished, this, &FragmentationPage::onScanDone);
    connect(&m_mergeWatcher, &QFutureWatcher<MergedScan>::finished, this, &FragmentationPage::onMergeDone);
    connect(doc, &Document::readOnlyChanged, this, [this](bool readOnly) { m_scanButton->setEnabled(!readOnly && !m_job); });
    connect(doc, &Document::workspaceReset, this, [this] {
        // Another workspace (opened, new, an undone scan): a scan under way would land in it.
        if (m_job && !m_job->cancel) {
            m_job->cancelReason = tr("the workspace was replaced while scanning");
            cancelScan();
        }
    });
}

FragmentationPage::~FragmentationPage()
{
    // The scan's progress callback posts to this page: it must be over first.
    if (m_job)
        m_job->cancel = true;
    m_scanWatcher.waitForFinished();
}

QString FragmentationPage::metricValue(FragmentationMetric metric) const
{
    return m_cards[size_t(metric)].value->text();
}

QString FragmentationPage::metricLevel(FragmentationMetric metric) const
{
    return m_cards[size_t(metric)].badge->text();
}

QString FragmentationPage::metricToolTip(FragmentationMetric metric) const
{
    return m_cards[size_t(metric)].frame->toolTip();
}

QFrame *FragmentationPage::metricCard(FragmentationMetric metric) const
{
    return m_cards[size_t(metric)].frame;
}

QChart *FragmentationPage::driftChart() const
{
    return m_chart->chart();
}

QAbstractItemModel *FragmentationPage::mismatchModel() const
{
    return m_model;
}

void FragmentationPage::setEcosystemFilter(int ecosystem)
{
    const int at = m_ecosystem->findData(ecosystem);
    m_ecosystem->setCurrentIndex(std::max(0, at));
}

void FragmentationPage::setServiceFilter(const QString &text)
{
    m_service->setText(text);
    applyFilter();
}

void FragmentationPage::setContextFilter(const QString &context)
{
    const int at = m_context->findData(context);
    m_context->setCurrentIndex(std::max(0, at));
}

void FragmentationPage::setMismatchedOnly(bool on)
{
    m_mismatchedOnly->setChecked(on);
}

QString FragmentationPage::graphNote() const
{
    return m_graphNote->text();
}

QString FragmentationPage::scanComparison() const
{
    return m_comparison->text();
}

QString FragmentationPage::scanStatus() const
{
    return m_scanStatus->text();
}

void FragmentationPage::onUpdated()
{
    // A moment later, not at once: a swapped workspace (a scan stored or undone)
    // announces itself before its revision is counted.
    if (isVisible())
        m_refreshTimer.start();
    else
        m_stale = true; // caught up in showEvent(): edits on other pages stay quick
}

void FragmentationPage::setBackgroundAnalysisFrom(qsizetype dependencies)
{
    m_backgroundFrom = dependencies;
}

bool FragmentationPage::isAnalysing() const
{
    return m_metricsWatcher.isRunning();
}

void FragmentationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

bool FragmentationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chart && event->type() == QEvent::Resize && chartRows() != m_chartRows)
        m_chartTimer.start(); // as many bars as have room, once the resizing rests
    if (event->type() == QEvent::MouseButtonRelease && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton && m_analysis) {
        for (FragmentationMetric m : kCardOrder) {
            if (watched != m_cards[size_t(m)].frame)
                continue;
            // A click on a card opens the thresholds it is rated by.
            const Workspace &ws = m_analysis->document()->workspace();
            int row = 0;
            for (size_t i = 0; i < ws.fragmentationThresholds.size(); ++i) {
                if (ws.fragmentationThresholds[i].metric == m) {
                    row = int(i);
                    break;
                }
            }
            emit openElement(TableId::FragmentationThresholds, ws.fragmentationThresholds.empty() ? -1 : row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FragmentationPage::refresh()
{
    m_stale = false;
    m_refreshTimer.stop();
    if (!m_analysis)
        return;
    const Document *doc = m_analysis->document();
    if (m_result && m_resultRevision == doc->revision()) {
        showResult(); // the metrics are current (stored with a scan, or nothing changed)
    } else if (qsizetype(doc->workspace().dependencies.size()) < m_backgroundFrom) {
        // Kept by the table: Analysis replaces its result at the next change.
        m_result = std::make_shared<const FragmentationResult>(m_analysis->fragmentation());
        m_resultRevision = doc->revision();
        showResult();
    } else {
        startAnalysis();
        // Meanwhile the figures on screen stay; the scans and contexts are the workspace's own.
        refreshFilters();
        refreshHistory();
    }
}

void FragmentationPage::startAnalysis()
{
    // Hundreds of milliseconds for 120 000 dependencies: on a worker, over a copy.
    // A result for a model that changed meanwhile is dropped and the analysis runs again.
    if (m_metricsWatcher.isRunning())
        return; // onAnalysisDone() sees the new revision
    const Document *doc = m_analysis->document();
    auto snapshot = std::make_shared<const Workspace>(doc->workspace());
    m_metricsRevision = doc->revision();
    m_busy->show();
    m_metricsWatcher.setFuture(QtConcurrent::run(backgroundPool(), [snapshot] {
        return std::make_shared<const FragmentationResult>(Fragmentation::analyse(*snapshot));
    }));
}

void FragmentationPage::onAnalysisDone()
{
    m_busy->hide();
    if (!m_analysis)
        return;
    if (m_metricsRevision != m_analysis->document()->revision()) {
        if (isVisible())
            startAnalysis();
        else
            m_stale = true;
        return;
    }
    m_result = m_metricsWatcher.result();
    m_resultRevision = m_metricsRevision;
    if (isVisible())
        showResult();
    else
        m_stale = true;
}

void FragmentationPage::showResult()
{
    const Workspace &ws = m_analysis->document()->workspace();
    refreshFilters();
    refreshHistory();
    if (!m_result)
        return;
    const std::shared_ptr<const FragmentationResult> result = m_result;
    refreshCards(*result);
    refreshChart();

    auto services = std::make_shared<ServiceDirectory>();
    services->index.reserve(qsizetype(ws.services.size()));
    services->names.reserve(qsizetype(ws.services.size()));
    services->contexts.reserve(qsizetype(ws.services.size()));
    for (const Service &s : ws.services) {
        services->index.insert(s.id, int(services->names.size()));
        services->names << (s.name.isEmpty() ? s.id : s.name);
        services->contexts << s.context;
    }
    m_model->setResult(result, services, currentFilter());
    showRowCount();
    refreshGraph(*result);
}

MismatchFilter FragmentationPage::currentFilter() const
{
    MismatchFilter filter;
    filter.ecosystem = m_ecosystem->currentData().isValid() ? m_ecosystem->currentData().toInt() : -1;
    filter.service = m_service->text();
    filter.context = m_context->currentData().toString();
    filter.mismatchedOnly = m_mismatchedOnly->isChecked();
    return filter;
}

int FragmentationPage::chartRows() const
{
    // Title, axis and legend take about 100 pixels; a bar needs 22 to keep its label.
    return std::clamp((m_chart->height() - 100) / 22, 4, kChartRows);
}

void FragmentationPage::refreshChart()
{
    m_chartTimer.stop();
    if (!m_result)
        return;
    m_chartRows = chartRows();
    FragmentationCharts::fillDrift(m_chart->chart(), *m_result, m_chartRows);
}

void FragmentationPage::refreshCards(const FragmentationResult &result)
{
    const Workspace &ws = m_analysis->document()->workspace();
    for (FragmentationMetric m : kCardOrder) {
        Card &card = m_cards[size_t(m)];
        const MetricValue &v = result.metric(m);
        card.value->setText(metricText(m, v.value));
        card.badge->setText(Fragmentation::levelLabel(v.level));
        card.detail->setText(v.value ? v.detail : tr("Nothing to measure: %1").arg(v.detail));
        const QColor colour = FragmentationCharts::levelColour(v.level);
        const QColor tint = FragmentationCharts::levelTint(v.level);
        card.frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; border-left: 6px solid %3; border-radius: 4px; }")
                                      .arg(card.frame->objectName(), tint.name(), colour.name()));
        card.badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; padding: 2px 8px; font-weight: bold; }")
                                      .arg(colour.name(), Diagrams::textColourOn(colour.name())));

        // The bands the level comes from, in the metric's terms.
        QStringList tip{QStringLiteral("<b>%1</b>").arg(Enums::fragmentationMetric.label(int(m)).toHtmlEscaped())};
        tip << tr("Now: %1 — %2").arg(metricText(m, v.value).toHtmlEscaped(), Fragmentation::levelLabel(v.level));
        if (const FragmentationThreshold *t = thresholdOf(ws, m)) {
            const bool lower = t->direction == Direction::LowerIsBetter;
            const QString at = lower ? QStringLiteral("≤") : QStringLiteral("≥");
            tip << (lower ? tr("Lower is better") : tr("Higher is better"));
            tip << tr("Healthy: %1 %2").arg(at, limitText(m, t->healthy).toHtmlEscaped());
            tip << tr("Warning: %1 %2").arg(at, limitText(m, t->warning).toHtmlEscaped());
            tip << tr("High: %1 %2").arg(at, limitText(m, t->high).toHtmlEscaped());
            tip << (lower ? tr("Severe: above %1").arg(limitText(m, t->high).toHtmlEscaped())
                          : tr("Severe: below %1").arg(limitText(m, t->high).toHtmlEscaped()));
            if (t->reportedValue)
                tip << tr("Reported: %1").arg(metricText(m, t->reportedValue).toHtmlEscaped());
            if (!t->source.isEmpty())
                tip << QStringLiteral("<i>%1</i>").arg(t->source.toHtmlEscaped());
            tip << tr("Click to edit the thresholds.");
        } else {
            tip << tr("No threshold for this metric: it is unrated. Click to add one on Thresholds and protocols.");
        }
        card.frame->setToolTip(tip.join(QStringLiteral("<br>")));
    }
}

void FragmentationPage::refreshFilters()
{
    const Workspace &ws = m_analysis->document()->workspace();
    const QVariant ecosystem = m_ecosystem->currentData();
    const QString context = m_context->currentData().toString();
    {
        QSignalBlocker block(m_ecosystem);
        m_ecosystem->clear();
        m_ecosystem->addItem(tr("All ecosystems"), -1);
        for (int e = 0; e < Enums::ecosystem.count(); ++e)
            m_ecosystem->addItem(Enums::ecosystem.label(e), e);
        m_ecosystem->setCurrentIndex(std::max(0, m_ecosystem->findData(ecosystem)));
    }
    {
        QSignalBlocker block(m_context);
        m_context->clear();
        m_context->addItem(tr("All bounded contexts"), QString());
        for (const BoundedContext &c : ws.contexts)
            m_context->addItem(c.name.isEmpty() ? c.id : c.name, c.id);
        m_context->setCurrentIndex(std::max(0, m_context->findData(context)));
    }
}

void FragmentationPage::applyFilter()
{
    m_filterTimer.stop();
    m_model->setFilter(currentFilter());
    showRowCount();
}

void FragmentationPage::showRowCount()
{
    const int shown = m_model->rowCount();
    const int all = m_model->totalRows();
    m_sideTabs->setTabText(0, shown == all ? tr("Shared dependencies (%1)").arg(all) : tr("Shared dependencies (%1 of %2)").arg(shown).arg(all));
}

void FragmentationPage::refreshGraph(const FragmentationResult &result)
{
    const Workspace &ws = m_analysis->document()->workspace();
    // The same graph as `archboard-cli export --diagrams` and the report draw.
    const DriftGraph graph = Fragmentation::driftGraphView(ws, result);
    const FragmentationResult &selection = graph.selection;
    Diagram d = graph.diagram;
    d.title = tr("Dependency drift");
    // Dependencies and uses answer hovering and clicks too: their tooltips say the versions.
    m_graphDependencies.clear();
    m_graphUses.clear();
    for (DiagramNode &n : d.nodes) {
        if (n.element.startsWith(QStringLiteral("service:")) && n.tooltip.isEmpty()) {
            n.tooltip = tr("%1 — click to select it on the Services page").arg(n.label);
        } else if (n.id.startsWith(QStringLiteral("dep:")) && m_graphDependencies.size() < selection.dependencies.size()) {
            // Drawn in the order of the selection.
            const SharedDependency &dep = selection.dependencies[m_graphDependencies.size()];
            n.element = QStringLiteral("dependency:%1").arg(m_graphDependencies.size());
            n.tooltip += tr(" — click to show it in the table");
            m_graphDependencies.emplace_back(dep.ecosystem, dep.name);
        }
    }
    for (DiagramEdge &e : d.edges) {
        e.element = QStringLiteral("use:%1").arg(m_graphUses.size());
        m_graphUses.push_back(e.from.mid(4)); // "svc:ID"
    }
    QString note = graph.note();
    if (graph.dependenciesTotal > 0)
        note += u' ' + tr("Click a service to select it on the Services page.");
    m_graphNote->setText(note);
    m_graph->setDiagram(d);
}

void FragmentationPage::refreshHistory()
{
    const Workspace &ws = m_analysis->document()->workspace();
    const std::vector<ScanRecord> &scans = ws.scans;
    m_history->setRowCount(int(scans.size()));
    // Newest first.
    for (int row = 0; row < int(scans.size()); ++row) {
        const size_t i = scans.size() - 1 - size_t(row);
        const ScanRecord &r = scans[i];
        const QDateTime when = QDateTime::fromString(r.takenAt, Qt::ISODate);
        auto set = [&](int column, const QString &text, const QString &tip = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            if (column >= 6 && column <= 8)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_history->setItem(row, column, item);
            return item;
        };
        set(0, when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : r.takenAt, r.takenAt);
        set(9, r.root, r.note.isEmpty() ? r.root : QStringLiteral("%1\n%2").arg(r.root, r.note));
        set(6, QString::number(r.manifests));
        set(7, QString::number(r.services));
        set(8, QString::number(r.errors));
        int column = 2;
        for (FragmentationMetric m : kCardOrder)
            set(column++, metricText(m, recordValue(r, m)));
        if (i == 0) {
            set(1, tr("first scan"));
        } else {
            int better = 0, worse = 0;
            const QString change = scanChange(ws, scans[i - 1], r, &better, &worse);
            QTableWidgetItem *item = set(1, change, tr("Since %1: %2").arg(scanLabel(scans[i - 1]), change));
            if (worse > 0 || better > 0)
                item->setForeground(worse > 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
        }
    }
    m_history->resizeColumnsToContents();
    m_history->setColumnWidth(1, std::min(m_history->columnWidth(1), 420)); // the whole change is in the tooltip
    m_history->horizontalHeader()->setStretchLastSection(true);

    const QString from = m_compareFrom->currentData().toString();
    const QString to = m_compareTo->currentData().toString();
    {
        QSignalBlocker a(m_compareFrom), b(m_compareTo);
        m_compareFrom->clear();
        m_compareTo->clear();
        for (const ScanRecord &r : scans) {
            m_compareFrom->addItem(scanLabel(r), r.id);
            m_compareTo->addItem(scanLabel(r), r.id);
        }
        // The last two scans, unless two others were chosen.
        const int n = int(scans.size());
        const int fromAt = m_compareFrom->findData(from);
        const int toAt = m_compareTo->findData(to);
        const bool chosen = fromAt >= 0 && toAt >= 0 && fromAt != toAt;
        m_compareFrom->setCurrentIndex(chosen ? fromAt : std::max(0, n - 2));
        m_compareTo->setCurrentIndex(chosen ? toAt : n - 1);
    }
    m_sideTabs->setTabText(1, scans.empty() ? tr("Scan history") : tr("Scan history (%1)").arg(scans.size()));
    refreshComparison();
}

void FragmentationPage::refreshComparison()
{
    if (!m_analysis)
        return;
    const Workspace &ws = m_analysis->document()->workspace();
    const auto find = [&](const QString &id) -> const ScanRecord * {
        for (const ScanRecord &r : ws.scans) {
            if (r.id == id)
                return &r;
        }
        return nullptr;
    };
    const ScanRecord *a = find(m_compareFrom->currentData().toString());
    const ScanRecord *b = find(m_compareTo->currentData().toString());
    if (ws.scans.empty()) {
        m_comparison->setText(tr("No scans yet: Scan folder… stores one with its metrics, so later scans can be compared with it."));
    } else if (!a || !b || a == b) {
        m_comparison->setText(ws.scans.size() == 1 ? tr("One scan so far; the next one is compared with it.") : tr("Choose two different scans."));
    } else {
        int better = 0, worse = 0;
        const QString change = scanChange(ws, *a, *b, &better, &worse);
        m_comparison->setText(tr("%1 → %2: %3").arg(scanLabel(*a), scanLabel(*b), change));
    }
}

void FragmentationPage::onGraphClicked(const QString &element)
{
    if (!m_analysis)
        return;
    const qsizetype colon = element.indexOf(u':');
    const QStringView kind = QStringView(element).left(colon);
    const QString rest = element.mid(colon + 1);
    QString service;
    if (kind == u"service") {
        service = rest;
    } else if (kind == u"use") {
        const qsizetype k = rest.toLongLong();
        if (k >= 0 && k < qsizetype(m_graphUses.size()))
            service = m_graphUses[size_t(k)];
    } else if (kind == u"dependency") {
        const qsizetype k = rest.toLongLong();
        if (k < 0 || k >= qsizetype(m_graphDependencies.size()))
            return;
        m_graph->setHighlighted({element});
        const auto &[ecosystem, name] = m_graphDependencies[size_t(k)];
        // Shown in the table, even when the filters had hidden it.
        if (m_model->rowOf(ecosystem, name) < 0) {
            m_service->clear();
            setContextFilter(QString());
            setEcosystemFilter(-1);
            setMismatchedOnly(false);
            applyFilter();
        }
        const int row = m_model->rowOf(ecosystem, name);
        m_sideTabs->setCurrentIndex(0);
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        }
        return;
    }
    const int row = service.isEmpty() ? -1 : m_analysis->document()->rowOfId(TableId::Services, service);
    if (row < 0) {
        m_graph->setHighlighted({});
        return;
    }
    m_graph->setHighlighted({element});
    emit openElement(TableId::Services, row);
}

// --- scanning -----------------------------------------------------------------------------------

void FragmentationPage::scanFolderDialog()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("scan/lastFolder"), settings.value(QStringLiteral("lastDirectory"))).toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Scan Folder"), start);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("scan/lastFolder"), folder);
    scanFolder(folder);
}

void FragmentationPage::scanFolder(const QString &folder)
{
    if (m_job || !m_analysis)
        return;
    Document *doc = m_analysis->document();
    const QFileInfo info(folder);
    if (doc->isReadOnly() || !info.isDir()) {
        const QString message = doc->isReadOnly() ? tr("The workspace is open read-only: a scan cannot be stored.")
                                                  : tr("%1 is not a folder.").arg(folder);
        m_scanStatus->setText(message);
        emit status(message);
        emit scanFinished(false);
        return;
    }
    auto job = std::make_shared<ScanJob>();
    job->folder = QDir::cleanPath(info.absoluteFilePath());
    job->clock.start();
    m_job = job;

    m_scanButton->setEnabled(false);
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_progress->setRange(0, 0); // counting the manifests
    m_progress->setFormat(tr("%v of %m manifests"));
    m_progress->show();
    m_scanStatus->setForegroundRole(QPalette::WindowText);
    m_scanStatus->setText(tr("Scanning %1…").arg(QDir::toNativeSeparators(job->folder)));
    emit status(m_scanStatus->text());

    ScanOptions options;
    options.root = job->folder;
    options.cancel = &job->cancel;
    // Called on the scanning threads: only atomics here, and at most one update
    // on its way to the GUI thread at a time.
    options.progress = [this, job](int done, int total) {
        job->done.store(done, std::memory_order_relaxed);
        job->total.store(total, std::memory_order_relaxed);
        if (!job->progressPosted.exchange(true)) {
            QMetaObject::invokeMethod(this, [this, job] {
                job->progressPosted = false;
                if (job == m_job)
                    onScanProgress();
            }, Qt::QueuedConnection);
        }
    };
    // The job is held by the options the worker holds: its cancel flag outlives the scan.
    m_scanWatcher.setFuture(QtConcurrent::run(backgroundPool(), [options] { return Scanner::scan(options); }));
}

void FragmentationPage::cancelScan()
{
    if (!m_job || m_job->cancel)
        return;
    m_job->cancel = true;
    m_cancelButton->setEnabled(false);
    m_scanStatus->setText(tr("Cancelling the scan of %1…").arg(QDir::toNativeSeparators(m_job->folder)));
}

void FragmentationPage::onScanProgress()
{
    const int total = m_job->total.load(std::memory_order_relaxed);
    const int done = m_job->done.load(std::memory_order_relaxed);
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(std::min(done, total));
    }
}

void FragmentationPage::onScanDone()
{
    if (!m_job)
        return;
    ScanResult result = m_scanWatcher.result();
    if (m_job->cancel || result.cancelled) {
        const QString why = m_job->cancelReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_job->cancelReason);
        endScan(tr("The scan of %1 was cancelled after %2 manifests%3; nothing was stored.")
                    .arg(QDir::toNativeSeparators(m_job->folder)).arg(result.manifestsScanned).arg(why),
                false);
        return;
    }
    showScanErrors(result.errors);
    m_job->result = std::make_shared<const ScanResult>(std::move(result));
    m_job->when = QDateTime::currentDateTimeUtc();
    startMerge();
}

void FragmentationPage::startMerge()
{
    // The copy is taken here, on the GUI thread, where the document changes; the
    // merge (and the metrics of the scan record) run on a worker.
    Document *doc = m_analysis->document();
    auto copy = std::make_shared<Workspace>(doc->workspace());
    m_job->mergeRevision = doc->revision();
    m_progress->setRange(0, 0);
    m_scanStatus->setText(tr("Storing the scan of %1…").arg(QDir::toNativeSeparators(m_job->folder)));
    m_mergeWatcher.setFuture(QtConcurrent::run(backgroundPool(), [copy, scan = m_job->result, when = m_job->when] {
        // The metrics of the scan record are those of the merged workspace: kept for the cards.
        auto metrics = std::make_shared<FragmentationResult>();
        Scanner::merge(copy.get(), *scan, when, metrics.get());
        return MergedScan{copy, metrics};
    }));
}

void FragmentationPage::onMergeDone()
{
    if (!m_job || !m_analysis)
        return;
    Document *doc = m_analysis->document();
    if (m_job->cancel) {
        const QString why = m_job->cancelReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_job->cancelReason);
        endScan(tr("The scan of %1 was cancelled%2; nothing was stored.").arg(QDir::toNativeSeparators(m_job->folder), why), false);
        return;
    }
    if (doc->revision() != m_job->mergeRevision) {
        // Edited meanwhile: merge into the workspace as it is now, not as it was.
        if (++m_job->merges < 5) {
            startMerge();
            return;
        }
        endScan(tr("The workspace kept changing while the scan of %1 was stored; nothing was stored.").arg(QDir::toNativeSeparators(m_job->folder)),
                false);
        return;
    }
    if (doc->isReadOnly()) {
        endScan(tr("The workspace became read-only; the scan of %1 was not stored.").arg(QDir::toNativeSeparators(m_job->folder)), false);
        return;
    }
    const MergedScan merged = m_mergeWatcher.result();
    // Off the page before the swap: the workspace reset it announces is this scan's own.
    const std::shared_ptr<ScanJob> job = std::move(m_job);
    const ScanResult &scan = *job->result;
    const QString folder = QDir::toNativeSeparators(job->folder);
    if (!doc->applyWorkspace(std::make_unique<Workspace>(std::move(*merged.workspace)), tr("Scan %1").arg(folder))) {
        endScan(tr("The scan of %1 could not be stored.").arg(folder), false);
        return;
    }
    // Computed with the merge for exactly this workspace: no second analysis.
    m_result = merged.metrics;
    m_resultRevision = doc->revision();
    const auto duration = [](qint64 ms) {
        return ms < 1000 ? tr("%1 ms").arg(ms) : tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    };
    const QString errors = scan.errors.empty() ? tr("no errors")
        : scan.errors.size() == 1             ? tr("1 unreadable manifest (see Scan errors)")
                                              : tr("%1 unreadable manifests (see Scan errors)").arg(scan.errors.size());
    endScan(tr("Scanned %1 in %2 (reading the manifests %3): %4 manifests, %5 services, %6; stored as one undo step.")
                .arg(folder, duration(job->clock.elapsed()), duration(scan.elapsedMs))
                .arg(scan.manifestsScanned)
                .arg(scan.services.size())
                .arg(errors),
            true);
}

void FragmentationPage::endScan(const QString &message, bool stored)
{
    m_job.reset();
    m_progress->hide();
    m_cancelButton->hide();
    m_scanButton->setEnabled(m_analysis && !m_analysis->document()->isReadOnly());
    m_scanStatus->setText(message);
    emit status(message);
    emit scanFinished(stored);
}

void FragmentationPage::showScanErrors(const std::vector<ManifestError> &errors)
{
    m_errors->clear();
    constexpr size_t kShown = 1000;
    QStringList lines;
    for (size_t i = 0; i < errors.size() && i < kShown; ++i) {
        const ManifestError &e = errors[i];
        lines << (e.line > 0 ? QStringLiteral("%1:%2: %3").arg(e.file).arg(e.line).arg(e.message) : QStringLiteral("%1: %2").arg(e.file, e.message));
    }
    if (errors.size() > kShown)
        lines << tr("… and %1 more").arg(errors.size() - kShown);
    if (errors.empty())
        lines << tr("Every manifest of the last scan was read.");
    m_errors->addItems(lines);
    m_sideTabs->setTabText(2, errors.empty() ? tr("Scan errors") : tr("Scan errors (%1)").arg(errors.size()));
    if (!errors.empty())
        m_sideTabs->setTabToolTip(2, tr("Manifests of the last scan that could not be read; their folders are services without dependencies"));
}

} // namespace ArchBoard
