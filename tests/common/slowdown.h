#pragma once

// How much slower this build runs the same code than an optimised one. The
// sanitizer build (ASan + UBSan at -O0, scripts/sanitize.sh) is about 3-5x
// slower, so robustness bounds ("rejected within a second") and the waits
// before a SIGKILL scale by it; the normal build keeps its bounds.
#if defined(__SANITIZE_ADDRESS__)
#define ARCHBOARD_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARCHBOARD_TEST_SANITIZED 1
#endif
#endif

namespace ArchBoard::Testing {
#ifdef ARCHBOARD_TEST_SANITIZED
constexpr int kSlowdown = 5;
#else
constexpr int kSlowdown = 1;
#endif
} // namespace ArchBoard::Testing
