#include "referencedata.h"

#include "sample.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace ArchBoard::ReferenceData {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)
};

} // namespace

QString defaultName()
{
    return Text::tr("Untitled workspace");
}

std::unique_ptr<Workspace> extract(const Workspace &sample, const QString &name)
{
    auto ws = std::make_unique<Workspace>();
    ws->info = sample.info; // aggregation, missing-value policy, fragility and win-probability settings
    ws->info.name = name.trimmed().isEmpty() ? defaultName() : name.trimmed();
    ws->info.description = Text::tr("Starts with the reference data of the seed article: FaaS providers' prices (each with its source "
                                    "and date), language cost profiles, SLA tiers with criteria and weights, fragmentation "
                                    "thresholds and approved protocols. Add your candidates, bounded contexts, TCO scenarios and "
                                    "services.");
    ws->info.source = sample.info.source;

    // Selection: the frame (what is compared, how each tier weighs it), not the candidates' figures.
    ws->criteria = sample.criteria;
    ws->tiers = sample.tiers;
    ws->tierWeights = sample.tierWeights;
    ws->tierThresholds = sample.tierThresholds;
    ws->tierComparisons = sample.tierComparisons;

    // TCO: prices and language profiles; a profile's language is a candidate, kept off the shortlist.
    ws->providers = sample.providers;
    ws->languageProfiles = sample.languageProfiles;
    QSet<QString> languages;
    for (const LanguageProfile &p : sample.languageProfiles)
        languages.insert(p.language);
    for (const Candidate &c : sample.candidates) {
        if (!languages.contains(c.id))
            continue;
        Candidate language = c;
        language.shortlisted = false;
        ws->candidates.push_back(language);
    }

    // Fragmentation: the risk bands and the board's approved protocols.
    ws->fragmentationThresholds = sample.fragmentationThresholds;
    ws->approvedProtocols = sample.approvedProtocols;
    return ws;
}

std::unique_ptr<Workspace> newWorkspace(const QString &name, InputError *error)
{
    std::unique_ptr<Workspace> sample = Sample::load(error);
    if (!sample)
        return nullptr;
    return extract(*sample, name);
}

} // namespace ArchBoard::ReferenceData
