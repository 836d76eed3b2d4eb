// Loader tests: every file in rules/ loads cleanly, says what its documentation says, and a
// malformed line is reported with its file and line.
#include "core/rules.h"

#include <gtest/gtest.h>

#include <re2/re2.h>

#include <fstream>

#include "test_support.h"

namespace tolk {
namespace {

namespace fs = std::filesystem;

class TempRules : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("tolk-rules-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "layout");
    fs::create_directories(dir_ / "sv");
    write("layout/params.tsv", "full-line.ratio\t0.9\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& rel, const std::string& content) {
    std::ofstream(dir_ / rel, std::ios::binary) << content;
  }
  fs::path dir_;
};

TEST(RepoRules, LoadWithoutDiagnostics) {
  Diagnostics diags;
  Rules r = load_rules(test::source_dir() / "rules", diags);
  for (const auto& d : diags) ADD_FAILURE() << format_diagnostic(d);
  EXPECT_EQ(r.languages.size(), 3u);
  EXPECT_TRUE(r.languages.count("sv"));
  EXPECT_TRUE(r.languages.count("fi"));
  EXPECT_TRUE(r.languages.count("en"));
}

TEST(RepoRules, SuspensionWords) {
  const Rules& r = test::repo_rules();
  EXPECT_TRUE(r.languages.at("sv").suspension_words.count("och"));
  EXPECT_TRUE(r.languages.at("fi").suspension_words.count("ja"));
  EXPECT_TRUE(r.languages.at("fi").suspension_words.count("tai"));
  EXPECT_TRUE(r.all.suspension_words.count("eller"));
  // "men" (but) follows a broken word too often ("informationssyste-" + "men") to be listed.
  EXPECT_FALSE(r.all.suspension_words.count("men"));
}

TEST(RepoRules, HyphenatedWordsAndSameVowelRule) {
  const Rules& r = test::repo_rules();
  EXPECT_TRUE(starts_with_any("tasa-arvon", r.languages.at("fi").hyphenated_prefixes));
  EXPECT_TRUE(starts_with_any("e-posten", r.languages.at("sv").hyphenated_prefixes));
  EXPECT_FALSE(starts_with_any("välfärds-områdenas", r.all.hyphenated_prefixes));
  const auto& v = r.languages.at("fi").same_vowel_hyphen;
  EXPECT_NE(std::find(v.begin(), v.end(), "ä"), v.end());
  EXPECT_TRUE(r.languages.at("sv").same_vowel_hyphen.empty());
}

TEST(RepoRules, Abbreviations) {
  const Rules& r = test::repo_rules();
  EXPECT_TRUE(r.languages.at("sv").abbreviations.count("t.ex."));
  EXPECT_TRUE(r.languages.at("sv").abbreviations.count("bl.a."));
  EXPECT_TRUE(r.languages.at("fi").abbreviations.count("esim."));
  EXPECT_TRUE(r.languages.at("en").abbreviations.count("e.g."));
}

TEST(RepoRules, PageHeaderPatternsCaptureTheirValues) {
  const Rules& r = test::repo_rules();
  bool sv_case = false, fi_date = false;
  for (const auto& h : r.all.page_header) {
    if (h.lang == "sv" && h.field == "case_number") sv_case = true;
    if (h.lang == "fi" && h.field == "date") fi_date = true;
    EXPECT_FALSE(h.source.empty());
  }
  EXPECT_TRUE(sv_case);
  EXPECT_TRUE(fi_date);
}

TEST(RepoRules, LayoutParams) {
  const Rules& r = test::repo_rules();
  EXPECT_DOUBLE_EQ(r.layout.double_spaced_min_ratio, 0.6);
  EXPECT_EQ(r.layout.heading_max_words, 12u);
  EXPECT_EQ(r.layout.page_header_max_lines, 4u);
}

TEST(RepoRules, DecisionPatterns) {
  const Rules& r = test::repo_rules();
  for (const char* lang : {"sv", "fi"}) {
    const auto& d = r.languages.at(lang).decision;
    for (const char* field :
         {"masthead", "doc-type", "legal-basis", "entry-into-force", "place-date", "signatory"})
      EXPECT_EQ(patterns_for(d, field).size(), 1u) << lang << " " << field;
  }
  std::string type, title;
  ASSERT_EQ(patterns_for(r.languages.at("sv").decision, "doc-type").size(), 1u);
  EXPECT_TRUE(RE2::PartialMatch("Statsrådets beslut om riksomfattande mål",
                                *patterns_for(r.languages.at("sv").decision, "doc-type")[0]->re,
                                &type, &title));
  EXPECT_EQ(title, "om riksomfattande mål");
  std::string role, name;
  EXPECT_TRUE(RE2::PartialMatch("Kunta- ja alueministeri Anna Kaisa Ikonen",
                                *patterns_for(r.languages.at("fi").decision, "signatory")[0]->re,
                                &role, &name));
  EXPECT_EQ(role, "Kunta- ja alueministeri");
  EXPECT_EQ(name, "Anna Kaisa Ikonen");
}

TEST(RepoRules, MonthNames) {
  const Rules& r = test::repo_rules();
  EXPECT_EQ(r.languages.at("sv").months.at("maj"), 5);
  EXPECT_EQ(r.languages.at("fi").months.at("toukokuuta"), 5);
  EXPECT_EQ(r.languages.at("fi").months.at("joulukuu"), 12);
  EXPECT_EQ(r.languages.at("en").months.at("february"), 2);
  // April, September, November and December are spelt alike in Swedish and English.
  EXPECT_EQ(r.all.months.size(), 12u + 24u + 12u - 4u);
}

TEST(RepoRules, AlignmentParametersAndLexicon) {
  const Rules& r = test::repo_rules();
  EXPECT_DOUBLE_EQ(r.align.length_ratio, 0.97);
  EXPECT_DOUBLE_EQ(r.align.prior_1_1, 0.89);
  EXPECT_EQ(r.align.band, 30u);
  bool shm = false, lex = false;
  for (const auto& e : r.lexicon) {
    shm = shm || (e.acronym && e.sv == "SHM" && e.fi == "STM");
    lex = lex || (!e.acronym && e.sv == "välfärdsområde" && e.fi == "hyvinvointialue");
  }
  EXPECT_TRUE(shm);
  EXPECT_TRUE(lex);
}

TEST_F(TempRules, BadMonthAndAlignLinesAreReported) {
  write("sv/months.tsv", "13\tsmarch\n5\tmaj\n");
  fs::create_directories(dir_ / "align");
  write("align/params.tsv", "band\twide\n");
  // A term may not be empty: it would be found at every word.
  write("align/lexicon.tsv", "bara ett ord\nvälfärd\t\n\talue\nområde\talue\n");
  Diagnostics diags;
  Rules r = load_rules(dir_, diags);
  ASSERT_EQ(diags.size(), 5u);
  for (const auto& d : diags) EXPECT_EQ(d.code, "rules.bad-line") << format_diagnostic(d);
  EXPECT_EQ(r.languages.at("sv").months.size(), 1u);
  ASSERT_EQ(r.lexicon.size(), 1u);
  EXPECT_EQ(r.lexicon[0].sv, "område");
}

TEST_F(TempRules, CommentsBlankLinesAndCaseAreHandled) {
  write("sv/suspension-words.txt", "# comment\n\n  OCH  \r\neller\n");
  Diagnostics diags;
  Rules r = load_rules(dir_, diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(r.languages.at("sv").suspension_words, (WordSet{"och", "eller"}));
  EXPECT_DOUBLE_EQ(r.layout.full_line_ratio, 0.9);
}

TEST_F(TempRules, EntriesAreNormalisedToNfc) {
  write("sv/abbreviations.txt", "fo\xCC\x88rf.\n");  // o + combining diaeresis
  Diagnostics diags;
  Rules r = load_rules(dir_, diags);
  EXPECT_TRUE(r.languages.at("sv").abbreviations.count("förf."));
}

TEST_F(TempRules, BadPatternIsReportedWithFileAndLine) {
  write("sv/page-header.tsv", "# header\ntitle\tProtokoll\ndate\tDatum:(\n");
  Diagnostics diags;
  load_rules(dir_, diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].code, "rules.bad-pattern");
  EXPECT_EQ(diags[0].line, 3u);
  EXPECT_NE(diags[0].file.find("page-header.tsv"), std::string::npos);
}

TEST_F(TempRules, BadKindMarkerIsReportedAndGoodOnesRunWhenAsked) {
  write("sv/kind-markers.tsv", "protocol\t2\t(?i)mötet (öppnas\ndecision\t1\t^Beslut(?:\\PL|$)\n");
  Diagnostics diags;
  const Rules r = load_rules(dir_, diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].code, "rules.bad-pattern");
  EXPECT_EQ(diags[0].line, 1u);
  EXPECT_EQ(diags[0].message, "pattern does not compile: missing ): (?i)mötet (öppnas");
  ASSERT_EQ(r.all.kind_markers.size(), 1u);
  const LazyRegex& re = *r.all.kind_markers[0].re;
  EXPECT_EQ(re.pattern(), "^Beslut(?:\\PL|$)");
  EXPECT_TRUE(re.get().ok());
  EXPECT_EQ(&re.get(), &re.get());  // compiled once
  EXPECT_TRUE(RE2::PartialMatch("Beslut: ja", re.get()));
  EXPECT_FALSE(RE2::PartialMatch("Beslutet", re.get()));
}

TEST_F(TempRules, DataFieldWithoutCaptureGroupIsReported) {
  write("sv/page-header.tsv", "date\tDatum: .*\n");
  Diagnostics diags;
  load_rules(dir_, diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].code, "rules.bad-pattern");
}

