// Documents to tracker rows: stable ids from the county table, and the whole command on the corpus.
#include "batch/track.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "test_support.h"

namespace tolk {
namespace {

namespace fs = std::filesystem;

TEST(Track, RecommendationIds) {
  RecommendationList nl;
  nl.issuer = "MIN";
  nl.list = "new";
  EXPECT_EQ(recommendation_id("KYM", 2024, nl, 2), "KYM-2024-MIN-NEW-02");
  RecommendationList im;
  im.issuer = "IM";
  im.list = "earlier";
  im.given_year = 2023;
  EXPECT_EQ(recommendation_id("HEL", 2024, im, 3), "HEL-2024-IM-2023-03");
}

TEST(Track, CountyCodesFromTheTableInBothLanguages) {
  Diagnostics diags;
  CountyCodes c = load_county_codes(test::source_dir() / "rules" / "counties.tsv", diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(county_code(c, "Kymmenedalens välfärdsområde", "f", diags), "KYM");
  EXPECT_EQ(county_code(c, "Kymenlaakson hyvinvointialue", "f", diags), "KYM");
  EXPECT_EQ(county_code(c, "Helsingfors stad", "f", diags), "HEL");
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(county_code(c, "Ålands landskap", "f", diags), "LAN");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].code, "track.county");
}

TEST(Track, CorpusProtocolsGiveStableIdsAndRows) {
  const fs::path corpus = test::source_dir() / "corpus" / "protocols";
  Diagnostics diags;
  std::vector<Document> docs;
  for (const char* f : {"kymmenedalen-2024-11-27.sv.txt", "helsingfors-stad-2024-12-10.sv.txt"})
    docs.push_back(load_document((corpus / f).string(), test::repo_rules()));
  docs.push_back(load_document(
      (test::source_dir() / "tests/fixtures/protocols/neuvottelu-2024.fi.txt").string(),
      test::repo_rules()));
  CountyCodes c = load_county_codes(test::source_dir() / "rules" / "counties.tsv", diags);
  TrackerData d = build_tracker(docs, test::repo_rules(), c, {}, diags);
  for (const auto& x : diags) ADD_FAILURE() << format_diagnostic(x);
  std::set<std::string> ids;
  for (const auto& r : d.recommendations) ids.insert(r.id);
  EXPECT_EQ(ids.size(), d.recommendations.size());
  EXPECT_TRUE(ids.count("KYM-2024-MIN-NEW-02"));
  EXPECT_TRUE(ids.count("HEL-2024-IM-2023-03"));
  EXPECT_TRUE(ids.count("PSA-2024-MIN-NEW-01"));
  EXPECT_EQ(d.sources.rows.size(), 3u);
  EXPECT_FALSE(d.attendees.rows.empty());
  EXPECT_FALSE(d.decisions.rows.empty());
  for (const auto& r : d.recommendations) {
    EXPECT_TRUE(r.meeting_date.has_value()) << r.id;
    EXPECT_FALSE(r.text_sv.empty() && r.text_fi.empty()) << r.id;
  }
}

TEST(Track, RunTrackWritesAndUpdatesTheWorkbook) {
  fs::path dir = fs::temp_directory_path() / ("tolk_track_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string out = (dir / "tracker.xlsx").string();
  std::string in = (test::source_dir() / "tests/fixtures/protocols/neuvottelu-2024.fi.txt").string();
  std::ostringstream err;
  EXPECT_EQ(run_track({in}, out, "", test::repo_rules(), {}, err), 0) << err.str();
  // What a run killed while writing the workbook left (a process that is gone): removed.
  const std::string left = out + ".tmp-" + std::to_string(test::gone_process());
  std::ofstream(left) << "half";
  EXPECT_EQ(run_track({in}, out, "", test::repo_rules(), {}, err), 0) << err.str();
  EXPECT_FALSE(fs::exists(left));
  EXPECT_TRUE(fs::exists(out + ".bak"));
  Diagnostics diags;
  auto prev = read_tracker(out, test::source_dir() / "rules", diags);
  ASSERT_TRUE(prev);
  EXPECT_FALSE(prev->empty());
  // Default language: the first document's (Finnish).
  EXPECT_EQ(prev->front().cells.at("col.in_input").text, "kyllä");
  EXPECT_EQ(run_track({in}, out, "de", test::repo_rules(), {}, err), 2);
  fs::remove_all(dir);
}

// The two versions of one decision share the rows of its objectives; another decision (another
// signing date) has rows of its own. Trimmed documents (what a batch keeps) give the same rows.
TEST(Track, ObjectivesOfDifferentDecisionsAreDifferentRows) {
  const std::string sv = read_file_bytes((test::source_dir() / "corpus/decisions/vnp-272-2025.sv.txt").string());
  std::string other = sv;
  const std::string date = "Helsingfors den 28 maj 2025";
  ASSERT_NE(other.find(date), std::string::npos);
  other.replace(other.find(date), date.size(), "Helsingfors den 29 maj 2025");
  std::vector<Document> docs;
  for (const auto& [name, bytes] : std::vector<std::pair<std::string, std::string>>{
           {"a.sv.txt", sv},
           {"a.fi.txt", read_file_bytes((test::source_dir() / "corpus/decisions/vnp-272-2025.fi.txt").string())},
           {"b.sv.txt", other}}) {
    Document d;
    d.path = d.display = name;
    docs.push_back(load_document_bytes(bytes, std::move(d), test::repo_rules()));
  }
  Diagnostics diags;
  const CountyCodes c = load_county_codes(test::source_dir() / "rules" / "counties.tsv", diags);
  const TrackerData whole = build_tracker(docs, test::repo_rules(), c, {}, diags);
  ASSERT_EQ(whole.objectives.rows.size(), 24u);  // 12 of the pair, 12 of the other decision
  std::size_t both = 0;
  for (const auto& row : whole.objectives.rows) both += !row[1].text.empty() && !row[2].text.empty();
  EXPECT_EQ(both, 12u);  // Swedish and Finnish side by side
  for (Document& d : docs) trim_to_tracker(d);
  const TrackerData trimmed = build_tracker(docs, test::repo_rules(), c, {}, diags);
  ASSERT_EQ(trimmed.objectives.rows.size(), whole.objectives.rows.size());
  for (std::size_t i = 0; i < whole.objectives.rows.size(); ++i)
    for (std::size_t k = 0; k < whole.objectives.rows[i].size(); ++k)
      EXPECT_EQ(trimmed.objectives.rows[i][k].text, whole.objectives.rows[i][k].text);
  EXPECT_EQ(trimmed.sources.rows.size(), whole.sources.rows.size());
  EXPECT_EQ(trimmed.sources.rows[1][3].text, whole.sources.rows[1][3].text);  // the encoding
}

}  // namespace
}  // namespace tolk
