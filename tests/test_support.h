// Helpers shared by the tests: the repository's rules and corpus, and text through the stages.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "core/io.h"
#include "core/rules.h"
#include "decode/decode.h"
#include "layout/layout.h"

// Defined in a build with AddressSanitizer (TOLK_SANITIZE): GCC says so with __SANITIZE_ADDRESS__,
// clang with __has_feature. Tests that would take minutes under its checks do less there.
#if defined(__SANITIZE_ADDRESS__)
#define TOLK_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TOLK_TEST_SANITIZED 1
#endif
#endif

namespace tolk::test {

inline std::filesystem::path source_dir() { return TOLK_SOURCE_DIR; }

// A process id that runs no process: a child's, once it has ended and been waited for (what a
// writer killed mid-way leaves its temporary files named after).
inline pid_t gone_process() {
  const pid_t pid = ::fork();
  if (pid == 0) _exit(0);
  ::waitpid(pid, nullptr, 0);
  return pid;
}

// The repository's rules, loaded once per test binary (tests never change them).
inline const Rules& repo_rules() {
  static const Rules rules = [] {
    Diagnostics diags;
    Rules r = load_rules(source_dir() / "rules", diags);
    for (const auto& d : diags) ADD_FAILURE() << format_diagnostic(d);
    return r;
  }();
  return rules;
}

inline Text text_of(const std::string& utf8, const std::string& file = "test.txt") {
  Text t;
  t.file = file;
  t.utf8 = utf8;
  return t;
}

inline Layout layout_of(const std::string& utf8) { return layout(text_of(utf8), repo_rules()); }

inline Layout layout_of_file(const std::string& repo_path) {
  std::string bytes = read_file_bytes((source_dir() / repo_path).string());
  DecodeResult d = decode(bytes, repo_path);
  EXPECT_TRUE(d.text.has_value()) << repo_path;
  return layout(d.text.value_or(Text{}), repo_rules());
}

}  // namespace tolk::test
