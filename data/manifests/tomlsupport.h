// TOML helpers shared by the Cargo and Python parsers. Every file that
// reads TOML includes toml++ through this header only, so all of them see the
// same assertion overrides below. Private to ArchBoard::Data, not installed.
#pragma once

#include "manifestparsing.h"

// toml++ is used header-only without exceptions (TOML_HEADER_ONLY=1,
// TOML_EXCEPTIONS=0 come from data/CMakeLists.txt): parse errors arrive as
// values, and nothing but std::bad_alloc can leave the library.
// Its parser asserts (debug builds) or tells the optimiser to assume (release
// builds with clang) conditions that hostile input breaks, e.g. a table header
// "[" followed by a character that cannot start a key, although the code right
// after reports exactly those inputs as errors. Untrusted files must not abort
// the application or reach undefined behaviour, so both become no-ops.
#include <toml++/impl/preprocessor.h>
#undef TOML_ASSERT
#define TOML_ASSERT(expr) static_assert(true)
#undef TOML_ASSERT_ASSUME
#define TOML_ASSERT_ASSUME(expr) static_assert(true)
#include <toml++/toml.h>

#include <optional>
#include <string_view>

namespace ArchBoard::ManifestParsing {

QString qs(std::string_view s);
int lineOf(const toml::node &node);
int lineOf(const toml::key &key, const toml::node &node);
/// The document, or nullopt after reporting a syntax or shape error.
std::optional<toml::table> parseToml(const QByteArray &bytes, Sink &out);
/// \a key of \a table when it is a table (\a table may be null).
const toml::table *tableAt(const toml::table *table, std::string_view key);
/// A string member; an error when present with another type.
QString tomlString(const toml::table &table, std::string_view key, Sink &out, const QString &where);
void readTomlStringArray(const toml::node *node, const QString &where, Sink &out, QStringList *target);

} // namespace ArchBoard::ManifestParsing
