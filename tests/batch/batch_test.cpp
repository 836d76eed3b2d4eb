#include "batch/batch.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <functional>
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
  // What a run killed before its renames left (the workbook's temporary file too) is removed; a
  // running writer's temporary file (process 1 runs) is not.
  const std::string gone = std::to_string(test::gone_process());
  for (const auto& left : {out / ("tracker.xlsx.tmp-" + gone), out / "xml" / ("a.xml.tmp-" + gone)})
    std::ofstream(left) << "half";
  const std::filesystem::path running = out / "xml" / "b.xml.tmp-1";
  std::ofstream(running) << "being written";
  BatchResult again = run_batch(o, test::repo_rules());
  EXPECT_EQ(again.reused, 5u);
  for (const auto& e : std::filesystem::recursive_directory_iterator(out))
    if (e.path() != running) {
      EXPECT_FALSE(is_temporary_file(e.path())) << e.path();
    }
  EXPECT_TRUE(std::filesystem::exists(running));
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

// Every file under `dir` (the run's record and the workbook too) with its bytes and the time it
// was last written.
std::map<std::string, std::pair<std::string, fs::file_time_type>> files_of(const fs::path& dir) {
  std::map<std::string, std::pair<std::string, fs::file_time_type>> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    std::ifstream f(e.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << f.rdbuf();
    out[fs::relative(e.path(), dir).generic_string()] = {bytes.str(), e.last_write_time()};
  }
  return out;
}

// A run over inputs that have not changed since the last one, with every output there, does
// nothing and writes nothing, and reports what the last run found; any change does it all again.
TEST(Batch, NothingChangedMeansNothingDoneOrWritten) {
  const fs::path tmp =
      fs::temp_directory_path() / ("tolk-batch-same-" + std::to_string(::getpid()));
  fs::remove_all(tmp);
  fs::create_directories(tmp);
  fs::copy(test::source_dir() / "corpus", tmp / "in", fs::copy_options::recursive);
  // A document with an error: the last run's diagnostics come back from the manifest.
  std::ofstream(tmp / "in" / "broken.txt", std::ios::binary) << std::string("abc\0\0\0def", 9);
  BatchOptions o;
  o.input = tmp / "in";
  o.output = tmp / "out";
  o.jobs = 2;
  const BatchResult first = run_batch(o, test::repo_rules());
  ASSERT_FALSE(first.unchanged);
  ASSERT_EQ(first.documents_with_errors, 1u);
  const auto written = files_of(o.output);

  std::vector<std::string> stages;
  o.progress = [&](const BatchProgress& p) { stages.push_back(p.stage); };
  const BatchResult same = run_batch(o, test::repo_rules());
  EXPECT_TRUE(same.unchanged);
  EXPECT_EQ(files_of(o.output), written);  // not a byte, not a time
  EXPECT_EQ(stages, std::vector<std::string>(first.inputs.size(), "checking"));
  EXPECT_EQ(same.reused, first.inputs.size());
  EXPECT_EQ(same.attendees, first.attendees);
  EXPECT_EQ(same.recommendations, first.recommendations);
  EXPECT_EQ(same.documents_with_errors, first.documents_with_errors);
  EXPECT_EQ(same.skipped, first.skipped);
  EXPECT_EQ(same.tracker, first.tracker);
  ASSERT_EQ(same.inputs.size(), first.inputs.size());
  for (std::size_t i = 0; i < first.inputs.size(); ++i) {
    const BatchInput &a = first.inputs[i], &b = same.inputs[i];
    EXPECT_EQ(b.path, a.path);
    EXPECT_EQ(b.sha256, a.sha256);
    EXPECT_EQ(b.kind, a.kind);
    EXPECT_EQ(b.lang, a.lang);
    EXPECT_EQ(b.partner, a.partner);
    EXPECT_EQ(b.unpaired, a.unpaired);
    EXPECT_EQ(b.outputs, a.outputs);
    ASSERT_EQ(b.diagnostics.size(), a.diagnostics.size()) << a.path;
    for (std::size_t k = 0; k < a.diagnostics.size(); ++k)
      EXPECT_EQ(format_diagnostic(b.diagnostics[k]), format_diagnostic(a.diagnostics[k]));
  }
  ASSERT_EQ(same.pairs.size(), first.pairs.size());
  for (std::size_t k = 0; k < first.pairs.size(); ++k) {
    EXPECT_EQ(same.pairs[k].sv, first.pairs[k].sv);
    EXPECT_EQ(same.pairs[k].key, first.pairs[k].key);
    EXPECT_EQ(same.pairs[k].outputs, first.pairs[k].outputs);
    EXPECT_EQ(same.pairs[k].errors, first.pairs[k].errors);
  }
  o.progress = nullptr;

  // Whatever changed, the whole run again: a document's bytes, a lost output, a lost workbook, a
  // new file that is no document, a manifest of another shape, --force.
  auto again = [&](const char* what, auto change) {
    change();
    const BatchResult r = run_batch(o, test::repo_rules());
    EXPECT_FALSE(r.unchanged) << what;
    EXPECT_TRUE(fs::exists(o.output / "tracker.xlsx")) << what;
    EXPECT_TRUE(run_batch(o, test::repo_rules()).unchanged) << what << ", then nothing";
  };
  again("a document changed", [&] {
    std::ofstream(tmp / "in" / "publications" / "stm-2024-6.sv.txt", std::ios::app) << "\nSlut.\n";
  });
  again("an output lost", [&] {
    ASSERT_FALSE(first.inputs.back().outputs.empty());
    fs::remove(o.output / first.inputs.back().outputs.front());
  });
  again("the workbook lost", [&] { fs::remove(o.output / "tracker.xlsx"); });
  again("a file that is no document", [&] { std::ofstream(tmp / "in" / "notes.md") << "x"; });
  // A manifest of another shape (edited by hand, or by another program): never trusted, never
  // a crash.
  using nlohmann::json;
  const std::vector<std::pair<const char*, std::function<void(json&)>>> shapes = {
      {"not an object",
       [](json& m) {
         m = json::array({1, 2});
       }},
      {"a version that is a number", [](json& m) { m["tool_version"] = 7; }},
      {"inputs that are a number", [](json& m) { m["inputs"] = 5; }},
      {"an input without its checksum", [](json& m) { m["inputs"][1].erase("sha256"); }},
      {"diagnostics that are text", [](json& m) { m["inputs"][0]["diagnostics"] = "none"; }},
      {"findings that are null", [](json& m) { m["pairs"][0]["findings"] = nullptr; }},
  };
  for (const auto& [what, reshape] : shapes) {
    again(what, [&] {
      json m = json::parse(std::ifstream(o.output / "manifest.json"));
      reshape(m);
      std::ofstream(o.output / "manifest.json") << m.dump(2);
    });
  }
  o.force = true;
  EXPECT_FALSE(run_batch(o, test::repo_rules()).unchanged);
  fs::remove_all(tmp);
}