TEST_F(TempRules, UnknownOrBadParameterIsReported) {
  write("layout/params.tsv", "full-line.ratio\tlots\nno.such.key\t1\nheading.max-words\n");
  Diagnostics diags;
  load_rules(dir_, diags);
  ASSERT_EQ(diags.size(), 3u);
  EXPECT_EQ(diags[0].code, "rules.bad-value");
  EXPECT_EQ(diags[0].line, 1u);
  EXPECT_EQ(diags[1].code, "rules.unknown-key");
  EXPECT_EQ(diags[2].code, "rules.bad-line");
}

TEST_F(TempRules, InvalidUtf8LineIsReportedAndSkipped) {
  write("sv/suspension-words.txt", "och\n\xFF\xFEx\neller\n");
  Diagnostics diags;
  Rules r = load_rules(dir_, diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].code, "rules.invalid-utf8");
  EXPECT_EQ(diags[0].line, 2u);
  EXPECT_EQ(r.languages.at("sv").suspension_words.size(), 2u);
}

TEST(Rules, MissingDirectoryIsAnError) {
  Diagnostics diags;
  load_rules("/nonexistent/tolk/rules", diags);
  ASSERT_FALSE(diags.empty());
  EXPECT_EQ(diags[0].code, "rules.missing-dir");
}

}  // namespace
}  // namespace tolk
