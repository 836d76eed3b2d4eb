// The workbook of a batch, whose documents are trimmed as soon as they are written: the same
// recommendations, with the same Finnish texts, as the workbook of the whole documents, whether
// the batch paired a meeting's two protocols (their texts come from its pair phase) or not (they
// are read again).
#include <gtest/gtest.h>
#include <unistd.h>

#include "batch/batch.h"
#include "batch/track.h"
#include "core/io.h"
#include "corpus_gen.h"
#include "emit/tracker.h"
#include "test_support.h"

namespace tolk {
namespace {

namespace fs = std::filesystem;

// `text` with the end of the meeting's hours on its "Aika:" line moved to 23.59.
std::string other_hours(std::string text) {
  const std::size_t line = text.find("Aika:");
  const std::size_t dash = text.find("\u2013", line);
  const std::size_t eol = text.find('\n', dash);
  if (line == std::string::npos || dash == std::string::npos || eol == std::string::npos) return "";
  return text.replace(dash + 3, eol - dash - 3, "23.59");
}

TEST(BatchTracker, TrimmedProtocolsGiveTheWholeDocumentsWorkbook) {
  const fs::path dir =
      fs::temp_directory_path() / ("tolk-batch-tracker-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "in");
  const std::string b_fi = other_hours(bench::generate_protocol(12, "fi"));
  ASSERT_FALSE(b_fi.empty());
  const std::vector<std::pair<std::string, std::string>> files = {
      {"a.sv.txt", bench::generate_protocol(11, "sv")},
      {"a.fi.txt", bench::generate_protocol(11, "fi")},
      {"b.sv.txt", bench::generate_protocol(12, "sv")},
      {"b.fi.txt", b_fi}};
  std::vector<Document> whole;
  for (const auto& [name, text] : files) {
    write_file_atomic((dir / "in" / name).string(), text);
    whole.push_back(load_document((dir / "in" / name).string(), test::repo_rules()));
  }

  BatchOptions o;
  o.input = dir / "in";
  o.output = dir / "out";
  o.jobs = 2;
  const BatchResult r = run_batch(o, test::repo_rules());
  ASSERT_EQ(r.pairs.size(), 1u);  // b's two versions differ in their hours: no pair here
  EXPECT_EQ(r.pairs[0].sv, "a.sv.txt");

  Diagnostics diags;
  const CountyCodes c = load_county_codes(test::repo_rules().dir / "counties.tsv", diags);
  const TrackerData expected = build_tracker(whole, test::repo_rules(), c, {}, diags);
  const auto got =
      read_tracker((dir / "out" / "tracker.xlsx").string(), test::repo_rules().dir, diags);
  ASSERT_TRUE(got) << (diags.empty() ? "" : format_diagnostic(diags.back()));
  ASSERT_EQ(got->size(), expected.recommendations.size());
  std::size_t finnish = 0;
  for (const TrackerRecommendation& e : expected.recommendations) {
    auto g = std::find_if(got->begin(), got->end(), [&](const auto& p) { return p.id == e.id; });
    ASSERT_NE(g, got->end()) << e.id;
    EXPECT_EQ(g->cells.at("col.text_sv").text, e.text_sv) << e.id;
    EXPECT_EQ(g->cells.at("col.text_fi").text, e.text_fi) << e.id;
    finnish += !e.text_fi.empty() && !e.text_sv.empty();
  }
  // Both meetings' Swedish recommendations have their Finnish text.
  EXPECT_EQ(finnish, expected.recommendations.size());
  fs::remove_all(dir);
}

// Two protocols of one county, date and beginning that the alignment finds to be no versions of
// each other: a warning, no Finnish texts, and the workbook is still made.
TEST(BatchTracker, AMeetingWhoseVersionsDisagreeIsAWarning) {
  std::vector<Document> docs;
  for (const char* lang : {"sv", "fi"}) {
    Document d;
    d.path = d.display = std::string("m.") + lang + ".txt";
    docs.push_back(
        load_document_bytes(bench::generate_protocol(11, lang), std::move(d), test::repo_rules()));
  }
  const MeetingTexts unrelated = [](const Document& sv, const Document&, Diagnostics& d) {
    d.push_back({sv.display, 0, 0, std::nullopt, Severity::error, "align.unrelated", "not one"});
    return std::map<std::string, std::string>{{"recommendations_new_MIN_1", "ei"}};
  };
  Diagnostics diags;
  const CountyCodes c = load_county_codes(test::repo_rules().dir / "counties.tsv", diags);
  const TrackerData t = build_tracker(docs, test::repo_rules(), c, {}, diags, 1, unrelated);
  EXPECT_FALSE(has_errors(diags));
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].code, "align.unrelated");
  EXPECT_EQ(diags[0].severity, Severity::warning);
  ASSERT_FALSE(t.recommendations.empty());
  for (const TrackerRecommendation& r : t.recommendations) EXPECT_EQ(r.text_fi, "") << r.id;
}

}  // namespace
}  // namespace tolk
