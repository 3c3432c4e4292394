// archboard-fuzz: every libFuzzer target in one binary (one link, not
// fifteen). The target is chosen with --target=NAME (libFuzzer ignores
// flags that start with "--"); --list names them. scripts/fuzz.sh runs each.
#include "manifests.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

namespace ArchBoard::Fuzz {
int fuzzYamlWorkspace(const uint8_t *data, size_t size);
int fuzzSqliteWorkspace(const uint8_t *data, size_t size);
int fuzzVersions(const uint8_t *data, size_t size);
int fuzzCml(const uint8_t *data, size_t size);
int fuzzMadr(const uint8_t *data, size_t size);
int fuzzDot(const uint8_t *data, size_t size);
int fuzzManifest(ManifestKind kind, const uint8_t *data, size_t size);
} // namespace ArchBoard::Fuzz

using namespace ArchBoard;

namespace {

using Target = int (*)(const uint8_t *, size_t);

struct Entry
{
    const char *name;
    Target run;
};

template<ManifestKind kind>
int manifest(const uint8_t *data, size_t size)
{
    return Fuzz::fuzzManifest(kind, data, size);
}

const Entry targets[] = {
    {"yaml-workspace", &Fuzz::fuzzYamlWorkspace},
    {"sqlite-workspace", &Fuzz::fuzzSqliteWorkspace},
    {"versions", &Fuzz::fuzzVersions},
    {"cml", &Fuzz::fuzzCml},
    {"madr", &Fuzz::fuzzMadr},
    {"dot", &Fuzz::fuzzDot},
    {"package.json", &manifest<ManifestKind::PackageJson>},
    {"package-lock.json", &manifest<ManifestKind::PackageLock>},
    {"go.mod", &manifest<ManifestKind::GoMod>},
    {"Cargo.toml", &manifest<ManifestKind::CargoToml>},
    {"Cargo.lock", &manifest<ManifestKind::CargoLock>},
    {"pom.xml", &manifest<ManifestKind::PomXml>},
    {"requirements.txt", &manifest<ManifestKind::RequirementsTxt>},
    {"pyproject.toml", &manifest<ManifestKind::PyProject>},
    {"dependencies.lock", &manifest<ManifestKind::DependenciesLock>},
    {"pnpm-workspace.yaml", &manifest<ManifestKind::PnpmWorkspace>},
    {"go.work", &manifest<ManifestKind::GoWork>},
    {"pnpm-lock.yaml", &manifest<ManifestKind::PnpmLock>},
    {"yarn.lock", &manifest<ManifestKind::YarnLock>},
};

Target chosen = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    for (int i = 1; i < *argc; ++i) {
        const char *arg = (*argv)[i];
        if (std::strcmp(arg, "--list") == 0) {
            for (const Entry &e : targets)
                std::printf("%s\n", e.name);
            std::exit(0);
        }
        if (std::strncmp(arg, "--target=", 9) == 0) {
            for (const Entry &e : targets) {
                if (std::strcmp(arg + 9, e.name) == 0)
                    chosen = e.run;
            }
        }
    }
    if (!chosen) {
        std::fprintf(stderr, "archboard-fuzz: choose a target with --target=NAME (--list names them)\n");
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return chosen(data, size);
}
