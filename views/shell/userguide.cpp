#include "userguide.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QDialogButtonBox>
#include <QVBoxLayout>

static void initArchBoardGuide()
{
    // The guide lives in the resources' static library; referencing the initializer keeps it linked.
    Q_INIT_RESOURCE(resources);
}

namespace ArchBoard {

namespace {

QString guidePath(const QString &language, const QString &page)
{
    return QStringLiteral(":/archboard/guide/%1/%2.md").arg(language, page);
}

} // namespace

QList<UserGuide::Page> UserGuide::pages()
{
    return {
        {QStringLiteral("start"), tr("Getting started"), {}},
        {QStringLiteral("selection"), tr("Selection matrix"),
         tr("Add your candidates (or shortlist the languages already there), enter their measurements, then look at the "
            "ranking of each SLA tier under Selection matrix → Matrix and ranking.")},
        {QStringLiteral("context-map"), tr("Context map"),
         tr("Add your bounded contexts with their language, data format and sync mechanism, then the relations between "
            "them; the map lists the findings.")},
        {QStringLiteral("tco"), tr("FaaS cost model"),
         tr("Add a TCO scenario: pick a provider (the prices are there, with their source and date), the memory, duration "
            "and invocations, and the functions per language.")},
        {QStringLiteral("fragmentation"), tr("Fragmentation"),
         tr("Scan a folder of manifests (Fragmentation → Dashboard → Scan folder…); the thresholds and approved protocols "
            "are already set.")},
        {QStringLiteral("decisions"), tr("Decision records"),
         tr("When a tier's ranking is settled, draft its decision record from the analysis and fill in the context and "
            "consequences.")},
        {QStringLiteral("report"), tr("Report and tech radar"),
         tr("File → Export Report… writes the workshop report (HTML, PDF, JSON, Markdown); File → Export Tech Radar… the "
            "radar.")},
        {QStringLiteral("workshop"), tr("Workshop mode and live voting"),
         tr("Press F5 for workshop mode on the projector; V opens live voting so every member scores from their phone.")},
    };
}

QStringList UserGuide::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString UserGuide::currentLanguage()
{
    // The loaded translation names its own guide: the Chinese translation of this text is "zh_CN".
    const QString language = tr("en", "the folder of the user guide in this translation (resources/guide/<folder>): en or zh_CN");
    return languages().contains(language) ? language : QStringLiteral("en");
}

QString UserGuide::markdown(const QString &page, const QString &language)
{
    initArchBoardGuide();
    for (const QString &l : {language, QStringLiteral("en")}) {
        QFile file(guidePath(l, page));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

UserGuide::UserGuide(QWidget *parent, const QString &language)
    : QDialog(parent)
    , m_language(language.isEmpty() ? currentLanguage() : language)
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("ArchBoard User Guide"));
    resize(1100, 760);

    m_contents = new QListWidget;
    m_contents->setObjectName(QStringLiteral("guideContents"));
    for (const Page &page : pages()) {
        auto *item = new QListWidgetItem(page.title, m_contents);
        item->setData(Qt::UserRole, page.id);
    }
    m_contents->setMinimumWidth(220);

    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("guidePage"));
    m_browser->setOpenLinks(false);
    m_browser->document()->setDocumentMargin(16);
    // A link to another page ("tco.md") turns the page; a web address opens in the browser.
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.isRelative() && url.path().endsWith(QStringLiteral(".md")))
            showPage(url.path().chopped(3));
        else if (url.scheme().startsWith(QStringLiteral("http")))
            QDesktopServices::openUrl(url);
    });
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        m_browser->setMarkdown(markdown(item->data(Qt::UserRole).toString(), m_language));
    });

    auto *splitter = new QSplitter;
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 860});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    showPage({});
}

void UserGuide::showPage(const QString &id)
{
    for (int i = 0; i < m_contents->count(); ++i) {
        if (m_contents->item(i)->data(Qt::UserRole).toString() == id) {
            m_contents->setCurrentRow(i);
            return;
        }
    }
    m_contents->setCurrentRow(0);
}

QString UserGuide::currentPage() const
{
    return m_contents->currentItem() ? m_contents->currentItem()->data(Qt::UserRole).toString() : QString();
}

} // namespace ArchBoard
