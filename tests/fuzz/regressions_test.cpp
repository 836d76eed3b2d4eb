// Replays, in every build, the inputs the fuzzers once broke (tests/fuzz/regressions/<target>/)
// and the fuzzers' seeds (corpus/, tests/fixtures/) through the same checks the fuzz targets make
// (fuzz_checks.h): each input through decode, layout, every parser with its writer, and the whole
// pipeline. A crash or a sanitizer report fails the test binary; a broken promise fails the test.
//
// Findings not fixed yet are in tests/fuzz/open/<target>/, replayed by the disabled test
// OpenFinding (run it with --gtest_also_run_disabled_tests); a fix moves them to regressions/.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <string>
#include <vector>

// The alignment and the workbook are part of the library: replay their checks too.
#define TOLK_FUZZ_ALIGN 1
#define TOLK_FUZZ_WORKBOOK 1
#include "fuzz/fuzz_checks.h"

namespace tolk::fuzz {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> inputs(std::initializer_list<const char*> dirs) {
  std::vector<std::string> out;
  const fs::path root = TOLK_SOURCE_DIR;
  for (const char* dir : dirs) {
    if (!fs::is_directory(root / dir)) continue;
    for (const auto& e : fs::recursive_directory_iterator(root / dir)) {
      if (!e.is_regular_file() || e.path().extension() == ".md") continue;
      out.push_back(fs::relative(e.path(), root).string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string bytes_of(const std::string& rel) {
  std::ifstream in(fs::path(TOLK_SOURCE_DIR) / rel, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void replay(const std::string& rel) {
  const std::string bytes = bytes_of(rel);
  const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
  Failures f;
  run_decode(data, bytes.size(), f);
  run_layout(data, bytes.size(), f);
  run_decision(data, bytes.size(), f);
  run_publication(data, bytes.size(), f);
  run_protocol(data, bytes.size(), f);
  run_pipeline(data, bytes.size(), scratch_path(), f);
  run_align(data, bytes.size(), scratch_path(1), scratch_path(2), f);
  run_workbook(data, bytes.size(), scratch_path(0), scratch_path(3), f);
  EXPECT_TRUE(f.empty()) << rel << ":\n" << f.text();
}

std::string test_name(const ::testing::TestParamInfo<std::string>& i) {
  std::string n = i.param;
  for (char& c : n)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return n;
}

class Replay : public ::testing::TestWithParam<std::string> {};
TEST_P(Replay, KeepsEveryPromise) { replay(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Fuzz, Replay,
                         ::testing::ValuesIn(inputs({"tests/fuzz/regressions", "corpus",
                                                     "tests/fixtures"})),
                         test_name);

class OpenFinding : public ::testing::TestWithParam<std::string> {};
TEST_P(OpenFinding, DISABLED_KeepsEveryPromise) { replay(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Fuzz, OpenFinding, ::testing::ValuesIn(inputs({"tests/fuzz/open"})),
                         test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(OpenFinding);

}  // namespace
}  // namespace tolk::fuzz