// An output that cannot be written (here: a folder stands where the file goes, which stops root
// as well) is an error of its document; the other documents and the workbook are written, the
// output is not recorded, and the next run tries it again.
TEST(Batch, AnOutputThatCannotBeWrittenIsAnErrorOfItsDocumentOnly) {
  const fs::path tmp = fs::temp_directory_path() / ("tolk-batch-io-" + std::to_string(::getpid()));
  fs::remove_all(tmp);
  BatchOptions o;
  o.input = test::source_dir() / "corpus";
  o.output = tmp;
  o.jobs = 2;
  const std::string xml = "xml/decisions__vnp-272-2025.sv.xml";
  const std::string html = "pairs/decisions__vnp-272-2025.sv.check.html";
  for (const std::string& blocked : {xml, html}) {
    SCOPED_TRACE(blocked);
    fs::remove_all(tmp);
    fs::create_directories(tmp / blocked / "in-the-way");
    for (int run = 0; run < 2; ++run) {  // the second run does not take the first as done
      const BatchResult r = run_batch(o, test::repo_rules());
      EXPECT_FALSE(r.unchanged);
      EXPECT_EQ(r.documents_with_errors, 1u);
      EXPECT_EQ(r.tracker, "tracker.xlsx");
      std::size_t io_errors = 0;
      for (const BatchInput& in : r.inputs) {
        for (const Diagnostic& d : in.diagnostics) {
          if (d.code != "io.write") continue;
          ++io_errors;
          EXPECT_EQ(in.path, "decisions/vnp-272-2025.sv.txt");
          EXPECT_EQ(d.severity, Severity::error);
          EXPECT_NE(d.message.find(blocked), std::string::npos) << d.message;
        }
        EXPECT_EQ(std::count(in.outputs.begin(), in.outputs.end(), blocked), 0);
      }
      EXPECT_EQ(io_errors, 1u);
      ASSERT_EQ(r.pairs.size(), 1u);
      EXPECT_EQ(std::count(r.pairs[0].outputs.begin(), r.pairs[0].outputs.end(), blocked), 0);
      EXPECT_TRUE(fs::is_regular_file(tmp / "xml" / "decisions__vnp-272-2025.fi.xml"));
      EXPECT_TRUE(fs::is_regular_file(tmp / "pairs" / "decisions__vnp-272-2025.sv.check.xml"));
    }
    fs::remove_all(tmp / blocked);
    const BatchResult fixed = run_batch(o, test::repo_rules());
    EXPECT_EQ(fixed.documents_with_errors, 0u);
    EXPECT_TRUE(fs::is_regular_file(tmp / blocked));
    EXPECT_TRUE(run_batch(o, test::repo_rules()).unchanged);
  }
  fs::remove_all(tmp);
}

