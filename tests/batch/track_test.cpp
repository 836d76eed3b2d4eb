// Documents to tracker rows: stable ids from the county table, and the whole command on the corpus.
#include "batch/track.h"

#include <gtest/gtest.h>

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
  EXPECT_EQ(run_track({in}, out, "", test::repo_rules(), {}, err), 0) << err.str();
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

}  // namespace
}  // namespace tolk
