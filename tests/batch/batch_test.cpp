#include "batch/batch.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "core/io.h"
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
  const auto out =
      std::filesystem::temp_directory_path() / ("tolk-batch-" + std::to_string(::getpid()));
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
  // What a run killed before its renames left (the workbook's temporary file too) is removed.
  for (const auto& left : {out / "tracker.xlsx.tmp-1", out / "xml" / "a.xml.tmp-2"})
    std::ofstream(left) << "half";
  BatchResult again = run_batch(o, test::repo_rules());
  EXPECT_EQ(again.reused, 5u);
  for (const auto& e : std::filesystem::recursive_directory_iterator(out))
    EXPECT_FALSE(is_temporary_file(e.path())) << e.path();
  std::filesystem::remove_all(out);
}

namespace fs = std::filesystem;

// Every output file's bytes by its path, but the run's record (manifest.json, index.html: times).
std::map<std::string, std::string> outputs_of(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    const std::string rel = fs::relative(e.path(), dir).generic_string();
    if (!e.is_regular_file() || rel == "manifest.json" || rel == "index.html") continue;
    std::ifstream f(e.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << f.rdbuf();
    out[rel] = bytes.str();
  }
  return out;
}

// Pairs made while the documents are read (the versions wait for each other, whole) are the
// pairs made after all are read, whatever waits: everything (default), one document at a time
// (the first of two Finnish versions is trimmed for the second, which the Swedish one meets
// first, so that the early pair is not the batch's and is redone), or nothing.
TEST(Batch, PairsMadeWhileReadingAreThePairsMadeAfter) {
  const fs::path tmp =
      fs::temp_directory_path() / ("tolk-batch-early-" + std::to_string(::getpid()));
  const fs::path corpus = test::source_dir() / "corpus" / "decisions";
  // Two Finnish versions, then the Swedish one: the batch pairs the Swedish with the first.
  fs::create_directories(tmp / "in1");
  fs::copy_file(corpus / "vnp-272-2025.fi.txt", tmp / "in1" / "a.fi.txt");
  fs::copy_file(corpus / "vnp-272-2025.fi.txt", tmp / "in1" / "b.fi.txt");
  fs::copy_file(corpus / "vnp-272-2025.sv.txt", tmp / "in1" / "c.sv.txt");
  // Two Swedish versions, then the Finnish one: the second Swedish stays without a partner.
  fs::create_directories(tmp / "in2");
  fs::copy_file(corpus / "vnp-272-2025.sv.txt", tmp / "in2" / "a.sv.txt");
  fs::copy_file(corpus / "vnp-272-2025.sv.txt", tmp / "in2" / "b.sv.txt");
  fs::copy_file(corpus / "vnp-272-2025.fi.txt", tmp / "in2" / "c.fi.txt");
  const std::size_t one_document = fs::file_size(corpus / "vnp-272-2025.sv.txt") + 1;
  for (const char* in : {"in1", "in2"}) {
    std::vector<std::map<std::string, std::string>> outputs;
    std::vector<std::vector<std::pair<std::string, std::string>>> pairs;
    for (std::size_t waiting : {std::size_t{8} << 20, one_document, std::size_t{0}}) {
      BatchOptions o;
      o.input = tmp / in;
      o.output = tmp / ("out-" + std::string(in) + "-" + std::to_string(waiting));
      o.jobs = 1;
      o.waiting_bytes = waiting;
      const BatchResult r = run_batch(o, test::repo_rules());
      pairs.emplace_back();
      for (const BatchPair& p : r.pairs) pairs.back().push_back({p.sv, p.fi});
      outputs.push_back(outputs_of(o.output));
    }
    const std::vector<std::pair<std::string, std::string>> expected = {
        {std::string(in) == "in1" ? "c.sv.txt" : "a.sv.txt",
         std::string(in) == "in1" ? "a.fi.txt" : "c.fi.txt"}};
    for (std::size_t k = 0; k < pairs.size(); ++k) {
      EXPECT_EQ(pairs[k], expected) << in << " run " << k;
      EXPECT_EQ(outputs[k], outputs[2]) << in << " run " << k;
    }
    // The early pair of the second Swedish version left no reports behind.
    if (std::string(in) == "in2") {
      ASSERT_TRUE(outputs[1].count("pairs/a.sv.check.xml"));
      EXPECT_FALSE(outputs[1].count("pairs/b.sv.check.xml"));
    }
  }
  fs::remove_all(tmp);
}

}  // namespace
}  // namespace tolk