// Reports are kept for the pair they were written for: a Swedish version that now pairs with
// another unchanged Finnish version (the first one is gone) gets them again.
TEST(Batch, ReportsAreKeptForTheSamePairOnly) {
  const fs::path tmp =
      fs::temp_directory_path() / ("tolk-batch-partner-" + std::to_string(::getpid()));
  fs::remove_all(tmp);
  const fs::path corpus = test::source_dir() / "corpus" / "decisions";
  fs::create_directories(tmp / "in");
  fs::copy_file(corpus / "vnp-272-2025.fi.txt", tmp / "in" / "a.fi.txt");
  fs::copy_file(corpus / "vnp-272-2025.fi.txt", tmp / "in" / "b.fi.txt");
  fs::copy_file(corpus / "vnp-272-2025.sv.txt", tmp / "in" / "c.sv.txt");
  BatchOptions o;
  o.input = tmp / "in";
  o.output = tmp / "out";
  o.jobs = 2;
  auto report_names = [&] {
    std::ifstream f(o.output / "pairs" / "c.sv.alignment.xml");
    std::ostringstream text;
    text << f.rdbuf();
    return text.str();
  };
  ASSERT_EQ(run_batch(o, test::repo_rules()).pairs.at(0).fi, "a.fi.txt");
  EXPECT_NE(report_names().find("a.fi.txt"), std::string::npos);
  fs::remove(tmp / "in" / "a.fi.txt");
  const BatchResult r = run_batch(o, test::repo_rules());
  ASSERT_EQ(r.pairs.at(0).fi, "b.fi.txt");
  EXPECT_EQ(report_names().find("a.fi.txt"), std::string::npos);
  EXPECT_NE(report_names().find("b.fi.txt"), std::string::npos);
  fs::remove_all(tmp);
}

// An output folder inside the input folder is no input: its files are not listed as skipped (nor
// would a .txt there be read), so a second run finds nothing changed.
TEST(Batch, AnOutputFolderInsideTheInputIsNoInput) {
  const fs::path tmp =
      fs::temp_directory_path() / ("tolk-batch-inside-" + std::to_string(::getpid()));
  fs::remove_all(tmp);
  fs::copy(test::source_dir() / "corpus", tmp, fs::copy_options::recursive);
  BatchOptions o;
  o.input = tmp;
  o.output = tmp / "decisions" / ".." / "out";  // spelled another way than the iterator's path
  o.jobs = 2;
  const BatchResult first = run_batch(o, test::repo_rules());
  EXPECT_EQ(first.inputs.size(), 5u);
  EXPECT_EQ(first.skipped, std::vector<std::string>{"SOURCES.md (not a .txt text document)"});
  std::ofstream(tmp / "out" / "notes.txt") << "Anteckningar.\n";
  const BatchResult second = run_batch(o, test::repo_rules());
  EXPECT_TRUE(second.unchanged);
  EXPECT_EQ(second.inputs.size(), 5u);
  fs::remove_all(tmp);
}

}  // namespace
}  // namespace tolk
