#include "batch/batch.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tolk {
namespace {

TEST(SafeFileName, NoTraversalNoReservedNamesNeverEmpty) {
  EXPECT_EQ(safe_file_name("../../etc/passwd"), "_.._etc_passwd");
  EXPECT_EQ(safe_file_name("Kymmenedalens välfärdsområde"), "Kymmenedalens_välfärdsområde");
  EXPECT_EQ(safe_file_name("CON"), "_CON");
  EXPECT_EQ(safe_file_name("nul.xml"), "_nul.xml");
  EXPECT_EQ(safe_file_name(""), "_");
  EXPECT_EQ(safe_file_name("..."), "_");
  EXPECT_EQ(safe_file_name("a/b\\c:d"), "a_b_c_d");
  EXPECT_LE(safe_file_name(std::string(500, 'x')).size(), 200u);
}

TEST(RulesChecksum, StableAndSensitive) {
  const std::string a = rules_checksum(test::repo_rules());
  EXPECT_EQ(a.size(), 64u);
  EXPECT_EQ(a, rules_checksum(test::repo_rules()));
  Rules other = test::repo_rules();
  other.dir = test::source_dir() / "rules" / "sv";
  EXPECT_NE(a, rules_checksum(other));
}

TEST(Batch, PairsTheCorpusDecisionAndExplainsTheRest) {
  const auto out = std::filesystem::temp_directory_path() / ("tolk-batch-" + std::to_string(::getpid()));
  BatchOptions o;
  o.input = test::source_dir() / "corpus";
  o.output = out;
  o.jobs = 2;
  BatchResult r = run_batch(o, test::repo_rules());
  ASSERT_EQ(r.inputs.size(), 5u);
  ASSERT_EQ(r.pairs.size(), 1u);
  EXPECT_EQ(r.pairs[0].sv, "decisions/vnp-272-2025.sv.txt");
  EXPECT_EQ(r.pairs[0].fi, "decisions/vnp-272-2025.fi.txt");
  EXPECT_EQ(r.pairs[0].key, "decision signed 2025-05-28");
  EXPECT_EQ(r.pairs[0].errors, 4u);
  EXPECT_EQ(r.attendees, 45u);
  EXPECT_EQ(r.recommendations, 15u);
  EXPECT_EQ(r.skipped, std::vector<std::string>{"SOURCES.md (not a .txt text document)"});
  for (const auto& in : r.inputs) {
    if (in.kind != DocKind::decision) {
      EXPECT_FALSE(in.unpaired.empty()) << in.path;
    }
    EXPECT_FALSE(in.outputs.empty()) << in.path;
  }
  EXPECT_TRUE(std::filesystem::exists(out / "manifest.json"));
  BatchResult again = run_batch(o, test::repo_rules());
  EXPECT_EQ(again.reused, 5u);
  std::filesystem::remove_all(out);
}

}  // namespace
}  // namespace tolk
